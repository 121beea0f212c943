package org.cryows.ui.viewer.model;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.WindowPreset;
import org.cryows.ui.model.CtWindows;

/** One entry of the window preset menu. */
public record WindowOption(String label, WindowSetting setting) {

  /** The CT windows ({@link CtWindows}), as menu entries. */
  static final List<WindowOption> CT =
      CtWindows.ALL.stream()
          .map(
              w ->
                  new WindowOption(
                      w.label(), new WindowSetting.Window(w.name(), w.center(), w.width())))
          .toList();

  /**
   * The option a new stack starts with, when imaging's default (the image's first preset, else its
   * VOI LUT, else the frame's full range) is not what a reader expects: a CT without a window of
   * its own starts in the soft-tissue window, since its full range (air to metal) leaves soft
   * tissue a flat grey. -1 keeps imaging's default.
   */
  static int startingOption(OpenedImage image) {
    PixelDescription d = image.description();
    if (!image.grayscale() || !d.windows().isEmpty() || d.voiLut().isPresent()) {
      return -1;
    }
    if (!"CT".equals(image.modality())) {
      return -1;
    }
    return offeredFor(image).indexOf(CT.get(0));
  }

  /** The presets for a grayscale image: its own, its VOI LUT, CT windows for CT, its full range. */
  static List<WindowOption> offeredFor(OpenedImage image) {
    List<WindowOption> options = new ArrayList<>();
    PixelDescription d = image.description();
    for (int i = 0; i < d.windows().size(); i++) {
      WindowPreset w = d.windows().get(i);
      String name = w.explanation().isEmpty() ? "Image preset " + (i + 1) : w.explanation();
      options.add(
          new WindowOption(
              String.format(
                  java.util.Locale.ROOT, "%s (C %.0f W %.0f)", name, w.center(), w.width()),
              new WindowSetting.ImagePreset(i)));
    }
    if (d.voiLut().isPresent()) {
      options.add(new WindowOption("VOI LUT of the image", new WindowSetting.Lut()));
    }
    if ("CT".equals(image.modality())) {
      options.addAll(CT);
    }
    options.add(new WindowOption("Full range of the frame", new WindowSetting.FullRange()));
    return List.copyOf(options);
  }
}
