package org.cryows.imaging.pixels;

import java.util.List;
import java.util.Optional;

/** How grayscale modality values become display levels. */
public sealed interface VoiChoice {

  /** The image's own window preset number {@code index} (0 is the first). */
  record Preset(int index) implements VoiChoice {}

  /**
   * A window in modality units (PS3.3 C.11.2.1.2.1, linear): chosen by the user, or the one a
   * preset or {@link MinMax} resolves to ({@link DisplayConverter#window}). A width below 1 is
   * shown as 1.
   */
  record Window(double center, double width) implements VoiChoice {}

  /** The image's VOI LUT. */
  record Lut() implements VoiChoice {}

  /**
   * A window computed from the image's own values: from its minimum (black) to its maximum (white),
   * that is center (min + max) / 2 + 0.5 and width max - min + 1.
   */
  record MinMax() implements VoiChoice {}

  /** The first preset, else the VOI LUT, else the frame's range. */
  static VoiChoice defaultFor(PixelDescription description) {
    return defaultFor(description.windows(), description.voiLut());
  }

  /** The first preset, else the VOI LUT, else the image's range. */
  static VoiChoice defaultFor(ModalityImage image) {
    return defaultFor(image.windows(), image.voiLut());
  }

  private static VoiChoice defaultFor(List<WindowPreset> windows, Optional<LookupTable> voiLut) {
    if (!windows.isEmpty()) {
      return new Preset(0);
    }
    return voiLut.isPresent() ? new Lut() : new MinMax();
  }
}
