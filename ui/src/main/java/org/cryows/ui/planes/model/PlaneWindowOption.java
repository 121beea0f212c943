package org.cryows.ui.planes.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cryows.imaging.pixels.VoiChoice;
import org.cryows.imaging.pixels.WindowPreset;
import org.cryows.imaging.volume.Volume;
import org.cryows.ui.model.CtWindows;

/**
 * One entry of the plane views' window menu: the series' own windows first (as the scanner or the
 * reading station stored them), its VOI LUT, the CT windows for CT, and the range of the volume's
 * values.
 */
public record PlaneWindowOption(String label, VoiChoice voi) {

  /** The options for a volume of {@code modality}, with its sampled values. */
  public static List<PlaneWindowOption> offeredFor(
      Volume volume, String modality, VolumeValues values) {
    List<PlaneWindowOption> options = new ArrayList<>();
    List<WindowPreset> presets = volume.display().windows();
    for (int i = 0; i < presets.size(); i++) {
      WindowPreset w = presets.get(i);
      String name = w.explanation().isEmpty() ? "Series window " + (i + 1) : w.explanation();
      options.add(
          new PlaneWindowOption(
              String.format(Locale.ROOT, "%s (C %.0f W %.0f)", name, w.center(), w.width()),
              new VoiChoice.Preset(i)));
    }
    if (volume.display().voiLut().isPresent()) {
      options.add(new PlaneWindowOption("VOI LUT of the series", new VoiChoice.Lut()));
    }
    if ("CT".equals(modality)) {
      for (CtWindows.CtWindow w : CtWindows.ALL) {
        options.add(new PlaneWindowOption(w.label(), new VoiChoice.Window(w.center(), w.width())));
      }
    }
    options.add(
        new PlaneWindowOption(
            String.format(
                Locale.ROOT,
                "Range of the volume (C %.0f W %.0f)",
                values.windowCenter(),
                values.windowWidth()),
            new VoiChoice.Window(values.windowCenter(), values.windowWidth())));
    return List.copyOf(options);
  }

  /**
   * The option shown first: the series' own window when it has one, else the CT soft-tissue window
   * for CT, else the range of the volume.
   */
  public static int startingOption(List<PlaneWindowOption> options, String modality) {
    if (!options.isEmpty() && options.get(0).voi() instanceof VoiChoice.Preset) {
      return 0;
    }
    if ("CT".equals(modality)) {
      for (int i = 0; i < options.size(); i++) {
        if (options.get(i).label().equals(CtWindows.SOFT_TISSUE.label())) {
          return i;
        }
      }
    }
    return options.size() - 1;
  }
}
