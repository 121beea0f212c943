package org.cryows.ui.viewer.model;

import java.util.Locale;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.VoiChoice;
import org.cryows.imaging.pixels.WindowPreset;

/** The window (VOI) a grayscale image is shown through, as the user chose it. */
public sealed interface WindowSetting {

  /** What imaging chooses by default: the image's first preset, else its VOI LUT, else min-max. */
  record ImageDefault() implements WindowSetting {}

  /** The image's own preset {@code index} (0 first), when the image has it. */
  record ImagePreset(int index) implements WindowSetting {}

  /** A window given in modality units (a named preset or a mouse drag). */
  record Window(String name, double center, double width) implements WindowSetting {
    public Window {
      if (!(width >= 1) || !Double.isFinite(center) || !Double.isFinite(width)) {
        throw new IllegalArgumentException(
            "a window has a finite center and a width of at least 1, not " + center + "/" + width);
      }
    }
  }

  /** The frame's own lowest to highest value. */
  record FullRange() implements WindowSetting {}

  /** The image's VOI LUT. */
  record Lut() implements WindowSetting {}

  /** The choice imaging's display pipeline gets for an image of this description. */
  default VoiChoice toVoi(PixelDescription description) {
    return switch (this) {
      case ImageDefault d -> VoiChoice.defaultFor(description);
      case ImagePreset p ->
          p.index() < description.windows().size()
              ? new VoiChoice.Preset(p.index())
              : VoiChoice.defaultFor(description);
      case Window w -> new VoiChoice.Window(w.center(), w.width());
      case FullRange f -> new VoiChoice.MinMax();
      case Lut l ->
          description.voiLut().isPresent()
              ? new VoiChoice.Lut()
              : VoiChoice.defaultFor(description);
    };
  }

  /** What the overlay says, for an image of this description. */
  default String describe(PixelDescription description) {
    VoiChoice voi = toVoi(description);
    return switch (voi) {
      case VoiChoice.Preset p -> {
        WindowPreset w = description.windows().get(p.index());
        String name =
            w.explanation().isEmpty() ? "image preset " + (p.index() + 1) : w.explanation();
        yield centreWidth(w.center(), w.width()) + " (" + name + ")";
      }
      case VoiChoice.Window w ->
          centreWidth(w.center(), w.width())
              + (this instanceof Window named && !named.name().isEmpty()
                  ? " (" + named.name() + ")"
                  : "");
      case VoiChoice.Lut l -> "VOI LUT of the image";
      case VoiChoice.MinMax m -> "full range of the frame";
    };
  }

  private static String centreWidth(double center, double width) {
    return String.format(Locale.ROOT, "C %.0f W %.0f", center, width);
  }
}
