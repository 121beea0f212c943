package org.cryows.ui.viewer.model;

import java.util.Optional;
import org.cryows.imaging.pixels.DisplayConverter;
import org.cryows.imaging.pixels.DisplayImage;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.ModalityImage;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.VoiChoice;

/**
 * A decoded frame to screen pixels: imaging's {@link DisplayConverter} does the DICOM display
 * pipeline (rescale, window or VOI LUT, MONOCHROME1 inversion, palette, YBR to RGB); this only
 * packs its 8-bit result into opaque ARGB and notes the modality range of a grayscale frame.
 */
public final class FrameRendering {
  private FrameRendering() {}

  public static RenderedFrame render(RenderKey key, Frame frame, PixelDescription description) {
    VoiChoice voi = key.voi() == null ? VoiChoice.defaultFor(description) : key.voi();
    String photometric = frame.photometric();
    if (!photometric.equals("MONOCHROME1") && !photometric.equals("MONOCHROME2")) {
      DisplayImage colour = DisplayConverter.render(frame, description, voi);
      return toScreen(key, colour, Optional.empty(), Optional.empty());
    }
    ModalityImage values = ModalityImage.of(frame, description);
    return toScreen(
        key,
        DisplayConverter.render(values, voi),
        DisplayConverter.window(values, voi),
        DisplayConverter.window(values, new VoiChoice.MinMax()));
  }

  /** Above this magnification pixels are repeated rather than interpolated, so they can be seen. */
  static final double INTERPOLATE_UP_TO = 3;

  /**
   * The display image at the size on screen the key asks for, scaled here rather than by the JavaFX
   * renderer: in software rendering (no GPU) a scaled image costs the renderer tens of milliseconds
   * a frame, a one-to-one copy a few, and a cine needs a frame every 33 ms.
   */
  private static RenderedFrame toScreen(
      RenderKey key,
      DisplayImage image,
      Optional<VoiChoice.Window> window,
      Optional<VoiChoice.Window> fullRange) {
    int[] argb = toArgb(image);
    int columns = image.width();
    int rows = image.height();
    if (key.nativeSize() || (key.width() == columns && key.height() == rows)) {
      return new RenderedFrame(key, columns, rows, columns, rows, argb, window, fullRange);
    }
    int[] scaled =
        (double) key.width() / columns > INTERPOLATE_UP_TO
            ? ScreenScaling.nearest(argb, columns, rows, key.width(), key.height())
            : ScreenScaling.bilinear(argb, columns, rows, key.width(), key.height());
    return new RenderedFrame(
        key, key.width(), key.height(), columns, rows, scaled, window, fullRange);
  }

  /**
   * A copy of a rendered frame that fits in {@code size} x {@code size}, for thumbnails: averaged
   * down from a large frame, pixels repeated up from a tiny one.
   */
  public static RenderedFrame shrink(RenderedFrame frame, int size) {
    double fit = (double) size / Math.max(frame.width(), frame.height());
    if (fit >= 2) {
      return enlarge(frame, (int) Math.floor(fit));
    }
    double scale = Math.min(1.0, fit);
    int w = Math.max(1, (int) Math.round(frame.width() * scale));
    int h = Math.max(1, (int) Math.round(frame.height() * scale));
    int[] out = new int[w * h];
    // Box filter: each thumbnail pixel averages the source pixels it covers.
    for (int y = 0; y < h; y++) {
      int y0 = (int) Math.floor(y / scale);
      int y1 = Math.max(y0 + 1, Math.min(frame.height(), (int) Math.floor((y + 1) / scale)));
      for (int x = 0; x < w; x++) {
        int x0 = (int) Math.floor(x / scale);
        int x1 = Math.max(x0 + 1, Math.min(frame.width(), (int) Math.floor((x + 1) / scale)));
        long r = 0;
        long g = 0;
        long b = 0;
        int n = 0;
        for (int sy = y0; sy < y1; sy++) {
          for (int sx = x0; sx < x1; sx++) {
            int p = frame.argbAt(sx, sy);
            r += (p >> 16) & 0xFF;
            g += (p >> 8) & 0xFF;
            b += p & 0xFF;
            n++;
          }
        }
        out[y * w + x] = 0xFF000000 | (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
      }
    }
    return new RenderedFrame(
        frame.key(), w, h, frame.columns(), frame.rows(), out, frame.window(), frame.fullRange());
  }

  private static RenderedFrame enlarge(RenderedFrame frame, int factor) {
    int w = frame.width() * factor;
    int h = frame.height() * factor;
    int[] out = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out[y * w + x] = frame.argbAt(x / factor, y / factor);
      }
    }
    return new RenderedFrame(
        frame.key(), w, h, frame.columns(), frame.rows(), out, frame.window(), frame.fullRange());
  }

  private static int[] toArgb(DisplayImage display) {
    byte[] pixels = display.pixels();
    int n = display.width() * display.height();
    int[] argb = new int[n];
    if (display.color()) {
      for (int i = 0, j = 0; i < n; i++, j += 3) {
        argb[i] =
            0xFF000000
                | (pixels[j] & 0xFF) << 16
                | (pixels[j + 1] & 0xFF) << 8
                | (pixels[j + 2] & 0xFF);
      }
    } else {
      for (int i = 0; i < n; i++) {
        int v = pixels[i] & 0xFF;
        argb[i] = 0xFF000000 | v << 16 | v << 8 | v;
      }
    }
    return argb;
  }
}
