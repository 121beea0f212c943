package org.cryows.ui.viewer.model;

import java.nio.IntBuffer;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One frame ready for the screen: opaque ARGB pixels row by row, what it was made from, and for a
 * grayscale image the range of its modality values (what a window drag starts from).
 */
public final class RenderedFrame {
  private final RenderKey key;
  private final int width;
  private final int height;
  private final int[] argb;
  private final OptionalDouble modalityMin;
  private final OptionalDouble modalityMax;

  /** Takes ownership of {@code argb}: the caller must not change it afterwards. */
  RenderedFrame(
      RenderKey key,
      int width,
      int height,
      int[] argb,
      OptionalDouble modalityMin,
      OptionalDouble modalityMax) {
    if (argb.length != (long) width * height) {
      throw new IllegalArgumentException(
          argb.length + " pixels for a " + width + " x " + height + " frame");
    }
    this.key = Objects.requireNonNull(key, "key");
    this.width = width;
    this.height = height;
    this.argb = argb;
    this.modalityMin = modalityMin;
    this.modalityMax = modalityMax;
  }

  public RenderKey key() {
    return key;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The pixels, read-only, {@code width} per row. */
  public IntBuffer argbPixels() {
    return IntBuffer.wrap(argb).asReadOnlyBuffer();
  }

  /** Pixel (column, row) as 0xAARRGGBB. */
  public int argbAt(int column, int row) {
    return argb[row * width + column];
  }

  public OptionalDouble modalityMin() {
    return modalityMin;
  }

  public OptionalDouble modalityMax() {
    return modalityMax;
  }

  /** What the frame takes in memory, for the rendered-frame cache's bound. */
  long bytes() {
    return 4L * argb.length;
  }

  @Override
  public String toString() {
    return "RenderedFrame[" + key + " " + width + "x" + height + "]";
  }
}
