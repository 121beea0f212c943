package org.cryows.planner.thermal.oned;

import java.util.List;
import java.util.stream.DoubleStream;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.planner.thermal.TissueProperties;

/** The set-up of DOMAIN.md's verification cases: generic tissue, pure conduction, sharp front. */
final class VerificationFixtures {

  static final double WALL_C = -88;
  static final double INITIAL_C = 37;
  static final double LINE_SINK_W_PER_M = 80;

  /** Every 15 s from 15 s to 180 s: the error is judged over a whole freeze, not one instant. */
  static final List<Double> FREEZE_TIMES_SEC =
      DoubleStream.iterate(15, t -> t <= 180, t -> t + 15).boxed().toList();

  private VerificationFixtures() {}

  /** The exact solutions know neither perfusion nor metabolism. */
  static TissueProperties conductingTissue() {
    return TissueCatalog.byName("generic").withoutBioheat();
  }

  static Problem1d planar(double spacingMm, List<Double> times, List<Double> isotherms) {
    return new Problem1d(
        Geometry1d.PLANAR,
        conductingTissue(),
        true,
        new InnerBoundary.WallTemperature(WALL_C),
        0,
        INITIAL_C,
        INITIAL_C,
        spacingMm,
        times,
        isotherms,
        Problem1d.DEFAULT_FAR_FIELD_DIFFUSION_LENGTHS);
  }

  static Problem1d lineSink(double spacingMm, List<Double> times, List<Double> isotherms) {
    return new Problem1d(
        Geometry1d.CYLINDRICAL,
        conductingTissue(),
        true,
        new InnerBoundary.LineSink(LINE_SINK_W_PER_M),
        0,
        INITIAL_C,
        INITIAL_C,
        spacingMm,
        times,
        isotherms,
        Problem1d.DEFAULT_FAR_FIELD_DIFFUSION_LENGTHS);
  }

  /** Root mean square of (computed - exact) over the times, mm. */
  static double rmsErrorMm(
      Solution1d solution, double isothermC, java.util.function.DoubleUnaryOperator exactMm) {
    double sum = 0;
    for (double time : solution.timesSec()) {
      double error = solution.frontMm(isothermC, time).orElseThrow() - exactMm.applyAsDouble(time);
      sum += error * error;
    }
    return Math.sqrt(sum / solution.timesSec().size());
  }
}
