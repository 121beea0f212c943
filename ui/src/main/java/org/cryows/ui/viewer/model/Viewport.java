package org.cryows.ui.viewer.model;

/**
 * Zoom and pan of one image in a viewport: at zoom 1 the whole image fits, centred; zooming keeps
 * the point under the cursor where it is; panning moves the image by viewport pixels.
 */
final class Viewport {
  static final double MIN_ZOOM = 0.25;
  static final double MAX_ZOOM = 32;

  private double width = 1;
  private double height = 1;
  private double zoom = 1;
  private double panX;
  private double panY;

  void resize(double width, double height) {
    this.width = Math.max(1, width);
    this.height = Math.max(1, height);
  }

  void fit() {
    zoom = 1;
    panX = 0;
    panY = 0;
  }

  double zoom() {
    return zoom;
  }

  double width() {
    return width;
  }

  double height() {
    return height;
  }

  void pan(double dx, double dy) {
    panX += dx;
    panY += dy;
  }

  /**
   * Multiplies the zoom by {@code factor}, keeping viewport point (x, y) over the same image point.
   */
  void zoomAt(double factor, double x, double y, int columns, int rows, double aspect) {
    double newZoom = Math.clamp(zoom * factor, MIN_ZOOM, MAX_ZOOM);
    ImageToViewport before = transform(columns, rows, aspect);
    var anchor = before.toImage(x, y);
    zoom = newZoom;
    ImageToViewport after = transform(columns, rows, aspect);
    panX += x - after.viewportX(anchor.x());
    panY += y - after.viewportY(anchor.y());
  }

  ImageToViewport transform(int columns, int rows, double aspect) {
    double fit = Math.min(width / columns, height / (rows * aspect));
    double sx = fit * zoom;
    double sy = sx * aspect;
    double offsetX = (width - columns * sx) / 2 + panX;
    double offsetY = (height - rows * sy) / 2 + panY;
    return new ImageToViewport(sx, sy, offsetX, offsetY);
  }
}
