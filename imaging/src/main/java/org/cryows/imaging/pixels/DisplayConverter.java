package org.cryows.imaging.pixels;

/**
 * Turns a decoded frame into 8-bit gray or RGB for display (PS3.4 N.2 grayscale and color
 * pipelines): grayscale goes through the rescale, then a window (PS3.3 C.11.2.1.2.1, linear) or the
 * VOI LUT, and MONOCHROME1 is inverted; color goes through the palette or the YBR conversion the
 * codec has not already done (the frame's photometric says which), then to 8 bits.
 */
public final class DisplayConverter {

  private DisplayConverter() {}

  public static DisplayImage render(Frame frame, PixelDescription description) {
    return render(frame, description, VoiChoice.defaultFor(description));
  }

  public static DisplayImage render(Frame frame, PixelDescription description, VoiChoice voi) {
    String photometric = frame.photometric();
    return switch (photometric) {
      case "MONOCHROME1", "MONOCHROME2" -> gray(frame, description, voi);
      case "PALETTE COLOR" -> palette(frame, description);
      default -> color(frame, photometric);
    };
  }

  private static DisplayImage gray(Frame frame, PixelDescription d, VoiChoice voi) {
    int[] stored = frame.copySamples();
    double[] modality = new double[stored.length];
    for (int i = 0; i < stored.length; i++) {
      modality[i] = d.rescale().apply(stored[i]);
    }
    byte[] out = new byte[stored.length];
    switch (voi) {
      case VoiChoice.Preset preset -> {
        if (preset.index() < 0 || preset.index() >= d.windows().size()) {
          throw new IllegalArgumentException(
              "window preset " + preset.index() + " of " + d.windows().size());
        }
        WindowPreset w = d.windows().get(preset.index());
        window(modality, w.center(), w.width(), out);
      }
      case VoiChoice.Window w -> window(modality, w.center(), w.width(), out);
      case VoiChoice.Lut lut -> {
        LookupTable table =
            d.voiLut().orElseThrow(() -> new IllegalArgumentException("the image has no VOI LUT"));
        for (int i = 0; i < modality.length; i++) {
          out[i] = (byte) table.lookUp8((int) Math.round(modality[i]));
        }
      }
      case VoiChoice.MinMax minMax -> minMax(modality, out);
    }
    if ("MONOCHROME1".equals(frame.photometric())) {
      for (int i = 0; i < out.length; i++) {
        out[i] = (byte) (255 - (out[i] & 0xFF));
      }
    }
    return new DisplayImage(frame.columns(), frame.rows(), false, out);
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

  private static void window(double[] modality, double center, double width, byte[] out) {
    for (int i = 0; i < modality.length; i++) {
      out[i] = (byte) windowLevel(modality[i], center, width);
    }
  }

  private static void minMax(double[] modality, byte[] out) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : modality) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double range = max - min;
    for (int i = 0; i < modality.length; i++) {
      out[i] = range == 0 ? 0 : (byte) Math.round((modality[i] - min) / range * 255);
    }
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
