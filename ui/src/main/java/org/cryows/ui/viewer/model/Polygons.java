package org.cryows.ui.viewer.model;

import java.util.List;
import org.cryows.imaging.ultrasound.PixelPoint;

/** Plane polygon arithmetic in pixel units. */
final class Polygons {
  private Polygons() {}

  /**
   * The shoelace area of a closed outline in px² (net area of the loops when it crosses itself).
   */
  static double area(List<PixelPoint> polygon) {
    if (polygon.size() < 3) {
      throw new IllegalArgumentException(
          "a polygon needs at least 3 vertices, not " + polygon.size());
    }
    double twice = 0;
    for (int i = 0; i < polygon.size(); i++) {
      PixelPoint p = polygon.get(i);
      PixelPoint q = polygon.get((i + 1) % polygon.size());
      twice += p.x() * q.y() - q.x() * p.y();
    }
    return Math.abs(twice) / 2;
  }
}
