package org.cryows.ui.plan.model;

import org.cryows.imaging.ultrasound.UltrasoundRegion;
import org.cryows.imaging.volume.Vector3;
import org.cryows.ui.viewer.model.ImageToViewport;

/**
 * An ultrasound plan's image frame to the 2-D viewer's viewport. The image frame (planner
 * docs/plan.md, Frames): x lateral and y depth in mm, the origin at the centre of the region's
 * top-left pixel (Region Location Min X0, Y0), z out of the image. A pixel at column c, row r lies
 * at x = (c - x0) * mmPerColumn, y = (r - y0) * mmPerRow, as samples' truth.json says too; the
 * viewer's {@link ImageToViewport} takes the pixel to the screen.
 *
 * @param imageToViewport the viewer's transform of the frame shown
 * @param regionX0 Region Location Min X0, pixels
 * @param regionY0 Region Location Min Y0, pixels
 * @param mmPerColumn the region's Physical Delta X in mm
 * @param mmPerRow the region's Physical Delta Y in mm
 */
public record ImageFrameToViewport(
    ImageToViewport imageToViewport,
    double regionX0,
    double regionY0,
    double mmPerColumn,
    double mmPerRow)
    implements PlanToViewport {

  public ImageFrameToViewport {
    if (!(mmPerColumn > 0) || !(mmPerRow > 0)) {
      throw new IllegalArgumentException(
          "a calibrated region has positive pixel sizes, was " + mmPerColumn + " x " + mmPerRow);
    }
  }

  /** Through a region calibrated in mm (deltas in cm in the file, taken as their size). */
  public static ImageFrameToViewport of(ImageToViewport imageToViewport, UltrasoundRegion region) {
    return new ImageFrameToViewport(
        imageToViewport,
        region.x0(),
        region.y0(),
        Math.abs(region.deltaXmm().orElseThrow()),
        Math.abs(region.deltaYmm().orElseThrow()));
  }

  @Override
  public ViewportPoint apply(Vector3 point_Plan) {
    double column = regionX0 + point_Plan.x() / mmPerColumn;
    double row = regionY0 + point_Plan.y() / mmPerRow;
    return new ViewportPoint(imageToViewport.viewportX(column), imageToViewport.viewportY(row));
  }

  @Override
  public Vector3 inverse(ViewportPoint point_Viewport) {
    var pixel = imageToViewport.toImage(point_Viewport.x(), point_Viewport.y());
    return new Vector3((pixel.x() - regionX0) * mmPerColumn, (pixel.y() - regionY0) * mmPerRow, 0);
  }

  @Override
  public double pixelsPerMm() {
    return imageToViewport.scaleX() / mmPerColumn;
  }

  @Override
  public double distanceOffPlaneMm(Vector3 point_Plan) {
    return Math.abs(point_Plan.z());
  }

  @Override
  public Vector3 normal_Plan() {
    return new Vector3(0, 0, 1);
  }

  @Override
  public Vector3 up_Plan() {
    return new Vector3(0, -1, 0);
  }
}
