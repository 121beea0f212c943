package org.cryows.planner.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/**
 * The nerves a plan can target, read from {@code nerves.json} beside this class: the knee's
 * genicular nerves (SMGN, SLGN, IMGN), the infrapatellar branch of the saphenous nerve (IPBSN) and
 * the anterior femoral cutaneous nerve (AFCN), the intercostal nerves T3 to T11 on each side
 * ({@code ICN-T5-L}), and the greater, lesser and third occipital nerves (GON, LON, TON). The
 * sources are in the data, entry by entry; the file is checked field by field when first read.
 */
public final class NerveCatalog {

  static final String RESOURCE = "nerves.json";

  private static final Set<String> ENTRY_FIELDS =
      Set.of(
          "id",
          "idPrefix",
          "levels",
          "sides",
          "name",
          "region",
          "landmarks",
          "ultrasoundAppearance",
          "companionVessel",
          "sensory",
          "fibres",
          "protocol",
          "keepClear",
          "sources");

  private static final Map<String, Nerve> NERVES = load();

  private NerveCatalog() {}

  public static List<Nerve> all() {
    return List.copyOf(NERVES.values());
  }

  public static List<String> ids() {
    return List.copyOf(NERVES.keySet());
  }

  /**
   * The nerve with that id (case-insensitive).
   *
   * @throws InvalidThermalInputException naming the known ids when the id is unknown
   */
  public static Nerve byId(String id) {
    Nerve nerve = id == null ? null : NERVES.get(id.strip().toUpperCase(Locale.ROOT));
    if (nerve == null) {
      throw new InvalidThermalInputException(
          "unknown nerve '" + id + "'; known nerves: " + String.join(", ", ids()));
    }
    return nerve;
  }

  private static Map<String, Nerve> load() {
    try (InputStream in = NerveCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing beside " + NerveCatalog.class);
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads the catalog; a wrong field is an error naming its path. */
  static Map<String, Nerve> parse(JsonNode root) {
    Map<String, String> sources = new LinkedHashMap<>();
    root.required("sources")
        .properties()
        .forEach(e -> sources.put(e.getKey(), e.getValue().asText()));
    Map<String, Nerve> nerves = new LinkedHashMap<>();
    JsonNode entries = root.required("nerves");
    for (int n = 0; n < entries.size(); n++) {
      String path = "nerves[" + n + "]";
      try {
        for (Nerve nerve : entry(entries.get(n), sources, path)) {
          if (nerves.putIfAbsent(nerve.id(), nerve) != null) {
            throw new IllegalArgumentException("id " + nerve.id() + " given twice");
          }
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + ": " + path + ": " + e.getMessage(), e);
      }
    }
    return nerves;
  }

  private static List<Nerve> entry(JsonNode node, Map<String, String> sources, String path) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!ENTRY_FIELDS.contains(field)) {
        throw new IllegalArgumentException("unknown field '" + field + "'");
      }
    }
    List<String> citations = new ArrayList<>();
    for (JsonNode key : node.required("sources")) {
      String citation = sources.get(key.asText());
      if (citation == null) {
        throw new IllegalArgumentException("source '" + key.asText() + "' is not in 'sources'");
      }
      citations.add(key.asText() + ": " + citation);
    }
    JsonNode protocolNode = node.required("protocol");
    FreezeProtocol protocol = protocol(protocolNode);
    List<KeepClear> keepClear = new ArrayList<>();
    for (JsonNode item : node.required("keepClear")) {
      keepClear.add(
          new KeepClear(
              item.required("structure").asText(),
              item.required("minDistanceMm").asDouble(),
              item.required("basis").asText()));
    }
    List<String> landmarks = new ArrayList<>();
    node.required("landmarks").forEach(l -> landmarks.add(l.asText()));
    JsonNode vessel = node.required("companionVessel");
    Optional<String> companion = vessel.isNull() ? Optional.empty() : Optional.of(vessel.asText());
    String name = node.required("name").asText();
    if (node.has("id")) {
      return List.of(
          new Nerve(
              node.get("id").asText(),
              name,
              node.required("region").asText(),
              landmarks,
              node.required("ultrasoundAppearance").asText(),
              companion,
              requireBoolean(node, "sensory"),
              node.required("fibres").asText(),
              protocol,
              protocolNode.required("basis").asText(),
              keepClear,
              citations));
    }
    // One nerve per level and side: ICN-T5-L, "Intercostal nerve T5, left".
    List<Nerve> nerves = new ArrayList<>();
    String prefix = node.required("idPrefix").asText();
    for (JsonNode level : node.required("levels")) {
      for (JsonNode side : node.required("sides")) {
        String sideName = side.asText();
        nerves.add(
            new Nerve(
                prefix + "-" + level.asText() + "-" + sideLetter(sideName),
                name + " " + level.asText() + ", " + sideName,
                node.required("region").asText(),
                landmarks,
                node.required("ultrasoundAppearance").asText(),
                companion,
                requireBoolean(node, "sensory"),
                node.required("fibres").asText(),
                protocol,
                protocolNode.required("basis").asText(),
                keepClear,
                citations));
      }
    }
    return nerves;
  }

  private static FreezeProtocol protocol(JsonNode node) {
    List<FreezeCycle> cycles = new ArrayList<>();
    for (JsonNode cycle : node.required("cycles")) {
      cycles.add(
          new FreezeCycle(
              cycle.required("freezeSec").asDouble(), cycle.required("thawSec").asDouble()));
    }
    return new FreezeProtocol(
        Gas.valueOf(node.required("gas").asText()), node.required("setpointC").asDouble(), cycles);
  }

  private static boolean requireBoolean(JsonNode node, String field) {
    JsonNode value = node.required(field);
    if (!value.isBoolean()) {
      throw new IllegalArgumentException(field + " must be true or false");
    }
    return value.booleanValue();
  }

  private static String sideLetter(String side) {
    return switch (side) {
      case "left" -> "L";
      case "right" -> "R";
      default -> throw new IllegalArgumentException("a side is left or right, not '" + side + "'");
    };
  }
}
