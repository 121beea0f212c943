package org.cryows.imaging.pixels;

import java.util.List;
import java.util.Optional;

/**
 * Grey values in modality units (after the rescale: HU for CT), row by row, with the windows and
 * VOI LUT that suit them: a decoded grayscale frame ({@link #of}) or a reslice of a volume. {@link
 * DisplayConverter#render(ModalityImage, VoiChoice)} turns any of them into display levels the same
 * way, so a window chosen on a frame shows a reslice of the series alike.
 */
public interface ModalityImage {

  int columns();

  int rows();

  /** The value of pixel {@code index} (row by row: row * columns + column), in modality units. */
  double modalityValue(int index);

  /** The valid window presets of the image or series, in header order. */
  List<WindowPreset> windows();

  /** The valid VOI LUT of the image or series, if any. */
  Optional<LookupTable> voiLut();

  /** MONOCHROME1: the lowest values are shown white. */
  boolean inverted();

  /**
   * A grayscale frame after its rescale, with its image's windows and VOI LUT.
   *
   * @throws IllegalArgumentException when the frame is not MONOCHROME1 or MONOCHROME2
   */
  static ModalityImage of(Frame frame, PixelDescription description) {
    return new FrameValues(frame, description);
  }

  /** A frame's stored values through the image's rescale, computed once. */
  final class FrameValues implements ModalityImage {
    private final int columns;
    private final int rows;
    private final double[] values;
    private final PixelDescription description;
    private final boolean inverted;

    private FrameValues(Frame frame, PixelDescription description) {
      String photometric = frame.photometric();
      if (!photometric.equals("MONOCHROME1") && !photometric.equals("MONOCHROME2")) {
        throw new IllegalArgumentException(
            "a " + photometric + " frame has no modality values: it is shown in colour");
      }
      this.columns = frame.columns();
      this.rows = frame.rows();
      this.description = description;
      this.inverted = photometric.equals("MONOCHROME1");
      int[] stored = frame.copySamples();
      this.values = new double[stored.length];
      Rescale rescale = description.rescale();
      for (int i = 0; i < stored.length; i++) {
        values[i] = rescale.apply(stored[i]);
      }
    }

    @Override
    public int columns() {
      return columns;
    }

    @Override
    public int rows() {
      return rows;
    }

    @Override
    public double modalityValue(int index) {
      return values[index];
    }

    @Override
    public List<WindowPreset> windows() {
      return description.windows();
    }

    @Override
    public Optional<LookupTable> voiLut() {
      return description.voiLut();
    }

    @Override
    public boolean inverted() {
      return inverted;
    }
  }
}
