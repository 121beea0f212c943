package org.cryows.ui.planes.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cryows.imaging.volume.Vector3;

/**
 * Where the axial, coronal and sagittal views of a volume lie. Each follows one of the volume's own
 * axes (so a view shows whole rows, columns or slices of voxels, and the view nearest the
 * acquisition plane shows the native slices, also for a tilted acquisition), and each keeps the
 * name of the patient plane nearest to it: the axes are matched to axial, coronal and sagittal so
 * that their normals lie as close as possible to the patient's S, P and L axes. On screen they keep
 * the radiological convention as far as the axes allow: axial and coronal with the patient's left
 * to the right, sagittal with posterior to the right, coronal and sagittal with the head up, axial
 * with anterior up.
 */
public final class ViewFrames {

  private static final Vector3 LEFT = new Vector3(1, 0, 0);
  private static final Vector3 POSTERIOR = new Vector3(0, 1, 0);
  private static final Vector3 SUPERIOR = new Vector3(0, 0, 1);

  private static final List<PlaneKind> STANDARD =
      List.of(PlaneKind.AXIAL, PlaneKind.CORONAL, PlaneKind.SAGITTAL);

  private final Map<PlaneKind, PlaneFrame> frames = new EnumMap<>(PlaneKind.class);
  private final Map<PlaneKind, Integer> normalAxes = new EnumMap<>(PlaneKind.class);

  private ViewFrames(VolumeGrid grid) {
    int[] best = bestAssignment(grid);
    for (int n = 0; n < 3; n++) {
      PlaneKind kind = STANDARD.get(n);
      int normalAxis = best[n];
      normalAxes.put(kind, normalAxis);
      frames.put(kind, frameAround(grid, kind, normalAxis));
    }
  }

  public static ViewFrames of(VolumeGrid grid) {
    return new ViewFrames(grid);
  }

  /** The frame of a standard view. */
  public PlaneFrame frame(PlaneKind kind) {
    PlaneFrame frame = frames.get(kind);
    if (frame == null) {
      throw new IllegalArgumentException(kind + " is not a standard view");
    }
    return frame;
  }

  /** The volume index axis (0 i, 1 j, 2 k) along a standard view's normal. */
  public int normalAxis(PlaneKind kind) {
    return normalAxes.get(kind);
  }

  /** The standard view whose normal is the slice axis: it shows the slices as acquired. */
  public PlaneKind nativeView() {
    return normalAxes.entrySet().stream()
        .filter(e -> e.getValue() == 2)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  /**
   * For axial, coronal, sagittal in turn, the volume axis along its normal: the permutation whose
   * axes lie nearest S, P and L (the largest sum of |component|). Ties go to the first permutation
   * found, so the choice is stable.
   */
  private static int[] bestAssignment(VolumeGrid grid) {
    int[][] permutations = {{2, 1, 0}, {2, 0, 1}, {1, 2, 0}, {0, 2, 1}, {1, 0, 2}, {0, 1, 2}};
    Vector3[] patientNormals = {SUPERIOR, POSTERIOR, LEFT};
    int[] best = permutations[0];
    double bestScore = -1;
    for (int[] p : permutations) {
      double score = 0;
      for (int n = 0; n < 3; n++) {
        score += Math.abs(grid.axis(p[n]).dot(patientNormals[n]));
      }
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = p;
      }
    }
    return best;
  }

  private static PlaneFrame frameAround(VolumeGrid grid, PlaneKind kind, int normalAxis) {
    int a = (normalAxis + 1) % 3;
    int b = (normalAxis + 2) % 3;
    Vector3 screenRight = kind == PlaneKind.SAGITTAL ? POSTERIOR : LEFT;
    Vector3 screenDown = kind == PlaneKind.AXIAL ? POSTERIOR : SUPERIOR.times(-1);
    Vector3 axisA = grid.axis(a);
    Vector3 axisB = grid.axis(b);
    // The in-plane axis nearer the screen's right goes right; the other goes down.
    boolean aIsRight = Math.abs(axisA.dot(screenRight)) >= Math.abs(axisB.dot(screenRight));
    Vector3 right = aIsRight ? axisA : axisB;
    Vector3 down = aIsRight ? axisB : axisA;
    if (right.dot(screenRight) < 0) {
      right = right.times(-1);
    }
    if (down.dot(screenDown) < 0) {
      down = down.times(-1);
    }
    // Make down exactly orthogonal to right (a sheared grid is resampled upstream; rounding stays).
    down = down.minus(right.times(down.dot(right))).normalized();
    return new PlaneFrame(right.normalized(), down);
  }
}
