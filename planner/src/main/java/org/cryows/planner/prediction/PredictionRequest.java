package org.cryows.planner.prediction;

import java.util.List;
import java.util.Objects;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.treatment.FreezeProtocol;

/**
 * One question to the thermal model, as the Plan workspace asks it on every drag: the probes where
 * the plan puts them, the tissue, the structures near them and the protocol, and what to report.
 * Everything is in the plan's frame.
 *
 * @param requestId the caller's id, carried by the answer (a newer id replaces an older request)
 */
public record PredictionRequest(
    long requestId,
    List<PlacedProbe> probes,
    TissueMap tissue,
    List<Structure> structures,
    FreezeProtocol protocol,
    Outputs outputs,
    ModelOptions options) {

  public PredictionRequest {
    probes = List.copyOf(probes);
    structures = List.copyOf(structures);
    Objects.requireNonNull(tissue, "tissue");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(outputs, "outputs");
    Objects.requireNonNull(options, "options");
    if (probes.isEmpty()) {
      throw new InvalidThermalInputException("a prediction needs at least one probe");
    }
    for (int p = 0; p < probes.size(); p++) {
      var probe = probes.get(p).probe();
      if (probe.gas() != protocol.gas()) {
        throw new InvalidThermalInputException(
            "probe "
                + p
                + " ("
                + probe.id()
                + ") runs on "
                + probe.gas()
                + " but the protocol on "
                + protocol.gas());
      }
    }
    if (structures.stream().filter(s -> s instanceof Structure.Skin).count() > 1) {
      throw new InvalidThermalInputException("one skin plane at most");
    }
  }

  /** The same request with another id (the answer is the same). */
  public PredictionRequest withId(long newId) {
    return new PredictionRequest(newId, probes, tissue, structures, protocol, outputs, options);
  }

  public PredictionRequest withProbes(List<PlacedProbe> newProbes) {
    return new PredictionRequest(
        requestId, newProbes, tissue, structures, protocol, outputs, options);
  }
}
