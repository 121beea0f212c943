package org.cryows.planner.validation;

import java.util.List;

/**
 * Littrup PJ, Jallad B, Vorugu V, et al. Lethal isotherms of cryoablation in a phantom study:
 * effects of heat load, probe size, and number. J Vasc Interv Radiol 2009;20(10):1343-1351,
 * doi:10.1016/j.jvir.2009.05.038 (abstract, PMC2762356). Agar phantoms at about 6, 24 and 39 C;
 * argon cryoprobes of 1.7 and 2.4 mm; thermocouples 0.5, 1.0 and 1.5 cm from the probe; 15-minute
 * freezes; lethal ice is below -30 C.
 *
 * <p>The figures are split in two: the one the argon probe's cooling law is fitted to, and the ones
 * it is validated against, which the fit never sees.
 */
public final class LittrupPhantom2009 {

  public static final String SOURCE =
      "Littrup et al., J Vasc Interv Radiol 2009;20:1343-1351, abstract (PMC2762356)";

  /** The lethal isotherm of the study. */
  public static final double LETHAL_ISOTHERM_C = -30;

  public static final double FREEZE_SEC = 15 * 60;

  /**
   * Phantom baseline for the figures: the abstract reports the single-probe figure next to the 39 C
   * (high heat load) results; whether it is that phantom's or the average over all three is [check]
   * against the full text.
   */
  public static final double PHANTOM_BASELINE_C = 39;

  /** Half the 5 mm thermocouple spacing: the diameters are interpolated between thermocouples. */
  public static final double THERMOCOUPLE_RESOLUTION_MM = 2.5;

  /** Fitted: average lethal-ice diameter of one 2.4 mm probe at 15 minutes, 1.2 cm. */
  public static final PublishedMeasurement LETHAL_DIAMETER_2_4_MM =
      new PublishedMeasurement(
          SOURCE,
          "-30 C diameter, one 2.4 mm argon probe, agar, 15 min",
          12.0,
          THERMOCOUPLE_RESOLUTION_MM,
          false);

  /**
   * Held out: lethal-ice diameters of 1.7 mm probes were 84 % of those of 2.4 mm probes, so 0.84 x
   * 12 mm for one probe (derived from two published figures).
   */
  public static final PublishedMeasurement LETHAL_DIAMETER_1_7_MM =
      new PublishedMeasurement(
          SOURCE,
          "-30 C diameter, one 1.7 mm argon probe, agar, 15 min (84 % of the 2.4 mm probe's)",
          0.84 * 12.0,
          THERMOCOUPLE_RESOLUTION_MM,
          true);

  /**
   * Held out: lethal ice was 13 % of the ice ball's surface area for one 2.4 mm probe; with areas
   * scaling as the square of the diameter the 0 C ice ball is 12 mm / sqrt(0.13) across (derived,
   * and the shape assumption is [check]).
   */
  public static final PublishedMeasurement ICE_BALL_DIAMETER_2_4_MM =
      new PublishedMeasurement(
          SOURCE,
          "0 C diameter, one 2.4 mm argon probe, agar, 15 min (lethal ice 13 % of the area)",
          12.0 / Math.sqrt(0.13),
          THERMOCOUPLE_RESOLUTION_MM,
          true);

  public static List<PublishedMeasurement> heldOut() {
    return List.of(LETHAL_DIAMETER_1_7_MM, ICE_BALL_DIAMETER_2_4_MM);
  }

  private LittrupPhantom2009() {}
}
