package org.cryows.ui.planes.model;

import java.nio.IntBuffer;
import java.util.Objects;
import org.cryows.imaging.pixels.VoiChoice;
import org.cryows.imaging.volume.ReslicePlane;

/**
 * A plane view's picture, ready for the screen: the volume resliced on the view's screen pixels and
 * windowed, as opaque ARGB, row by row, one int per screen pixel. Points outside the volume are
 * drawn in {@link #OUTSIDE_ARGB}, so "no data" never looks like black air.
 */
public final class PlaneImage {

  /** Dark slate: outside the volume. */
  public static final int OUTSIDE_ARGB = 0xFF15191F;

  private final Key key;
  private final int[] argb;

  /** Takes ownership of {@code argb}: the caller must not change it afterwards. */
  PlaneImage(Key key, int[] argb) {
    this.key = Objects.requireNonNull(key, "key");
    if (argb.length != key.plane().columns() * key.plane().rows()) {
      throw new IllegalArgumentException("one pixel per screen pixel of the plane");
    }
    this.argb = argb;
  }

  /** What was rendered: the volume load, the plane and the window. */
  public Key key() {
    return key;
  }

  public int width() {
    return key.plane().columns();
  }

  public int height() {
    return key.plane().rows();
  }

  /** The pixels, row by row, read-only. */
  public IntBuffer argbPixels() {
    return IntBuffer.wrap(argb).asReadOnlyBuffer();
  }

  /** The pixel at (x, y). */
  public int argbAt(int x, int y) {
    return argb[y * width() + x];
  }

  /** What a plane image shows: which volume load, which plane in the patient, which window. */
  public record Key(long volumeGeneration, ReslicePlane plane, VoiChoice voi) {
    public Key {
      Objects.requireNonNull(plane, "plane");
      Objects.requireNonNull(voi, "voi");
    }
  }
}
