package org.cryows.ui.viewer.model;

import org.cryows.imaging.ultrasound.PixelPoint;

/**
 * Image pixel coordinates to viewport coordinates (screen pixels from the viewport's top left).
 * Image coordinates put the centre of pixel (column c, row r) at (c, r), as imaging's {@link
 * PixelPoint} does, so pixel c covers c - 0.5 .. c + 0.5.
 *
 * @param scaleX viewport pixels per image column
 * @param scaleY viewport pixels per image row (differs from scaleX for non-square pixels)
 * @param offsetX viewport x of the image's left edge
 * @param offsetY viewport y of the image's top edge
 */
public record ImageToViewport(double scaleX, double scaleY, double offsetX, double offsetY) {

  public ImageToViewport {
    if (!(scaleX > 0) || !(scaleY > 0) || !Double.isFinite(offsetX) || !Double.isFinite(offsetY)) {
      throw new IllegalArgumentException(
          "a viewport transform has positive scales and finite offsets");
    }
  }

  public double viewportX(double imageX) {
    return offsetX + (imageX + 0.5) * scaleX;
  }

  public double viewportY(double imageY) {
    return offsetY + (imageY + 0.5) * scaleY;
  }

  /** The image point under viewport point (x, y): the inverse transform. */
  public PixelPoint toImage(double viewportX, double viewportY) {
    return new PixelPoint(
        (viewportX - offsetX) / scaleX - 0.5, (viewportY - offsetY) / scaleY - 0.5);
  }
}
