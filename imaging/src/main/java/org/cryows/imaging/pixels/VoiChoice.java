package org.cryows.imaging.pixels;

/** How grayscale modality values become display levels. */
public sealed interface VoiChoice {

  /** The image's own window preset number {@code index} (0 is the first). */
  record Preset(int index) implements VoiChoice {}

  /** A window chosen by the user, in modality units. */
  record Window(double center, double width) implements VoiChoice {}

  /** The image's VOI LUT. */
  record Lut() implements VoiChoice {}

  /** The frame's own minimum to maximum. */
  record MinMax() implements VoiChoice {}

  /** The first preset, else the VOI LUT, else the frame's range. */
  static VoiChoice defaultFor(PixelDescription description) {
    if (!description.windows().isEmpty()) {
      return new Preset(0);
    }
    return description.voiLut().isPresent() ? new Lut() : new MinMax();
  }
}
