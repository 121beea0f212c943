package org.cryows.ui.scene.model;

import java.util.Collection;
import org.cryows.imaging.volume.Vector3;

/** An axis-aligned box in the patient (LPS, mm) around what the scene holds. */
public record SceneBounds(Vector3 min, Vector3 max) {

  public SceneBounds {
    if (min.x() > max.x() || min.y() > max.y() || min.z() > max.z()) {
      throw new IllegalArgumentException("bounds from " + min + " to " + max);
    }
  }

  /** The smallest box around the points; a point alone gives a box of no size. */
  public static SceneBounds around(Collection<Vector3> points) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("no points to bound");
    }
    double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (Vector3 p : points) {
      for (int a = 0; a < 3; a++) {
        lo[a] = Math.min(lo[a], p.coordinate(a));
        hi[a] = Math.max(hi[a], p.coordinate(a));
      }
    }
    return new SceneBounds(new Vector3(lo[0], lo[1], lo[2]), new Vector3(hi[0], hi[1], hi[2]));
  }

  public Vector3 centre() {
    return min.plus(max).times(0.5);
  }

  /** Half the box's diagonal: the radius of a sphere around it. */
  public double radiusMm() {
    return max.minus(min).length() / 2;
  }
}
