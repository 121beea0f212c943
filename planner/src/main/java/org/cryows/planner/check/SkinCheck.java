package org.cryows.planner.check;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.Target;
import org.cryows.planner.prediction.PointExposure;

/**
 * {@code skin}: the smallest distance from the 0 C isotherm to the skin over the whole protocol
 * (the ice at its largest, every point's coldest temperature), mm; 0 when the ice reaches the skin,
 * negative when the model puts ice beyond it. Fail at 0 or below; warn under {@value #MARGIN_MM}
 * mm.
 *
 * <p>Why {@value #MARGIN_MM} mm: in a series of superficial cryoablations protected by
 * pneumodissection, the shortest ice-ball to skin distance was 4.2 mm (mean 10.5 mm) with no
 * frostbite (Pneumodissection for skin protection in image-guided cryoablation of superficial
 * musculoskeletal tumours, European Radiology 2016, Memorial Sloan Kettering; abstract), so ice
 * kept about 4-5 mm from the skin was tolerated; and the model's ice edge carries about 1 mm of
 * uncertainty on these probes (validity envelope: +/- 20 % of a 10-12 mm diameter is 1.0-1.2 mm on
 * the radius). 5 mm keeps the predicted edge beyond both. The skin's own thickness (1-4 mm) lies
 * inside that distance.
 */
final class SkinCheck {

  static final String NAME = "skin";
  static final double MARGIN_MM = 5.0;

  private SkinCheck() {}

  static CheckResult evaluate(Plan plan, Target target, TargetPrediction predicted) {
    Optional<String> nerve = Optional.of(target.nerve());
    if (plan.skin().isEmpty()) {
      return result(
          nerve,
          CheckStatus.WARN,
          OptionalDouble.empty(),
          "no skin plane marked: the ice's distance to the skin was not checked");
    }
    if (predicted.prediction().isEmpty()) {
      return result(
          nerve, CheckStatus.FAIL, OptionalDouble.empty(), "no prediction: " + predicted.failure());
    }
    double nearest = Double.POSITIVE_INFINITY;
    int nearestProbe = -1;
    for (TargetSampling.SkinGrid grid : predicted.sampling().skinGrids()) {
      for (int c = 0; c < grid.columns(); c++) {
        double depth = iceTopMm(predicted, grid, c);
        if (depth < nearest) {
          nearest = depth;
          nearestProbe = grid.probeIndex();
        }
      }
    }
    if (nearestProbe < 0) {
      return result(
          nerve,
          CheckStatus.PASS,
          OptionalDouble.empty(),
          "no ice in the section through any probe: nothing near the skin");
    }
    double shown = CheckResult.oneDecimal(nearest);
    CheckStatus status;
    String message;
    String where = target.probes().size() > 1 ? " (above probe " + nearestProbe + ")" : "";
    if (shown <= 0) {
      status = CheckStatus.FAIL;
      message =
          "the ice reaches the skin"
              + where
              + (shown < 0 ? " and " + CheckResult.text(-shown) + " mm beyond" : "");
    } else {
      status = shown < MARGIN_MM ? CheckStatus.WARN : CheckStatus.PASS;
      message =
          "the 0 C isotherm comes within "
              + CheckResult.text(shown)
              + " mm of the skin"
              + where
              + (status == CheckStatus.WARN
                  ? ", under the " + CheckResult.text(MARGIN_MM) + " mm margin"
                  : " (margin " + CheckResult.text(MARGIN_MM) + " mm)");
    }
    return result(nerve, status, OptionalDouble.of(shown), message);
  }

  /**
   * Depth below the skin of the ice's top in one column of the grid, mm; infinity when the column
   * holds no ice.
   */
  private static double iceTopMm(
      TargetPrediction predicted, TargetSampling.SkinGrid grid, int column) {
    for (int r = 0; r < grid.rows(); r++) {
      int sample = grid.index(column, r);
      if (!predicted.frozen(sample)) {
        continue;
      }
      if (r == 0) {
        return grid.depthMm(0);
      }
      PointExposure above = predicted.exposure(grid.index(column, r - 1));
      if (above.where() == PointExposure.Where.TISSUE) {
        double warm = above.minimumTemperatureC();
        double cold = predicted.coldestC(sample);
        double share = warm == cold ? 0 : warm / (warm - cold);
        return grid.depthMm(r - 1) + share * grid.rowStepMm();
      }
      // Above lies no modelled tissue (beyond the skin the model ends) or the probe's shaft: the
      // ice reaches up to the row above, and no further than the skin.
      return Math.max(0, grid.depthMm(r - 1));
    }
    return Double.POSITIVE_INFINITY;
  }

  private static CheckResult result(
      Optional<String> nerve, CheckStatus status, OptionalDouble value, String message) {
    return new CheckResult(
        NAME, nerve, status, value, "mm", OptionalDouble.of(MARGIN_MM), message, Map.of());
  }
}
