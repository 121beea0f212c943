package org.cryows.imaging.pixels;

import java.util.Optional;

/**
 * Turns a decoded frame, or a reslice of a volume, into 8-bit gray or RGB for display (PS3.4 N.2
 * grayscale and color pipelines): grayscale goes through the rescale, then a window (PS3.3
 * C.11.2.1.2.1, linear) or the VOI LUT, and MONOCHROME1 is inverted, on one path for frames and
 * reslices ({@link ModalityImage}); color goes through the palette or the YBR conversion the codec
 * has not already done (the frame's photometric says which), then to 8 bits.
 */
public final class DisplayConverter {

  private DisplayConverter() {}

  public static DisplayImage render(Frame frame, PixelDescription description) {
    return render(frame, description, VoiChoice.defaultFor(description));
  }

  public static DisplayImage render(Frame frame, PixelDescription description, VoiChoice voi) {
    String photometric = frame.photometric();
    return switch (photometric) {
      case "MONOCHROME1", "MONOCHROME2" -> render(ModalityImage.of(frame, description), voi);
      case "PALETTE COLOR" -> palette(frame, description);
      default -> color(frame, photometric);
    };
  }

  /** Grey levels of a frame or a reslice with its own default: first preset, VOI LUT, or range. */
  public static DisplayImage render(ModalityImage image) {
    return render(image, VoiChoice.defaultFor(image));
  }

  /**
   * Grey levels of a frame or a reslice: the window (a preset, one chosen, or the image's range) or
   * the VOI LUT applied to its modality values, then MONOCHROME1 inverted. Frames and reslices take
   * this one path.
   *
   * @throws IllegalArgumentException for a preset the image does not have, or a VOI LUT it lacks
   */
  public static DisplayImage render(ModalityImage image, VoiChoice voi) {
    int count = image.columns() * image.rows();
    byte[] out = new byte[count];
    Optional<VoiChoice.Window> window = window(image, voi);
    if (window.isPresent()) {
      double center = window.get().center();
      double width = Math.max(1, window.get().width());
      for (int i = 0; i < count; i++) {
        out[i] = (byte) windowLevel(image.modalityValue(i), center, width);
      }
    } else {
      LookupTable table =
          image
              .voiLut()
              .orElseThrow(() -> new IllegalArgumentException("the image has no VOI LUT"));
      for (int i = 0; i < count; i++) {
        out[i] = (byte) table.lookUp8((int) Math.round(image.modalityValue(i)));
      }
    }
    if (image.inverted()) {
      for (int i = 0; i < count; i++) {
        out[i] = (byte) (255 - (out[i] & 0xFF));
      }
    }
    return new DisplayImage(image.columns(), image.rows(), false, out);
  }

  /**
   * The window {@code voi} stands for on this image, in modality units, for a viewer to show and to
   * start a drag from: a preset's, the one chosen, or the one computed from the image's minimum and
   * maximum; empty for the VOI LUT.
   *
   * @throws IllegalArgumentException for a preset the image does not have
   */
  public static Optional<VoiChoice.Window> window(ModalityImage image, VoiChoice voi) {
    return switch (voi) {
      case VoiChoice.Preset preset -> {
        if (preset.index() < 0 || preset.index() >= image.windows().size()) {
          throw new IllegalArgumentException(
              "window preset " + preset.index() + " of " + image.windows().size());
        }
        WindowPreset w = image.windows().get(preset.index());
        yield Optional.of(new VoiChoice.Window(w.center(), w.width()));
      }
      case VoiChoice.Window w -> Optional.of(w);
      case VoiChoice.Lut lut -> Optional.empty();
      case VoiChoice.MinMax minMax -> Optional.of(minMax(image));
    };
  }

  /** From the minimum (black) to the maximum (white) of the image's modality values. */
  private static VoiChoice.Window minMax(ModalityImage image) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int count = image.columns() * image.rows();
    for (int i = 0; i < count; i++) {
      double v = image.modalityValue(i);
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return new VoiChoice.Window((min + max) / 2 + 0.5, max - min + 1);
  }

  /** The linear window function of PS3.3 C.11.2.1.2.1 onto 0..255. */
  static int windowLevel(double x, double center, double width) {
    double low = center - 0.5 - (width - 1) / 2;
    double high = center - 0.5 + (width - 1) / 2;
    if (x <= low) {
      return 0;
    }
    if (x > high) {
      return 255;
    }
    return (int) Math.round(((x - (center - 0.5)) / (width - 1) + 0.5) * 255);
  }

  private static DisplayImage palette(Frame frame, PixelDescription d) {
    Palette palette =
        d.palette()
            .orElseThrow(() -> new IllegalArgumentException("PALETTE COLOR image without palette"));
    int[] stored = frame.copySamples();
    byte[] out = new byte[stored.length * 3];
    for (int i = 0; i < stored.length; i++) {
      out[3 * i] = (byte) palette.red().lookUp8(stored[i]);
      out[3 * i + 1] = (byte) palette.green().lookUp8(stored[i]);
      out[3 * i + 2] = (byte) palette.blue().lookUp8(stored[i]);
    }
    return new DisplayImage(frame.columns(), frame.rows(), true, out);
  }

  private static DisplayImage color(Frame frame, String photometric) {
    if (frame.samplesPerPixel() != 3) {
      throw new IllegalArgumentException(
          photometric + " frame with " + frame.samplesPerPixel() + " samples per pixel");
    }
    int bits = frame.bitsStored();
    int[] samples = frame.copySamples();
    int[] rgb = new int[3];
    byte[] out = new byte[samples.length];
    int shift = Math.max(0, bits - 8);
    for (int i = 0; i < samples.length; i += 3) {
      int a = samples[i];
      int b = samples[i + 1];
      int c = samples[i + 2];
      switch (photometric) {
        case "RGB" -> {
          rgb[0] = a;
          rgb[1] = b;
          rgb[2] = c;
        }
        case "YBR_FULL", "YBR_FULL_422", "YBR_ICT" ->
            ColorConversions.ybrFullToRgb(a, b, c, bits, rgb, 0);
        case "YBR_RCT" -> ColorConversions.ybrRctToRgb(a, b, c, bits, rgb, 0);
        default ->
            throw new IllegalArgumentException("cannot display photometric '" + photometric + "'");
      }
      for (int k = 0; k < 3; k++) {
        int v = bits >= 8 ? rgb[k] >>> shift : rgb[k] << (8 - bits);
        out[i + k] = (byte) Math.max(0, Math.min(255, v));
      }
    }
    return new DisplayImage(frame.columns(), frame.rows(), true, out);
  }
}
