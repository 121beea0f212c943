package org.cryows.ui.viewer.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cryows.imaging.ultrasound.Measurement;
import org.cryows.imaging.ultrasound.PixelPoint;

/**
 * A distance or an area drawn on an image: its points in image coordinates and imaging's
 * measurement of them (mm when calibrated, px with the reason otherwise).
 *
 * @param value null while an area has fewer than three points
 */
public record DrawnMeasurement(Kind kind, Path file, List<PixelPoint> points, Measurement value) {

  public enum Kind {
    DISTANCE,
    AREA
  }

  public DrawnMeasurement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(file, "file");
    points = List.copyOf(points);
  }

  /** The label drawn beside the measurement: "23.4 mm", "412 mm²", "86.0 px". */
  public String label() {
    if (value == null) {
      return kind == Kind.AREA ? "area: " + points.size() + " point(s)" : "";
    }
    return String.format(Locale.ROOT, "%.1f %s", value.value(), value.unit().symbol());
  }

  /** The line of the measurement list: the value and its calibration, or why it is in px. */
  public String description() {
    String what = kind == Kind.DISTANCE ? "Distance" : "Area";
    if (value == null) {
      return what + ": " + label();
    }
    return what
        + " "
        + label()
        + (value.calibrated() ? " (" : ", not in mm: ")
        + value.explanation()
        + (value.calibrated() ? ")" : "");
  }
}
