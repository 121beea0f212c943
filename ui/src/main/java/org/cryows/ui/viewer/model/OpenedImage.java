package org.cryows.ui.viewer.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.ultrasound.CineTiming;

/**
 * An image file as the viewer needs it: imaging's opened image (header, pixel description, frames)
 * with its cine timing and calibration read once, and the notes a user should see about them (a
 * timing that could not be read, say), each naming the attribute.
 */
public record OpenedImage(
    DicomImage image, CineTiming timing, ImageCalibration calibration, List<String> notes) {

  public OpenedImage {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(calibration, "calibration");
    notes = List.copyOf(notes);
  }

  public Path file() {
    return image.file();
  }

  public DicomDataset header() {
    return image.header();
  }

  public PixelDescription description() {
    return image.description();
  }

  public int frameCount() {
    return image.description().frames();
  }

  public String modality() {
    return header().string(Tags.MODALITY).orElse("");
  }

  /** Whether the image is shown through a window (grayscale) rather than in its own colours. */
  public boolean grayscale() {
    return description().isMonochrome();
  }

  /** Rows, in display, are this many times as tall as columns are wide (Pixel Spacing ratio). */
  public double pixelAspect() {
    if (calibration instanceof ImageCalibration.PixelSpacing spacing) {
      return spacing.rowSpacingMm() / spacing.columnSpacingMm();
    }
    return 1;
  }
}
