package org.cryows.planner.thermal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cryows.treatment.Gas;

/**
 * The probes the thermal model knows, by id. None is fitted to a measured ice ball yet: each says
 * so through {@link CoolingProvenance.Estimated}, and its predictions are indicative until it is.
 */
public final class ProbeCatalog {

  /**
   * The supply pressure the handheld tip's placeholder extraction is stated at: 800 psi, the top of
   * the consoles' range (DOMAIN.md, probes and consoles). Predictions run at the console's
   * regulated pressure ({@link org.cryows.treatment.ConsoleCapabilities#STANDARD}), where the
   * placeholder extracts 4480 / 5516 of its 40 W/m.
   */
  static final double HANDHELD_RATED_SUPPLY_KPA = 5516;

  private static final String CONVECTIVE_BASIS =
      "gas at the N2O boiling point (DOMAIN.md); h of the order of flow boiling inside a closed"
          + " tip, not fitted to any measured ice ball";

  private static final Map<String, ProbeModel> PROBES = build();

  private ProbeCatalog() {}

  /**
   * The probe with that id (case-insensitive).
   *
   * @throws InvalidThermalInputException naming the known probes when the id is unknown
   */
  public static ProbeModel byId(String id) {
    ProbeModel probe = id == null ? null : PROBES.get(id.strip().toLowerCase(Locale.ROOT));
    if (probe == null) {
      throw new InvalidThermalInputException(
          "unknown probe '" + id + "'; known probes: " + String.join(", ", ids()));
    }
    return probe;
  }

  public static List<String> ids() {
    return List.copyOf(PROBES.keySet());
  }

  private static Map<String, ProbeModel> build() {
    Map<String, ProbeModel> probes = new LinkedHashMap<>();
    add(
        probes,
        new ProbeModel(
            "console-14g-n2o",
            "14G (2.1 mm) console probe, N2O (DOMAIN.md: consoles drive 14-18G probes)",
            2.1,
            10,
            Gas.N2O,
            new ProbeCooling.ConvectiveCooling(2000, Gas.N2O.coldestTipC()),
            new CoolingProvenance.Estimated(
                CONVECTIVE_BASIS + "; active length 10 mm assumed, not from a data sheet")));
    add(
        probes,
        new ProbeModel(
            "console-18g-n2o",
            "18G (1.2 mm) console probe, N2O (DOMAIN.md: consoles drive 14-18G probes)",
            1.2,
            7,
            Gas.N2O,
            new ProbeCooling.ConvectiveCooling(2000, Gas.N2O.coldestTipC()),
            new CoolingProvenance.Estimated(
                CONVECTIVE_BASIS + "; active length 7 mm assumed, not from a data sheet")));
    add(
        probes,
        new ProbeModel(
            "handheld-27g-8.5",
            "27G (0.41 mm) needle of a handheld N2O device, 8.5 mm long (maker's 2025 release,"
                + " DOMAIN.md)",
            0.41,
            8.5,
            Gas.N2O,
            new ProbeCooling.LineHeatExtraction(40, 5, HANDHELD_RATED_SUPPLY_KPA),
            new CoolingProvenance.Estimated(
                "no ice-ball size is published for this tip (DOMAIN.md): 40 W/m is an"
                    + " order-of-magnitude placeholder, half the 80 W/m of the line-sink"
                    + " verification case; 5 s ramp assumed; whole needle taken as active")));
    return Collections.unmodifiableMap(probes);
  }

  private static void add(Map<String, ProbeModel> probes, ProbeModel probe) {
    probes.put(probe.id(), probe);
  }
}
