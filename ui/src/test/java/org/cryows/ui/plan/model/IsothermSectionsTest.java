package org.cryows.ui.plan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.prediction.ModelOptions;
import org.cryows.planner.prediction.ModelPath;
import org.cryows.planner.prediction.Outputs;
import org.cryows.planner.prediction.PlacedProbe;
import org.cryows.planner.prediction.PlaneContour;
import org.cryows.planner.prediction.PointExposure;
import org.cryows.planner.prediction.Prediction;
import org.cryows.planner.prediction.PredictionRequest;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.planner.prediction.TimedSurface;
import org.cryows.planner.prediction.TissueMap;
import org.cryows.planner.thermal.cartesian.IsothermContour;
import org.cryows.planner.thermal.cartesian.SectionPlane;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

/**
 * A plane view of a volume draws the isotherms by cutting the answer's isotherm surfaces at its
 * plane. Checked against the service's own contours of the same answer on the same plane (the field
 * contoured on the plane) for both models, and the union of overlapping contours against the exact
 * outline of two overlapping circles.
 */
class IsothermSectionsTest {

  /** A 14G CO2 console probe, tip at the origin, pointing down (handle towards +z). */
  private static PredictionRequest oneProbe(ModelPath path, SectionPlane plane) {
    return new PredictionRequest(
        1,
        List.of(
            new PlacedProbe(
                ProbeCatalog.byId("console-14g-co2"), Vector3.ZERO, new Vector3(0, 0, 1))),
        new TissueMap.Homogeneous("muscle"),
        List.of(),
        new FreezeProtocol(Gas.CO2, -70, List.of(new FreezeCycle(90, 0))),
        Outputs.defaults().withContourPlanes(List.of(plane)).withSurfaces(true),
        ModelOptions.defaults().withPath(path));
  }

  /**
   * Every point of the surface's cut lies within {@code toleranceMm} of the service's contour of
   * the same isotherm and time on the same plane, and every point of that contour within it of the
   * cut.
   */
  private static void cutFollowsTheContour(ModelPath path, double toleranceMm) {
    // A plane through the probe's axis, off its centre so that it is not a plane of symmetry of
    // the grid, turned 20 degrees about the axis.
    double a = Math.toRadians(20);
    Vector3 u = new Vector3(Math.cos(a), Math.sin(a), 0);
    Vector3 v = new Vector3(0, 0, 1);
    SectionPlane plane = SectionPlane.centredOn(new Vector3(0.3, -0.1, 2), u, v, 30, 0.25);
    Prediction answer;
    try (var service = new PredictionService()) {
      answer = service.predict(oneProbe(path, plane));
    }
    assertEquals(path, answer.path());
    double end = answer.timesSec().getLast();
    int compared = 0;
    for (double isotherm : IceDisplay.ISOTHERMS_C) {
      List<ContourUnion.Segment> contour = new ArrayList<>();
      for (PlaneContour c : answer.contours()) {
        if (c.timeSec() == end && c.contour().isothermC() == isotherm) {
          Vector3 corner = plane.originMm();
          for (IsothermContour.Segment s : c.contour().segments()) {
            Vector3 p = plane.pointMm(s.u0Mm(), s.v0Mm()).minus(corner);
            Vector3 q = plane.pointMm(s.u1Mm(), s.v1Mm()).minus(corner);
            contour.add(new ContourUnion.Segment(p.dot(u), p.dot(v), q.dot(u), q.dot(v)));
          }
        }
      }
      TimedSurface surface =
          answer.surfaces().stream()
              .filter(s -> s.timeSec() == end && s.surface().isothermC() == isotherm)
              .findFirst()
              .orElseThrow();
      List<ContourUnion.Segment> cut =
          IsothermSections.cut(surface.surface(), plane.originMm(), u, v);
      assertFalse(contour.isEmpty(), path + " " + isotherm + " C contour");
      assertFalse(cut.isEmpty(), path + " " + isotherm + " C cut");
      // Inside the probe the plane's contour crosses the probe (its wall's temperature stands for
      // its inside) where the surface, which bounds the tissue, does not: left out.
      double radius = ProbeCatalog.byId("console-14g-co2").radiusMm();
      java.util.function.Predicate<double[]> inProbe =
          p -> {
            Vector3 at = plane.originMm().plus(u.times(p[0])).plus(v.times(p[1]));
            return Math.hypot(at.x(), at.y()) < radius + 0.1 && at.z() > -0.1;
          };
      double cutOff = farthest(cut, contour, inProbe);
      double contourOff = farthest(contour, cut, inProbe);
      assertTrue(
          cutOff <= toleranceMm, path + " " + isotherm + " C: the cut lies " + cutOff + " mm off");
      assertTrue(
          contourOff <= toleranceMm,
          path + " " + isotherm + " C: the contour lies " + contourOff + " mm off");
      compared++;
    }
    assertEquals(3, compared);
  }

  /**
   * The largest distance from a segment end of {@code from} (but those {@code skip} names) to the
   * segments of {@code to}.
   */
  private static double farthest(
      List<ContourUnion.Segment> from,
      List<ContourUnion.Segment> to,
      java.util.function.Predicate<double[]> skip) {
    double worst = 0;
    for (ContourUnion.Segment s : from) {
      for (double[] p : new double[][] {{s.x0(), s.y0()}, {s.x1(), s.y1()}}) {
        double best = Double.MAX_VALUE;
        for (ContourUnion.Segment t : to) {
          best = Math.min(best, distance(p[0], p[1], t));
        }
        if (!skip.test(p)) {
          worst = Math.max(worst, best);
        }
      }
    }
    return worst;
  }

  private static double distance(double x, double y, ContourUnion.Segment s) {
    double dx = s.x1() - s.x0();
    double dy = s.y1() - s.y0();
    double length2 = dx * dx + dy * dy;
    double f =
        length2 == 0 ? 0 : Math.clamp(((x - s.x0()) * dx + (y - s.y0()) * dy) / length2, 0, 1);
    return Math.hypot(x - s.x0() - f * dx, y - s.y0() - f * dy);
  }

  @Test
  void axisymmetricSurfaceCut_followsTheContourOfTheField() {
    // The surface is the (r, z) contour swept in 7.5 degree steps: its chords lie within
    // r (1 - cos 3.75 deg), 0.02 mm at 10 mm, of the surface of revolution.
    cutFollowsTheContour(ModelPath.AXISYMMETRIC, 0.3);
  }

  @Test
  void threeDimensionalSurfaceCut_followsTheContourOfTheField() {
    // The same 0.5 mm field, contoured once in 3-D and once on the plane at 0.25 mm: within a cell.
    cutFollowsTheContour(ModelPath.THREE_D, 0.5);
  }

  private static List<ContourUnion.Segment> circle(double cx, double cy, double r, int n) {
    List<ContourUnion.Segment> segments = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double a0 = 2 * Math.PI * i / n;
      double a1 = 2 * Math.PI * (i + 1) / n;
      segments.add(
          new ContourUnion.Segment(
              cx + r * Math.cos(a0),
              cy + r * Math.sin(a0),
              cx + r * Math.cos(a1),
              cy + r * Math.sin(a1)));
    }
    return segments;
  }

  @Test
  void overlappingContours_drawTheOutlineOfTheirUnion() {
    // Two circles of radius 5 mm, 6 mm apart: each loses the arc inside the other, 2 acos(0.6).
    var kept = ContourUnion.outline(List.of(circle(0, 0, 5, 3600), circle(6, 0, 5, 3600)));
    double length = 0;
    for (var source : kept) {
      for (var s : source) {
        length += Math.hypot(s.x1() - s.x0(), s.y1() - s.y0());
      }
    }
    double exact = 2 * 5 * (2 * Math.PI - 2 * Math.acos(0.6));
    assertEquals(exact, length, 0.02);
    for (var s : kept.get(0)) {
      assertTrue(Math.hypot((s.x0() + s.x1()) / 2 - 6, (s.y0() + s.y1()) / 2) >= 5 - 1e-3);
    }
    // One source alone, or two apart, are kept whole.
    assertEquals(3600, ContourUnion.outline(List.of(circle(0, 0, 5, 3600))).get(0).size());
    var apart = ContourUnion.outline(List.of(circle(0, 0, 5, 360), circle(20, 0, 5, 360)));
    assertEquals(360, apart.get(0).size());
    assertEquals(360, apart.get(1).size());
  }

  @Test
  void probesAlone_together_eachPointAsColdAsTheColdestProbeMakesIt() {
    var warm =
        new PointExposure(
            Vector3.ZERO, PointExposure.Where.TISSUE, -5, List.of(0.0, 0.0), List.of(10.0, -5.0));
    var cold =
        new PointExposure(
            Vector3.ZERO,
            PointExposure.Where.TISSUE,
            -30,
            List.of(40.0, 0.0),
            List.of(-30.0, -2.0));
    var beyond =
        new PointExposure(
            Vector3.ZERO,
            PointExposure.Where.OUTSIDE_MODEL,
            37,
            List.of(0.0, 0.0),
            List.of(37.0, 37.0));
    var together = EachProbeAlone.coldest(List.of(warm, beyond, cold));
    assertEquals(PointExposure.Where.TISSUE, together.where());
    assertEquals(-30, together.minimumTemperatureC());
    assertEquals(List.of(40.0, 0.0), together.secondsAtOrBelow());
    assertEquals(List.of(-30.0, -5.0), together.temperaturesC());
    var inProbe =
        new PointExposure(
            Vector3.ZERO,
            PointExposure.Where.IN_PROBE,
            Double.NaN,
            List.of(0.0, 0.0),
            List.of(Double.NaN, Double.NaN));
    assertEquals(inProbe, EachProbeAlone.coldest(List.of(cold, inProbe)));
    assertEquals(Optional.of(beyond), Optional.of(EachProbeAlone.coldest(List.of(beyond))));
  }
}
