package org.cryows.planner.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.cryows.planner.thermal.CoolingProvenance;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.treatment.Gas;

/**
 * The probes a plan can place, by id, one gas per id: the console's 14G, 16G and 18G probes for CO2
 * and for N2O, and the handheld device's 27G N2O needle. None is fitted to a measured ice ball yet:
 * each says so through {@link CoolingProvenance.Estimated}, and its predictions are indicative
 * until it is (the phantom's fitted argon probes are in {@code validation.PhantomProbes}).
 *
 * <p>Diameters are the ISO 9626 designated metric sizes DOMAIN.md quotes (14G 2.1 mm, 16G 1.6 mm,
 * 18G 1.2 mm); the standard-wall outside diameters are 2.108, 1.651 and 1.270 mm [check], 0.01 to
 * 0.07 mm more, well inside the uncertainty of the estimated cooling laws. 27G: 0.41 mm outside
 * (DOMAIN.md). Active lengths are assumed; no console maker's data sheet was found.
 */
public final class ProbeCatalog {

  /**
   * The supply pressure the handheld tip's placeholder extraction is stated at: 800 psi, the top of
   * the consoles' range (DOMAIN.md, probes and consoles). Predictions run at the console's
   * regulated pressure ({@link org.cryows.treatment.ConsoleCapabilities#STANDARD}), where the
   * placeholder extracts 4480 / 5516 of its 40 W/m.
   */
  static final double HANDHELD_RATED_SUPPLY_KPA = 5516;

  /**
   * Heat transfer from tissue to the regulated tip of a console probe, W/(m2 K): the order of flow
   * boiling inside a closed tip, estimated.
   */
  static final double CONSOLE_TIP_W_PER_M2K = 2000;

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

  public static List<ProbeModel> all() {
    return List.copyOf(PROBES.values());
  }

  private static Map<String, ProbeModel> build() {
    Map<String, ProbeModel> probes = new LinkedHashMap<>();
    for (Gas gas : List.of(Gas.CO2, Gas.N2O)) {
      add(probes, console(gas, 14, 2.1, 10));
      add(probes, console(gas, 16, 1.6, 8.5));
      add(probes, console(gas, 18, 1.2, 7));
    }
    add(
        probes,
        new ProbeModel(
            "handheld-27g-8.5",
            "27G (0.41 mm) needle of a handheld N2O device, 8.5 mm long (maker's 2025 release,"
                + " DOMAIN.md)",
            OptionalInt.of(27),
            0.41,
            8.5,
            Gas.N2O,
            new ProbeCooling.LineHeatExtraction(40, 5, HANDHELD_RATED_SUPPLY_KPA),
            new CoolingProvenance.Estimated(
                "no ice-ball size is published for this tip (DOMAIN.md): 40 W/m at 5516 kPa is an"
                    + " order-of-magnitude placeholder, half the 80 W/m of the line-sink"
                    + " verification case; 5 s ramp assumed; whole needle taken as active")));
    return Collections.unmodifiableMap(probes);
  }

  /** A console probe of one gauge for one gas. */
  private static ProbeModel console(Gas gas, int gauge, double diameterMm, double activeMm) {
    String gasName = gas.name();
    return new ProbeModel(
        "console-" + gauge + "g-" + gasName.toLowerCase(Locale.ROOT),
        gauge
            + "G ("
            + diameterMm
            + " mm) console probe, "
            + gasName
            + " (DOMAIN.md: consoles drive 14-18G probes)",
        OptionalInt.of(gauge),
        diameterMm,
        activeMm,
        gas,
        new ProbeCooling.RegulatedTip(CONSOLE_TIP_W_PER_M2K),
        new CoolingProvenance.Estimated(
            "tip held by the console at the warmer of the setpoint and what "
                + gasName
                + " reaches at the supply pressure (the lumped tip the console simulator"
                + " integrates, treatment module JouleThomsonTip); h of the order of flow boiling"
                + " inside a closed tip, not fitted to any measured ice ball; active length "
                + activeMm
                + " mm assumed, not from a data sheet"));
  }

  private static void add(Map<String, ProbeModel> probes, ProbeModel probe) {
    probes.put(probe.id(), probe);
  }
}
