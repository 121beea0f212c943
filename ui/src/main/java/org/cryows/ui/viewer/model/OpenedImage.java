package org.cryows.ui.viewer.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.FrameStatus;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.ultrasound.CineTiming;

/**
 * An image file as the viewer needs it: imaging's opened image (header, pixel description, which
 * frames are there, problems, frames) with its cine timing and calibration read once, and the notes
 * a user should see: imaging's warnings and missing frames, a timing that could not be read.
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
    return image.frameCount();
  }

  /** Why frame {@code index} (from 0) cannot be shown, known on opening; empty when it is there. */
  public java.util.Optional<String> missingReason(int index) {
    return image.frameStatus().get(index) instanceof FrameStatus.Missing missing
        ? java.util.Optional.of(missing.reason())
        : java.util.Optional.empty();
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
