package org.cryows.planner.check;

import java.util.List;
import java.util.OptionalInt;
import org.cryows.imaging.volume.Vector3;

/**
 * Where a target's checks sample the prediction: every point in one list (the request's sample
 * points, in order) and, for each check, which of them are its own.
 *
 * @param points every sample point, in the plan's frame
 * @param nerve the nerve's course, finely sampled
 * @param vessels one ring set per marked vessel
 * @param skinGrids one grid per probe, when the plan marks the skin
 * @param keepClearRays per catalog structure to keep clear that the plan marks
 */
public record TargetSampling(
    List<Vector3> points,
    NerveSamples nerve,
    List<VesselRings> vessels,
    List<SkinGrid> skinGrids,
    List<KeepClearRays> keepClearRays) {

  public TargetSampling {
    points = List.copyOf(points);
    vessels = List.copyOf(vessels);
    skinGrids = List.copyOf(skinGrids);
    keepClearRays = List.copyOf(keepClearRays);
  }

  /**
   * The nerve's course sampled at most {@link PlanPredictions#NERVE_STEP_MM} apart.
   *
   * @param first the index of the first sample among the points
   * @param arcMm each sample's distance along the course from its first point
   * @param wallSample per sample, a point on the wall of the probe it may lie in (a nerve inside a
   *     probe counts at the probe's wall temperature), when it lies near a probe's axis
   */
  public record NerveSamples(int first, List<Double> arcMm, List<OptionalInt> wallSample) {
    public NerveSamples {
      arcMm = List.copyOf(arcMm);
      wallSample = List.copyOf(wallSample);
    }

    public int count() {
      return arcMm.size();
    }
  }

  /**
   * Rings of points just outside a vessel's wall.
   *
   * @param structureIndex the vessel's place among the plan's structures
   */
  public record VesselRings(int structureIndex, String name, int first, int count) {}

  /**
   * A grid in the plane through a probe's axis and the skin's normal: columns across, rows from
   * above the skin down to below the probe's active segment. Sample (column, row) is point {@code
   * first + column * rows + row}, at depth {@code firstRowDepthMm + row * rowStepMm} below the skin
   * (negative: above it).
   */
  public record SkinGrid(
      int probeIndex, int first, int columns, int rows, double firstRowDepthMm, double rowStepMm) {

    public int index(int column, int row) {
      return first + column * rows + row;
    }

    public double depthMm(int row) {
      return firstRowDepthMm + row * rowStepMm;
    }
  }

  /**
   * Rays from the points of a marked structure towards the nearest probe's active segment, sampled
   * {@code stepMm} apart starting at the structure's point.
   *
   * @param keepClearIndex the entry of the nerve's catalog keep-clear list
   * @param structureIndex the marked structure among the plan's structures
   * @param wallOffsetMm subtracted from every distance: a vessel's radius (its wall, not its axis)
   * @param rays each ray's first point index and its number of samples
   */
  public record KeepClearRays(
      int keepClearIndex, int structureIndex, double wallOffsetMm, double stepMm, List<Ray> rays) {
    public KeepClearRays {
      rays = List.copyOf(rays);
    }
  }

  /**
   * One ray: its samples are the points {@code first} to {@code first + count - 1}; the first lies
   * on the structure, the others {@code secondAtMm}, {@code secondAtMm + stepMm}, ... along the ray
   * (the part of a long ray far from any probe is not sampled).
   */
  public record Ray(int first, int count, double secondAtMm) {

    /** How far sample {@code j} of the ray lies from the structure, mm. */
    public double distanceMm(int j, double stepMm) {
      return j == 0 ? 0 : secondAtMm + (j - 1) * stepMm;
    }
  }
}
