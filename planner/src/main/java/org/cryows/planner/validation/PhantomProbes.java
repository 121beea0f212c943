package org.cryows.planner.validation;

import java.util.List;
import java.util.OptionalInt;
import org.cryows.planner.thermal.CoolingProvenance;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.treatment.Gas;

/**
 * Argon probes whose cooling law is fitted to a published phantom measurement: convection to gas at
 * the argon boiling point with one heat transfer coefficient, fitted so that a 2.4 mm probe in
 * water at 39 C makes a 12 mm -30 C ice ball in 15 minutes ({@link
 * LittrupPhantom2009#LETHAL_DIAMETER_2_4_MM}; 1-D cylinder, 0.1-0.2 mm spacing; the fit:
 * planner/docs/validation.md). The 1.7 mm probe shares the law: only the held-out data say whether
 * that is right.
 *
 * <p>Holding these probes' surface at a fixed cold temperature instead (-120 to -186 C) predicts a
 * -30 C diameter of 18-28 mm, well above the 12 mm measured: the surface of a real probe is much
 * warmer than its gas, which is why the cooling law is fitted.
 */
public final class PhantomProbes {

  /** Fitted heat transfer coefficient to argon gas at its boiling point, W/(m2 K). */
  public static final double FITTED_HEAT_TRANSFER_W_PER_M2K = 660;

  /** Active length assumed long against the ice (the model is the 1-D cylinder): [check]. */
  static final double ASSUMED_ACTIVE_LENGTH_MM = 40;

  public static final ProbeModel ARGON_2_4_MM = argon("argon-2.4-littrup2009", 2.4);
  public static final ProbeModel ARGON_1_7_MM = argon("argon-1.7-littrup2009", 1.7);

  private PhantomProbes() {}

  public static List<ProbeModel> all() {
    return List.of(ARGON_2_4_MM, ARGON_1_7_MM);
  }

  /** The phantom probe of that id, or an error naming those known. */
  public static ProbeModel byId(String id) {
    return all().stream()
        .filter(probe -> probe.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidThermalInputException(
                    "unknown phantom probe '"
                        + id
                        + "'; known: "
                        + all().stream().map(ProbeModel::id).toList()));
  }

  private static ProbeModel argon(String id, double diameterMm) {
    return new ProbeModel(
        id,
        diameterMm + " mm argon cryoprobe of the Littrup 2009 phantom study",
        OptionalInt.empty(),
        diameterMm,
        ASSUMED_ACTIVE_LENGTH_MM,
        Gas.ARGON,
        new ProbeCooling.ConvectiveCooling(FITTED_HEAT_TRANSFER_W_PER_M2K, Gas.ARGON.coldestTipC()),
        new CoolingProvenance.FittedToMeasurement(
            LittrupPhantom2009.LETHAL_DIAMETER_2_4_MM.what(), LittrupPhantom2009.SOURCE));
  }
}
