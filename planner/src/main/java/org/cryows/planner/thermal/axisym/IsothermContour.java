package org.cryows.planner.thermal.axisym;

import java.util.List;

/**
 * One isotherm at one time as lines in the (r, z) half-plane: r from the probe axis, z along it
 * with the tip at 0. Each line is open or closed (first point repeated); lines stop half a cell
 * from the probe, where the grid holds no tissue.
 */
public record IsothermContour(double isothermC, double timeSec, List<List<PointRz>> lines) {

  /** A point in the (r, z) half-plane, mm. */
  public record PointRz(double radiusMm, double axialMm) {}

  public IsothermContour {
    lines = lines.stream().map(List::copyOf).toList();
  }
}
