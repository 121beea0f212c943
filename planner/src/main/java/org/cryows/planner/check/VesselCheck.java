package org.cryows.planner.check;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.planner.plan.Target;
import org.cryows.planner.prediction.PointExposure;

/**
 * {@code vessel}: the lowest temperature at the walls of the marked vessels over the protocol (the
 * tissue {@link PlanPredictions#VESSEL_WALL_OFFSET_MM} mm outside the wall, a little colder than
 * the wall itself); warn when a vessel lies inside the -20 C isotherm. With no vessel marked: warn
 * when the nerve's catalog entry names a companion vessel (it runs beside the nerve and was not
 * checked), pass otherwise.
 */
final class VesselCheck {

  static final String NAME = "vessel";
  static final double WARN_C = -20;

  private VesselCheck() {}

  static CheckResult evaluate(Target target, TargetPrediction predicted) {
    Optional<String> nerve = Optional.of(target.nerve());
    var vessels = predicted.sampling().vessels();
    if (vessels.isEmpty()) {
      var companion = target.nerveEntry().companionVessel();
      return companion
          .map(
              v ->
                  result(
                      nerve,
                      CheckStatus.WARN,
                      OptionalDouble.empty(),
                      "no vessel marked: "
                          + target.nerve()
                          + " runs with the "
                          + v
                          + ", which was not checked"))
          .orElseGet(
              () -> result(nerve, CheckStatus.PASS, OptionalDouble.empty(), "no vessel marked"));
    }
    if (predicted.prediction().isEmpty()) {
      return result(
          nerve, CheckStatus.FAIL, OptionalDouble.empty(), "no prediction: " + predicted.failure());
    }
    double lowest = Double.POSITIVE_INFINITY;
    String coldestVessel = "";
    for (TargetSampling.VesselRings rings : vessels) {
      for (int k = 0; k < rings.count(); k++) {
        PointExposure e = predicted.exposure(rings.first() + k);
        if (e.where() == PointExposure.Where.IN_PROBE) {
          continue;
        }
        if (e.minimumTemperatureC() < lowest) {
          lowest = e.minimumTemperatureC();
          coldestVessel = rings.name();
        }
      }
    }
    if (lowest == Double.POSITIVE_INFINITY) {
      return result(
          nerve,
          CheckStatus.PASS,
          OptionalDouble.empty(),
          "every marked vessel lies more than "
              + CheckResult.text(PlanPredictions.VESSEL_REACH_MM)
              + " mm from the active segments");
    }
    double shown = CheckResult.oneDecimal(lowest);
    CheckStatus status = shown <= WARN_C ? CheckStatus.WARN : CheckStatus.PASS;
    String message =
        "lowest vessel wall temperature "
            + CheckResult.text(shown)
            + " C ("
            + coldestVessel
            + ")"
            + (status == CheckStatus.WARN
                ? ": the vessel lies inside the -20 C isotherm"
                : "; warn at -20 C");
    return result(nerve, status, OptionalDouble.of(shown), message);
  }

  private static CheckResult result(
      Optional<String> nerve, CheckStatus status, OptionalDouble value, String message) {
    return new CheckResult(
        NAME, nerve, status, value, "C", OptionalDouble.of(WARN_C), message, Map.of());
  }
}
