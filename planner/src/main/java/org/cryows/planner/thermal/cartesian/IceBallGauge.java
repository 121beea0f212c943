package org.cryows.planner.thermal.cartesian;

import java.util.List;
import java.util.OptionalDouble;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.IsothermLocator;

/**
 * Measures the ice around a probe in a temperature field, sampling the interpolated field every
 * half finest cell and placing each crossing by linear interpolation between samples.
 *
 * <ul>
 *   <li>Length: the extent along the probe axis of the region at or below the isotherm, over lines
 *       parallel to the axis out to twice the probe radius (never beyond half the way to another
 *       probe), one of them just outside the wall, as the axisymmetric solver measures it over its
 *       columns.
 *   <li>Diameter: the largest width across the axis, r(theta) + r(theta + pi) over 8 pairs of
 *       opposite rays, where r is the outermost crossing along a ray, at stations one finest cell
 *       apart over the ice length.
 * </ul>
 *
 * <p>Samples inside a probe (within its radius, from its tip up the shaft) are not tissue and are
 * ignored: a probe with a wall shows its wall's temperature there, a line source's field runs on
 * towards its axis, colder than any tissue gets.
 */
final class IceBallGauge {

  static final int RAY_PAIRS = 8;
  static final int LENGTH_LINE_ANGLES = 8;

  private final TemperatureField field;
  private final List<ProbePlacement> probes;
  private final double stepMm;
  private final Vector3 min;
  private final Vector3 max;

  IceBallGauge(TemperatureField field, List<ProbePlacement> probes) {
    this.field = field;
    this.probes = probes;
    this.stepMm = field.grid().finestSpacingMm() / 2;
    this.min = field.grid().minCornerMm();
    this.max = field.grid().maxCornerMm();
  }

  /** {length, diameter} in mm, or null while no sample near the probe is that cold. */
  double[] measure(int probeIndex, double isothermC) {
    ProbePlacement probe = probes.get(probeIndex);
    Vector3 axis = probe.towardHandle();
    Vector3[] across = perpendiculars(axis);
    double activeMm = probe.probe().activeLengthMm();
    double reachMm = diagonalMm();
    double lineRadiusMm =
        Math.min(2 * probe.probe().radiusMm() + 2 * stepMm, neighbourHalfGapMm(probeIndex));
    double bottom = Double.POSITIVE_INFINITY;
    double top = Double.NEGATIVE_INFINITY;
    for (double r : lineRadiiMm(probe.probe().radiusMm(), lineRadiusMm)) {
      int angles = r == 0 ? 1 : LENGTH_LINE_ANGLES;
      for (int a = 0; a < angles; a++) {
        double theta = 2 * Math.PI * a / angles;
        Vector3 offset =
            across[0].times(r * Math.cos(theta)).plus(across[1].times(r * Math.sin(theta)));
        double[] extent =
            coldExtent(probe.tipMm().plus(offset), axis, -reachMm, activeMm + reachMm, isothermC);
        if (extent != null) {
          bottom = Math.min(bottom, extent[0]);
          top = Math.max(top, extent[1]);
        }
      }
    }
    if (bottom == Double.POSITIVE_INFINITY) {
      return null;
    }
    double widest = 0;
    double wallMm = probe.probe().radiusMm() + WALL_LINE_CELLS * 2 * stepMm;
    double stationStep = 2 * stepMm;
    int stations = Math.max(1, (int) Math.ceil((top - bottom) / stationStep));
    for (int s = 0; s <= stations; s++) {
      Vector3 centre = probe.axisPointMm(bottom + (top - bottom) * s / stations);
      for (int ray = 0; ray < RAY_PAIRS; ray++) {
        double theta = Math.PI * ray / RAY_PAIRS;
        Vector3 direction = across[0].times(Math.cos(theta)).plus(across[1].times(Math.sin(theta)));
        double width =
            outermostColdMm(centre, direction, isothermC, wallMm)
                + outermostColdMm(centre, direction.times(-1), isothermC, wallMm);
        widest = Math.max(widest, width);
      }
    }
    return new double[] {top - bottom, widest};
  }

  /**
   * Radii of the lines the length is measured over: every cell out to the limit, and one just
   * outside the probe's wall, where a cold isotherm hugging the wall lies between the others.
   */
  private double[] lineRadiiMm(double probeRadiusMm, double limitMm) {
    java.util.List<Double> radii = new java.util.ArrayList<>();
    for (double r = 0; r <= limitMm + 1e-9; r += 2 * stepMm) {
      radii.add(r);
    }
    double hugging = probeRadiusMm + WALL_LINE_CELLS * 2 * stepMm;
    if (hugging <= limitMm) {
      radii.add(hugging);
    }
    return radii.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** How far outside the wall the hugging line runs, in finest cells. */
  static final double WALL_LINE_CELLS = 0.05;

  static OptionalDouble[] measureOptional(IceBallGauge gauge, int probeIndex, double isothermC) {
    double[] figures = gauge.measure(probeIndex, isothermC);
    return figures == null
        ? new OptionalDouble[] {OptionalDouble.empty(), OptionalDouble.empty()}
        : new OptionalDouble[] {OptionalDouble.of(figures[0]), OptionalDouble.of(figures[1])};
  }

  /** Lowest and highest crossing along a line, as distances along it, or null when none. */
  private double[] coldExtent(
      Vector3 origin, Vector3 direction, double fromMm, double toMm, double isothermC) {
    int samples = (int) Math.ceil((toMm - fromMm) / stepMm);
    double previousS = Double.NaN;
    double previousT = Double.NaN;
    double bottom = Double.NaN;
    double top = Double.NaN;
    boolean previousCold = false;
    for (int n = 0; n <= samples; n++) {
      double s = fromMm + (toMm - fromMm) * n / samples;
      Vector3 point = origin.plus(direction.times(s));
      if (!isTissue(point)) {
        previousS = Double.NaN;
        previousCold = false;
        continue;
      }
      double t = field.temperatureAtMm(point);
      boolean cold = t <= isothermC;
      if (cold && Double.isNaN(bottom)) {
        bottom =
            Double.isNaN(previousS)
                ? s
                : IsothermLocator.crossing(s, t, previousS, previousT, isothermC);
      }
      if (!cold && previousCold) {
        top = IsothermLocator.crossing(previousS, previousT, s, t, isothermC);
      } else if (cold) {
        top = s;
      }
      previousS = s;
      previousT = t;
      previousCold = cold;
    }
    return Double.isNaN(bottom) ? null : new double[] {bottom, top};
  }

  /**
   * Distance along a ray from the centre to the outermost crossing; 0 when no sample is cold. Past
   * a probe the first sample is taken just outside its wall, where a cold isotherm hugging the wall
   * lies between the regular samples.
   */
  private double outermostColdMm(
      Vector3 centre, Vector3 direction, double isothermC, double wallMm) {
    double outermost = 0;
    double previousR = Double.NaN;
    double previousT = Double.NaN;
    boolean previousCold = false;
    boolean wallSampled = false;
    for (int n = 0; ; ) {
      double regular = n * stepMm;
      boolean atWall = !wallSampled && regular > wallMm;
      double r = atWall ? wallMm : regular;
      wallSampled |= atWall;
      if (!atWall) {
        n++;
      }
      Vector3 point = centre.plus(direction.times(r));
      if (!inside(point)) {
        if (previousCold) {
          outermost = previousR;
        }
        return outermost;
      }
      if (insideProbe(point)) {
        previousCold = false;
        continue;
      }
      double t = field.temperatureAtMm(point);
      boolean cold = t <= isothermC;
      if (!cold && previousCold) {
        outermost = IsothermLocator.crossing(previousR, previousT, r, t, isothermC);
      }
      previousR = r;
      previousT = t;
      previousCold = cold;
    }
  }

  private boolean isTissue(Vector3 p) {
    return inside(p) && !insideProbe(p);
  }

  private boolean insideProbe(Vector3 p) {
    for (ProbePlacement probe : probes) {
      if (probe.containsMm(p)) {
        return true;
      }
    }
    return false;
  }

  private boolean inside(Vector3 p) {
    return p.x() >= min.x()
        && p.y() >= min.y()
        && p.z() >= min.z()
        && p.x() <= max.x()
        && p.y() <= max.y()
        && p.z() <= max.z();
  }

  private double diagonalMm() {
    return max.minus(min).length();
  }

  /** Half the smallest distance from this probe's active middle to another probe's axis. */
  private double neighbourHalfGapMm(int probeIndex) {
    ProbePlacement probe = probes.get(probeIndex);
    Vector3 middle = probe.axisPointMm(probe.probe().activeLengthMm() / 2);
    double gap = Double.POSITIVE_INFINITY;
    for (int other = 0; other < probes.size(); other++) {
      if (other == probeIndex) {
        continue;
      }
      ProbePlacement neighbour = probes.get(other);
      Vector3 offset = middle.minus(neighbour.tipMm());
      Vector3 radial =
          offset.minus(neighbour.towardHandle().times(offset.dot(neighbour.towardHandle())));
      gap = Math.min(gap, radial.length());
    }
    return gap / 2;
  }

  /** Two unit vectors perpendicular to the axis and to each other. */
  static Vector3[] perpendiculars(Vector3 axis) {
    Vector3 helper =
        Math.abs(axis.x()) <= Math.abs(axis.y()) && Math.abs(axis.x()) <= Math.abs(axis.z())
            ? new Vector3(1, 0, 0)
            : Math.abs(axis.y()) <= Math.abs(axis.z())
                ? new Vector3(0, 1, 0)
                : new Vector3(0, 0, 1);
    Vector3 first = helper.minus(axis.times(helper.dot(axis))).normalized();
    return new Vector3[] {first, axis.cross(first).normalized()};
  }
}
