package org.cryows.planner.thermal.cartesian;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.volume.Vector3;

/**
 * Contours an isotherm on a section plane: samples the interpolated field on the plane's lattice
 * and, in each square of four samples, joins the crossings on its edges. A square with two cold
 * corners facing each other across a diagonal is resolved by the mean of its corners (cold mean:
 * the cold corners connect).
 */
final class MarchingSquares {

  private MarchingSquares() {}

  static IsothermContour contour(TemperatureField field, SectionPlane plane, double isothermC) {
    return contour(field::temperatureAtMm, plane, isothermC);
  }

  static IsothermContour contour(
      java.util.function.ToDoubleFunction<Vector3> field, SectionPlane plane, double isothermC) {
    return contours(field, plane, List.of(isothermC)).getFirst();
  }

  /** Several isotherms from one sampling of the field on the plane's lattice. */
  static List<IsothermContour> contours(
      java.util.function.ToDoubleFunction<Vector3> field,
      SectionPlane plane,
      List<Double> isothermsC) {
    int nu = (int) Math.round(plane.widthMm() / plane.spacingMm());
    int nv = (int) Math.round(plane.heightMm() / plane.spacingMm());
    double du = plane.widthMm() / nu;
    double dv = plane.heightMm() / nv;
    double[][] samples = new double[nu + 1][nv + 1];
    for (int a = 0; a <= nu; a++) {
      for (int b = 0; b <= nv; b++) {
        samples[a][b] = field.applyAsDouble(plane.pointMm(a * du, b * dv));
      }
    }
    List<IsothermContour> contours = new ArrayList<>();
    for (double isothermC : isothermsC) {
      contours.add(contour(samples, nu, nv, du, dv, plane, isothermC));
    }
    return contours;
  }

  private static IsothermContour contour(
      double[][] samples,
      int nu,
      int nv,
      double du,
      double dv,
      SectionPlane plane,
      double isothermC) {
    List<IsothermContour.Segment> segments = new ArrayList<>();
    for (int a = 0; a < nu; a++) {
      for (int b = 0; b < nv; b++) {
        // Corners counter-clockwise: (a, b), (a+1, b), (a+1, b+1), (a, b+1).
        double[] t = {samples[a][b], samples[a + 1][b], samples[a + 1][b + 1], samples[a][b + 1]};
        double[][] uv = {
          {a * du, b * dv},
          {(a + 1) * du, b * dv},
          {(a + 1) * du, (b + 1) * dv},
          {a * du, (b + 1) * dv}
        };
        List<double[]> crossings = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
          double t0 = t[e];
          double t1 = t[(e + 1) % 4];
          if ((t0 <= isothermC) != (t1 <= isothermC)) {
            double share = (isothermC - t0) / (t1 - t0);
            double[] p0 = uv[e];
            double[] p1 = uv[(e + 1) % 4];
            crossings.add(
                new double[] {p0[0] + share * (p1[0] - p0[0]), p0[1] + share * (p1[1] - p0[1])});
          }
        }
        if (crossings.size() == 2) {
          add(segments, crossings.get(0), crossings.get(1));
        } else if (crossings.size() == 4) {
          double mean = (t[0] + t[1] + t[2] + t[3]) / 4;
          boolean firstCornerCold = t[0] <= isothermC;
          // Cold centre joins the cold corners: cut off the warm ones, else the cold ones.
          if ((mean <= isothermC) == firstCornerCold) {
            add(segments, crossings.get(0), crossings.get(1));
            add(segments, crossings.get(2), crossings.get(3));
          } else {
            add(segments, crossings.get(3), crossings.get(0));
            add(segments, crossings.get(1), crossings.get(2));
          }
        }
      }
    }
    return new IsothermContour(isothermC, plane, segments);
  }

  private static void add(List<IsothermContour.Segment> segments, double[] p, double[] q) {
    segments.add(new IsothermContour.Segment(p[0], p[1], q[0], q[1]));
  }
}
