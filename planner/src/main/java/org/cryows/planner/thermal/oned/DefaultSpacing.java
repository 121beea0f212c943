package org.cryows.planner.thermal.oned;

/**
 * The finest spacing used when none is asked for, chosen from the verification runs (see the
 * planner README): the 0 C front within 1 % of the exact solution at 60 s and later.
 */
public final class DefaultSpacing {

  /** Planar Neumann problem: 0.2 % error at 60 s with 0.1 mm. */
  static final double WALL_MM = 0.1;

  /** Line sink: 0.3 % error at 60 s with 0.04 mm, where the front is under 1 mm. */
  static final double LINE_SINK_MM = 0.04;

  private DefaultSpacing() {}

  public static double finestSpacingMm(InnerBoundary boundary, double innerRadiusMm) {
    double spacing =
        switch (boundary) {
          case InnerBoundary.WallTemperature _ -> WALL_MM;
          case InnerBoundary.LineSink _ -> LINE_SINK_MM;
          case InnerBoundary.CooledProbe _ -> LINE_SINK_MM;
          case InnerBoundary.HeatInput _, InnerBoundary.Insulated _ -> WALL_MM;
        };
    // A curved wall needs several cells across its radius (Problem1d asks for at least two).
    return innerRadiusMm > 0 ? Math.min(spacing, innerRadiusMm / 4) : spacing;
  }
}
