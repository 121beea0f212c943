package org.cryows.ui.viewer.model;

/**
 * Zoom and pan of one image in a viewport: at zoom 1 the whole image fits, centred; zooming keeps
 * the point under the cursor where it is (to a pixel); panning moves the image by viewport pixels.
 * The image always covers whole screen pixels (its size and corner are whole numbers), so a frame
 * rendered at that size is drawn one to one, without the renderer scaling it.
 */
final class Viewport {
  static final double MIN_ZOOM = 0.25;
  static final double MAX_ZOOM = 32;

  private double width = 1;
  private double height = 1;
  private boolean sized;
  private double zoom = 1;
  private double panX;
  private double panY;

  void resize(double width, double height) {
    this.width = Math.max(1, width);
    this.height = Math.max(1, height);
    sized = width >= 1 && height >= 1;
  }

  /** Whether a view has said how large the viewport is (a headless model has no screen). */
  boolean sized() {
    return sized;
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
    double scale = fit * zoom;
    long onScreenWidth = Math.max(1, Math.round(columns * scale));
    long onScreenHeight = Math.max(1, Math.round(rows * scale * aspect));
    double offsetX = Math.round((width - onScreenWidth) / 2 + panX);
    double offsetY = Math.round((height - onScreenHeight) / 2 + panY);
    return new ImageToViewport(
        (double) onScreenWidth / columns, (double) onScreenHeight / rows, offsetX, offsetY);
  }
}
