package org.cryows.planner.thermal.axisym;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Cell sizes that grow with the distance d from the probe surface: h (1 + d / l) up to {@link #CAP}
 * h over the zone where ice can grow, then growing by one h per {@link #FAR_GROWTH_MM} mm out to
 * the far field. Every cell is a fixed multiple of h, so halving h halves every cell (the accuracy
 * rule compares runs that way). Faces are placed by equidistributing the grid coordinate xi(x) =
 * integral dx / size(x) between fixed faces (probe surface, tip, end of the active segment, skin).
 */
final class GradedSpacing {

  /** Distance from the probe surface over which cells double, mm (tuned, see validation.md). */
  static final double GROWTH_LENGTH_MM = 3.0;

  /** Largest cell in the ice zone, in units of the finest spacing. */
  static final double CAP = 4;

  /** Beyond the ice zone cells grow by one finest spacing every this many mm. */
  static final double FAR_GROWTH_MM = 0.5;

  private static final int SAMPLES = 4096;

  private final double finestM;
  private final double iceZoneM;

  GradedSpacing(double finestM, double iceZoneM) {
    this.finestM = finestM;
    this.iceZoneM = iceZoneM;
  }

  /** Cell size at distance {@code distanceM} from the nearest probe surface. */
  double sizeM(double distanceM) {
    double d = Math.max(0, distanceM);
    if (d <= iceZoneM) {
      return finestM * Math.min(1 + d / (GROWTH_LENGTH_MM * 1e-3), CAP);
    }
    double atEdge = Math.min(1 + iceZoneM / (GROWTH_LENGTH_MM * 1e-3), CAP);
    return finestM * (atEdge + (d - iceZoneM) / (FAR_GROWTH_MM * 1e-3));
  }

  /**
   * Faces from {@code from} to {@code to} (both included) with sizes {@code sizeAt(x)}: the number
   * of cells is the grid-coordinate length rounded up, and faces split it evenly.
   */
  static List<Double> faces(double from, double to, DoubleUnaryOperator sizeAt) {
    double length = to - from;
    double[] xi = new double[SAMPLES + 1];
    for (int k = 0; k < SAMPLES; k++) {
      double mid = from + length * (k + 0.5) / SAMPLES;
      xi[k + 1] = xi[k] + length / SAMPLES / sizeAt.applyAsDouble(mid);
    }
    int cells = Math.max(1, (int) Math.ceil(xi[SAMPLES] - 1e-9));
    List<Double> faces = new ArrayList<>(cells + 1);
    faces.add(from);
    int k = 0;
    for (int n = 1; n < cells; n++) {
      double target = xi[SAMPLES] * n / cells;
      while (xi[k + 1] < target) {
        k++;
      }
      double share = (target - xi[k]) / (xi[k + 1] - xi[k]);
      faces.add(from + length * (k + share) / SAMPLES);
    }
    faces.add(to);
    return faces;
  }
}
