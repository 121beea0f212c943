package org.cryows.ui.scene.model;

import java.nio.IntBuffer;
import java.util.Objects;

/**
 * One picture of the 3-D scene, opaque ARGB row by row (top row first), and what it took.
 *
 * @param request which request it answers (the model drops older ones)
 * @param renderMs the renderer's time for it: drawing and reading the pixels back (not extracting
 *     surfaces new in the content)
 * @param triangles triangles drawn
 */
public final class SceneFrame {
  private final long request;
  private final int width;
  private final int height;
  private final int[] argb;
  private final double renderMs;
  private final long triangles;

  /** Takes ownership of {@code argb}: the caller must not change it afterwards. */
  public SceneFrame(
      long request, int width, int height, int[] argb, double renderMs, long triangles) {
    Objects.requireNonNull(argb, "argb");
    if (argb.length != (long) width * height) {
      throw new IllegalArgumentException(argb.length + " pixels for " + width + " x " + height);
    }
    this.request = request;
    this.width = width;
    this.height = height;
    this.argb = argb;
    this.renderMs = renderMs;
    this.triangles = triangles;
  }

  public long request() {
    return request;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The pixels, row by row, read-only. */
  public IntBuffer argbPixels() {
    return IntBuffer.wrap(argb).asReadOnlyBuffer();
  }

  public int argbAt(int x, int y) {
    return argb[y * width + x];
  }

  public double renderMs() {
    return renderMs;
  }

  public long triangles() {
    return triangles;
  }
}
