package org.cryows.imaging.volume;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cryows.imaging.pixels.LookupTable;
import org.cryows.imaging.pixels.ModalityImage;
import org.cryows.imaging.pixels.VoiAttributes;
import org.cryows.imaging.pixels.WindowPreset;

/**
 * The physical values (HU for CT) sampled on a {@link ReslicePlane}, row by row, with the series'
 * window presets and VOI LUT: {@code DisplayConverter.render(reslice, voi)} shows it with the
 * series' window, a preset, one chosen or one computed from its values, exactly as a frame.
 */
public final class ReslicedImage implements ModalityImage {

  private final ReslicePlane plane;
  private final float[] values;
  private final VoiAttributes display;
  private final boolean inverted;

  ReslicedImage(ReslicePlane plane, float[] values, VoiAttributes display, boolean inverted) {
    this.plane = Objects.requireNonNull(plane);
    if (values.length != plane.columns() * plane.rows()) {
      throw new IllegalArgumentException("one value per pixel of the plane");
    }
    this.values = values;
    this.display = Objects.requireNonNull(display);
    this.inverted = inverted;
  }

  public ReslicePlane plane() {
    return plane;
  }

  public int columns() {
    return plane.columns();
  }

  public int rows() {
    return plane.rows();
  }

  /** The value of pixel (column c, row r). */
  public float value(int c, int r) {
    if (c < 0 || c >= plane.columns() || r < 0 || r >= plane.rows()) {
      throw new IndexOutOfBoundsException(
          "pixel (" + c + ", " + r + ") of " + plane.columns() + " x " + plane.rows());
    }
    return values[r * plane.columns() + c];
  }

  /** All values, row by row; a copy. */
  public float[] copyValues() {
    return values.clone();
  }

  @Override
  public double modalityValue(int index) {
    return values[index];
  }

  /** The series' valid window presets. */
  @Override
  public List<WindowPreset> windows() {
    return display.windows();
  }

  @Override
  public Optional<LookupTable> voiLut() {
    return display.voiLut();
  }

  @Override
  public boolean inverted() {
    return inverted;
  }
}
