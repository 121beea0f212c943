package org.cryows.ui.viewer.model;

import java.nio.IntBuffer;
import java.util.Objects;
import java.util.Optional;
import org.cryows.imaging.pixels.VoiChoice;

/**
 * One frame ready for the screen: opaque ARGB pixels row by row, what it was made from, and for a
 * grayscale frame the window it was shown through and the window of its whole value range, both in
 * modality units as imaging resolves them (what the readout shows and a window drag starts from).
 */
public final class RenderedFrame {
  private final RenderKey key;
  private final int width;
  private final int height;
  private final int columns;
  private final int rows;
  private final int[] argb;
  private final Optional<VoiChoice.Window> window;
  private final Optional<VoiChoice.Window> fullRange;

  /** Takes ownership of {@code argb}: the caller must not change it afterwards. */
  RenderedFrame(
      RenderKey key,
      int width,
      int height,
      int columns,
      int rows,
      int[] argb,
      Optional<VoiChoice.Window> window,
      Optional<VoiChoice.Window> fullRange) {
    if (argb.length != (long) width * height) {
      throw new IllegalArgumentException(
          argb.length + " pixels for a " + width + " x " + height + " frame");
    }
    this.key = Objects.requireNonNull(key, "key");
    this.width = width;
    this.height = height;
    this.columns = columns;
    this.rows = rows;
    this.argb = argb;
    this.window = Objects.requireNonNull(window, "window");
    this.fullRange = Objects.requireNonNull(fullRange, "fullRange");
  }

  public RenderKey key() {
    return key;
  }

  /** Pixels across, as drawn: the screen size the key asked for, or the image's own. */
  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The image's own columns (its size in the file, whatever size it was drawn at). */
  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  /** The pixels, read-only, {@code width} per row. */
  public IntBuffer argbPixels() {
    return IntBuffer.wrap(argb).asReadOnlyBuffer();
  }

  /** Pixel (column, row) as 0xAARRGGBB. */
  public int argbAt(int column, int row) {
    return argb[row * width + column];
  }

  /** The window the frame was shown through; empty for colour and for a VOI LUT. */
  public Optional<VoiChoice.Window> window() {
    return window;
  }

  /** The window from the frame's lowest to its highest value; empty for colour. */
  public Optional<VoiChoice.Window> fullRange() {
    return fullRange;
  }

  /** What the frame takes in memory, for the rendered-frame cache's bound. */
  long bytes() {
    return 4L * argb.length;
  }

  @Override
  public String toString() {
    return "RenderedFrame["
        + key
        + " "
        + width
        + "x"
        + height
        + " of "
        + columns
        + "x"
        + rows
        + "]";
  }
}
