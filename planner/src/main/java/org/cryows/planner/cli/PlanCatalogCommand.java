package org.cryows.planner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cryows.planner.catalog.KeepClear;
import org.cryows.planner.catalog.Nerve;
import org.cryows.planner.catalog.NerveCatalog;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./cryo plan catalog --nerves|--probes}: the catalogs, one JSON object per entry. */
@Command(
    name = "catalog",
    description = {
      "Print a catalog, one JSON object per line on stdout.",
      "--nerves: {\"id\", \"name\", \"region\", \"sensory\" (false: mixed, motor block possible),"
          + " \"protocol\": {\"gas\", \"setpointC\", \"cycles\": [{\"freezeSec\", \"thawSec\"}],"
          + " \"basis\"}, \"keepClear\": [{\"structure\", \"minDistanceMm\", \"basis\"}],"
          + " \"landmarks\", \"ultrasoundAppearance\", \"companionVessel\", \"fibres\","
          + " \"sources\"}.",
      "--probes: {\"id\", \"gauge\", \"diameterMm\", \"activeLengthMm\","
          + " \"activeSegmentFromTipMm\": [start, end] along the shaft from the tip point,"
          + " \"gases\": [its one gas], \"provenance\": {\"kind\": \"estimated\"|\"fitted\", ...},"
          + " \"description\", \"cooling\"}.",
      "Exit code: 0, or 2 when neither or both of --nerves and --probes are given."
    })
public final class PlanCatalogCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Which which;

  static final class Which {
    @Option(names = "--nerves", required = true, description = "The nerve catalog.")
    boolean nerves;

    @Option(names = "--probes", required = true, description = "The probe catalog.")
    boolean probes;
  }

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  boolean help;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    var mapper = new ObjectMapper();
    try {
      if (which.nerves) {
        for (Nerve nerve : NerveCatalog.all()) {
          out.println(mapper.writeValueAsString(nerveJson(nerve)));
        }
      } else {
        for (ProbeModel probe : ProbeCatalog.all()) {
          out.println(mapper.writeValueAsString(ProbeJson.of(probe)));
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the catalog as JSON", e);
    }
    out.flush();
    return 0;
  }

  static Map<String, Object> nerveJson(Nerve nerve) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", nerve.id());
    json.put("name", nerve.name());
    json.put("region", nerve.region());
    json.put("sensory", nerve.sensory());
    Map<String, Object> protocol = protocolJson(nerve.protocol());
    protocol.put("basis", nerve.protocolBasis());
    json.put("protocol", protocol);
    json.put(
        "keepClear", nerve.keepClear().stream().map(PlanCatalogCommand::keepClearJson).toList());
    json.put("landmarks", nerve.landmarks());
    json.put("ultrasoundAppearance", nerve.ultrasoundAppearance());
    json.put("companionVessel", nerve.companionVessel().orElse(null));
    json.put("fibres", nerve.fibres());
    json.put("sources", nerve.sources());
    return json;
  }

  static Map<String, Object> protocolJson(FreezeProtocol protocol) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("gas", protocol.gas().name());
    json.put("setpointC", protocol.setpointC());
    json.put("cycles", protocol.cycles().stream().map(PlanCatalogCommand::cycleJson).toList());
    return json;
  }

  private static Map<String, Object> cycleJson(FreezeCycle cycle) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("freezeSec", cycle.freezeSec());
    json.put("thawSec", cycle.thawSec());
    return json;
  }

  private static Map<String, Object> keepClearJson(KeepClear keepClear) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("structure", keepClear.structure());
    json.put("minDistanceMm", keepClear.minDistanceMm());
    json.put("basis", keepClear.basis());
    return json;
  }
}
