package org.cryows.ui.viewer.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cryows.imaging.ultrasound.PixelPoint;

/**
 * The distances and areas drawn on each file, in image coordinates, and the one being drawn: a
 * distance from press to release, an area point by point until it is closed (a double click, or a
 * click on its first point). Each value comes from the image's {@link ImageCalibration}. Not
 * thread-safe: the viewer uses it under its own lock.
 */
final class MeasurementDrawing {

  /** Viewport pixels within which a click closes an area on its first point. */
  static final double CLOSE_AREA_PIXELS = 8;

  /** A distance shorter than this on screen is a slip of the mouse, not a measurement. */
  static final double SHORTEST_DISTANCE_PIXELS = 3;

  private final Map<Path, List<DrawnMeasurement>> drawn = new HashMap<>();
  private PixelPoint distanceFrom;
  private PixelPoint distanceTo;
  private final List<PixelPoint> areaPoints = new ArrayList<>();
  private PixelPoint areaPreview;

  List<DrawnMeasurement> on(Path file) {
    return List.copyOf(drawn.getOrDefault(file, List.of()));
  }

  void clear(Path file) {
    drawn.remove(file);
    cancel();
  }

  /** Drops what is being drawn. */
  void cancel() {
    distanceFrom = null;
    distanceTo = null;
    areaPoints.clear();
    areaPreview = null;
  }

  void startDistance(PixelPoint from) {
    cancel();
    distanceFrom = from;
    distanceTo = from;
  }

  boolean drawingDistance() {
    return distanceFrom != null;
  }

  void dragDistance(PixelPoint to) {
    distanceTo = to;
  }

  /** Ends the distance at {@code to}; kept when it is long enough on screen. */
  void endDistance(OpenedImage image, ImageToViewport transform, PixelPoint to) {
    if (distanceFrom == null) {
      return;
    }
    double onScreen =
        Math.hypot(
            transform.viewportX(to.x()) - transform.viewportX(distanceFrom.x()),
            transform.viewportY(to.y()) - transform.viewportY(distanceFrom.y()));
    if (onScreen >= SHORTEST_DISTANCE_PIXELS) {
      keep(distance(image, distanceFrom, to));
    }
    distanceFrom = null;
    distanceTo = null;
  }

  /**
   * A press with the area tool at image point {@code p} (viewport {@code x, y}): closes the area on
   * a double click or on its first point once it has three, else adds the point.
   */
  void pressArea(
      OpenedImage image, ImageToViewport transform, PixelPoint p, double x, double y, int clicks) {
    if (areaPoints.size() >= 3) {
      PixelPoint first = areaPoints.get(0);
      double toFirst =
          Math.hypot(transform.viewportX(first.x()) - x, transform.viewportY(first.y()) - y);
      if (clicks >= 2 || toFirst <= CLOSE_AREA_PIXELS) {
        List<PixelPoint> outline = List.copyOf(areaPoints);
        keep(
            new DrawnMeasurement(
                DrawnMeasurement.Kind.AREA,
                image.file(),
                outline,
                image.calibration().area(outline)));
        cancel();
        return;
      }
    }
    if (clicks >= 2) {
      return; // the second press of a double click on a new point
    }
    distanceFrom = null;
    areaPoints.add(p);
    areaPreview = null;
  }

  boolean drawingArea() {
    return !areaPoints.isEmpty();
  }

  /** The pointer is over {@code p}: the area being drawn follows it. */
  void previewArea(PixelPoint p) {
    areaPreview = p;
  }

  /** What is being drawn, with its value so far; null when nothing is. */
  DrawnMeasurement inProgress(OpenedImage image) {
    if (distanceFrom != null) {
      return distance(image, distanceFrom, distanceTo);
    }
    if (areaPoints.isEmpty()) {
      return null;
    }
    List<PixelPoint> outline = new ArrayList<>(areaPoints);
    if (areaPreview != null) {
      outline.add(areaPreview);
    }
    return new DrawnMeasurement(
        DrawnMeasurement.Kind.AREA,
        image.file(),
        outline,
        outline.size() >= 3 ? image.calibration().area(outline) : null);
  }

  private static DrawnMeasurement distance(OpenedImage image, PixelPoint a, PixelPoint b) {
    return new DrawnMeasurement(
        DrawnMeasurement.Kind.DISTANCE,
        image.file(),
        List.of(a, b),
        image.calibration().distance(a, b));
  }

  private void keep(DrawnMeasurement measurement) {
    drawn.computeIfAbsent(measurement.file(), f -> new ArrayList<>()).add(measurement);
  }
}
