package org.cryows.samples.ultrasound;

import java.util.List;
import java.util.Optional;

/**
 * Where the anatomy of one frame is, in the image frame: x across to the right and y down, in mm,
 * (0, 0) at the centre of the region's top-left pixel.
 *
 * @param frame frame number from 1
 * @param timeMs the frame's time from the first frame
 * @param probeOffsetMm how far the probe has moved from where frame 1 was taken (the anatomy moves
 *     the other way on the image)
 * @param nerve the target nerve's cross-section
 * @param vessels each artery's cross-section
 * @param skinLine the skin surface, points every mm across the image
 * @param bones each bone surface facing the probe, points every mm
 * @param pleura the pleural line between the ribs, when the view holds one
 */
public record FrameTruth(
    int frame,
    double timeMs,
    double probeOffsetMm,
    NerveTruth nerve,
    List<VesselTruth> vessels,
    List<double[]> skinLine,
    List<BoneTruth> bones,
    Optional<List<double[]>> pleura) {

  public FrameTruth {
    vessels = List.copyOf(vessels);
    skinLine = skinLine.stream().map(double[]::clone).toList();
    bones = List.copyOf(bones);
    pleura = pleura.map(points -> points.stream().map(double[]::clone).toList());
  }

  /**
   * @param centreMm (x, y)
   * @param widthMm lateral diameter
   * @param heightMm depth diameter
   * @param pathMm the nerve's course through the plane: (x, y, z) with z out of the plane
   */
  public record NerveTruth(
      String id, double[] centreMm, double widthMm, double heightMm, List<double[]> pathMm) {
    public NerveTruth {
      centreMm = centreMm.clone();
      pathMm = pathMm.stream().map(double[]::clone).toList();
    }
  }

  /**
   * @param centreMm (x, y)
   * @param lumenDiameterMm the lumen (blood) at this frame
   * @param outerDiameterMm lumen plus both walls
   */
  public record VesselTruth(
      String name, double[] centreMm, double lumenDiameterMm, double outerDiameterMm) {
    public VesselTruth {
      centreMm = centreMm.clone();
    }
  }

  /** A bone surface: points (x, y). */
  public record BoneTruth(String name, List<double[]> surfaceMm) {
    public BoneTruth {
      surfaceMm = surfaceMm.stream().map(double[]::clone).toList();
    }
  }
}
