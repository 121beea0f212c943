package org.cryows.planner.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.planner.catalog.KeepClear;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.Target;
import org.cryows.planner.prediction.PointExposure;

/**
 * {@code keepClear}: each structure the nerve's catalog entry says to keep the ice away from (the
 * sympathetic ganglia 40 mm from an intercostal freeze, the vertebral artery near the GON), one
 * line each. A structure the plan marks (by the catalog's name) is measured: the distance from it
 * to the predicted ice (the 0 C isotherm at its largest) along rays towards the nearest active
 * segment, from a vessel's wall; pass at the catalog's distance or more, fail closer. A structure
 * the plan does not mark: warn, not checked.
 *
 * <p>The ray from a point to the nearest active segment meets the ice where the ice, which grows
 * about that segment, is nearest the point; for a far structure (these distances are 10-40 mm) the
 * difference from the true nearest distance is a small fraction of a millimetre.
 */
final class KeepClearCheck {

  static final String NAME = "keepClear";

  private KeepClearCheck() {}

  static List<CheckResult> evaluate(Plan plan, Target target, TargetPrediction predicted) {
    Optional<String> nerve = Optional.of(target.nerve());
    List<KeepClear> entries = target.nerveEntry().keepClear();
    if (entries.isEmpty()) {
      return List.of(
          new CheckResult(
              NAME,
              nerve,
              CheckStatus.PASS,
              OptionalDouble.empty(),
              "mm",
              OptionalDouble.empty(),
              "the catalog names no structure to keep clear of for " + target.nerve(),
              Map.of()));
    }
    List<CheckResult> results = new ArrayList<>();
    for (int k = 0; k < entries.size(); k++) {
      KeepClear entry = entries.get(k);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("structure", entry.structure());
      OptionalDouble limit = OptionalDouble.of(entry.minDistanceMm());
      if (PlanGeometry.marked(plan, entry).isEmpty()) {
        results.add(
            new CheckResult(
                NAME,
                nerve,
                CheckStatus.WARN,
                OptionalDouble.empty(),
                "mm",
                limit,
                entry.structure()
                    + " not marked: its distance from the ice ("
                    + CheckResult.text(entry.minDistanceMm())
                    + " mm at least) was not checked",
                details));
        continue;
      }
      if (predicted.prediction().isEmpty()) {
        results.add(
            new CheckResult(
                NAME,
                nerve,
                CheckStatus.FAIL,
                OptionalDouble.empty(),
                "mm",
                limit,
                "no prediction: " + predicted.failure(),
                details));
        continue;
      }
      double nearest = Double.POSITIVE_INFINITY;
      for (TargetSampling.KeepClearRays rays : predicted.sampling().keepClearRays()) {
        if (rays.keepClearIndex() != k) {
          continue;
        }
        for (TargetSampling.Ray ray : rays.rays()) {
          nearest =
              Math.min(
                  nearest, distanceToIceMm(predicted, ray, rays.stepMm()) - rays.wallOffsetMm());
        }
      }
      nearest = Math.max(0, nearest);
      double shown = CheckResult.oneDecimal(nearest);
      boolean clear = shown >= entry.minDistanceMm();
      results.add(
          new CheckResult(
              NAME,
              nerve,
              clear ? CheckStatus.PASS : CheckStatus.FAIL,
              OptionalDouble.of(shown),
              "mm",
              limit,
              entry.structure()
                  + " lies "
                  + CheckResult.text(shown)
                  + " mm from the predicted ice ("
                  + (clear ? "at least " : "needs ")
                  + CheckResult.text(entry.minDistanceMm())
                  + " mm: "
                  + entry.basis()
                  + ")",
              details));
    }
    return results;
  }

  /** Along a ray from the structure, the distance to the first frozen sample (interpolated). */
  private static double distanceToIceMm(
      TargetPrediction predicted, TargetSampling.Ray ray, double stepMm) {
    for (int j = 0; j < ray.count(); j++) {
      int sample = ray.first() + j;
      if (!predicted.frozen(sample)) {
        continue;
      }
      if (j == 0) {
        return 0;
      }
      PointExposure before = predicted.exposure(sample - 1);
      double at = ray.distanceMm(j, stepMm);
      double previous = ray.distanceMm(j - 1, stepMm);
      if (before.where() == PointExposure.Where.TISSUE && before.minimumTemperatureC() > 0) {
        double warm = before.minimumTemperatureC();
        double cold = predicted.coldestC(sample);
        return previous + (at - previous) * warm / (warm - cold);
      }
      return previous;
    }
    return ray.distanceMm(ray.count() - 1, stepMm);
  }
}
