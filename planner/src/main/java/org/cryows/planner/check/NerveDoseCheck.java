package org.cryows.planner.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.planner.plan.Target;
import org.cryows.planner.prediction.PointExposure;

/**
 * {@code nerveDose}: the length of the nerve's traced course whose coldest temperature over the
 * protocol is -20 C or colder (a predictable block needs the nerve below -20 C, Evans, Lloyd and
 * Green 1981; at least 4 mm of it, Rizk and Balasubramanian; DOMAIN.md), with the lengths at 0 and
 * -40 C and the seconds the coldest point spends at or below -20 and -40 C. A stretch of nerve
 * inside a probe counts at the probe's wall temperature. Between samples the coldest temperature is
 * taken as linear along the nerve. Pass from {@value #MIN_LENGTH_MM} mm at -20 C, judged on the
 * length as printed (one decimal), fail below.
 */
final class NerveDoseCheck {

  static final String NAME = "nerveDose";
  static final double MIN_LENGTH_MM = 4.0;
  static final double BLOCK_C = -20;
  static final List<Double> REPORTED_C = List.of(0.0, -20.0, -40.0);

  private NerveDoseCheck() {}

  /** The figures of the dose, for the check and the report. */
  record Dose(
      Map<Double, Double> lengthAtOrBelowMm,
      double coldestC,
      Map<Double, Double> coldestSecondsAtOrBelow,
      double tracedLengthMm) {}

  static CheckResult evaluate(Target target, TargetPrediction predicted) {
    Optional<String> nerve = Optional.of(target.nerve());
    if (predicted.prediction().isEmpty()) {
      return new CheckResult(
          NAME,
          nerve,
          CheckStatus.FAIL,
          OptionalDouble.empty(),
          "mm",
          OptionalDouble.of(MIN_LENGTH_MM),
          "no prediction: " + predicted.failure(),
          Map.of());
    }
    Dose dose = dose(predicted);
    double blocked = CheckResult.oneDecimal(dose.lengthAtOrBelowMm().get(BLOCK_C));
    CheckStatus status = blocked >= MIN_LENGTH_MM ? CheckStatus.PASS : CheckStatus.FAIL;
    Map<String, Object> lengths = new LinkedHashMap<>();
    for (double c : REPORTED_C) {
      lengths.put(CheckText.degrees(c), CheckResult.oneDecimal(dose.lengthAtOrBelowMm().get(c)));
    }
    Map<String, Object> seconds = new LinkedHashMap<>();
    dose.coldestSecondsAtOrBelow()
        .forEach((c, s) -> seconds.put(CheckText.degrees(c), CheckResult.oneDecimal(s)));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("lengthAtOrBelowMm", lengths);
    details.put("coldestC", CheckResult.oneDecimal(dose.coldestC()));
    details.put("coldestPointSecAtOrBelow", seconds);
    details.put("tracedLengthMm", CheckResult.oneDecimal(dose.tracedLengthMm()));
    String message =
        CheckResult.text(blocked)
            + " mm of "
            + target.nerve()
            + " reaches -20 C or colder ("
            + (status == CheckStatus.PASS ? "at least " : "needs ")
            + CheckResult.text(MIN_LENGTH_MM)
            + " mm); "
            + CheckResult.text(dose.lengthAtOrBelowMm().get(0.0))
            + " mm at 0 C, "
            + CheckResult.text(dose.lengthAtOrBelowMm().get(-40.0))
            + " mm at -40 C; coldest point "
            + CheckResult.text(dose.coldestC())
            + " C, "
            + CheckResult.text(dose.coldestSecondsAtOrBelow().getOrDefault(BLOCK_C, 0.0))
            + " s at or below -20 C";
    return new CheckResult(
        NAME,
        nerve,
        status,
        OptionalDouble.of(blocked),
        "mm",
        OptionalDouble.of(MIN_LENGTH_MM),
        message,
        details);
  }

  static Dose dose(TargetPrediction predicted) {
    var samples = predicted.sampling().nerve();
    var prediction = predicted.prediction().orElseThrow();
    int n = samples.count();
    double[] arc = new double[n];
    double[] coldest = new double[n];
    int[] source = new int[n];
    for (int i = 0; i < n; i++) {
      arc[i] = samples.arcMm().get(i);
      int index = samples.first() + i;
      PointExposure exposure = predicted.exposure(index);
      if (exposure.where() == PointExposure.Where.IN_PROBE
          && samples.wallSample().get(i).isPresent()) {
        index = samples.wallSample().get(i).getAsInt();
        exposure = predicted.exposure(index);
      }
      source[i] = index;
      double c = exposure.minimumTemperatureC();
      coldest[i] = Double.isNaN(c) ? Double.POSITIVE_INFINITY : c;
    }
    Map<Double, Double> lengths = new LinkedHashMap<>();
    for (double threshold : REPORTED_C) {
      lengths.put(threshold, lengthAtOrBelowMm(arc, coldest, threshold));
    }
    int coldestAt = 0;
    for (int i = 1; i < n; i++) {
      if (coldest[i] < coldest[coldestAt]) {
        coldestAt = i;
      }
    }
    Map<Double, Double> seconds = new LinkedHashMap<>();
    PointExposure coldestPoint = predicted.exposure(source[coldestAt]);
    List<Double> thresholds = prediction.exposureThresholdsC();
    for (int k = 0; k < thresholds.size(); k++) {
      double s = coldestPoint.secondsAtOrBelow().get(k);
      seconds.put(thresholds.get(k), Double.isNaN(s) ? 0 : s);
    }
    return new Dose(lengths, coldest[coldestAt], seconds, arc[n - 1]);
  }

  /**
   * The length of a sampled course at or below a temperature, the temperature linear between
   * samples.
   */
  static double lengthAtOrBelowMm(double[] arcMm, double[] temperaturesC, double thresholdC) {
    double length = 0;
    for (int i = 1; i < arcMm.length; i++) {
      double h = arcMm[i] - arcMm[i - 1];
      double a = temperaturesC[i - 1];
      double b = temperaturesC[i];
      boolean coldA = a <= thresholdC;
      boolean coldB = b <= thresholdC;
      if (coldA && coldB) {
        length += h;
      } else if (coldA || coldB) {
        double warm = coldA ? b : a;
        double cold = coldA ? a : b;
        double share = Double.isInfinite(warm) ? 0 : (thresholdC - cold) / (warm - cold);
        length += h * Math.clamp(share, 0.0, 1.0);
      }
    }
    return length;
  }
}
