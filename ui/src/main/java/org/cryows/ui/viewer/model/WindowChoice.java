package org.cryows.ui.viewer.model;

import java.util.List;
import java.util.Locale;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.VoiChoice;
import org.cryows.imaging.pixels.WindowPreset;

/**
 * The window a stack of grayscale images is shown through: what the user chose (it stays while
 * stepping through the stack), which menu option that was, and its readout in modality units as
 * imaging resolves it. Not thread-safe: the viewer uses it under its own lock.
 */
final class WindowChoice {

  /** A window drag across this many viewport pixels spans the frame's whole value range. */
  static final double DRAG_PIXELS_PER_RANGE = 512;

  private WindowSetting setting = new WindowSetting.ImageDefault();
  private int option = -1;

  /** Back to imaging's default, for a new stack. */
  void reset() {
    setting = new WindowSetting.ImageDefault();
    option = -1;
  }

  /** On the first image of a stack: imaging's default, or the option a reader expects instead. */
  void startOn(OpenedImage image) {
    if (!(setting instanceof WindowSetting.ImageDefault)) {
      return;
    }
    int start = WindowOption.startingOption(image);
    if (start >= 0) {
      setting = WindowOption.offeredFor(image).get(start).setting();
      option = start;
    }
  }

  void choose(OpenedImage image, int index) {
    List<WindowOption> options = WindowOption.offeredFor(image);
    if (index < 0 || index >= options.size()) {
      throw new IllegalArgumentException("window option " + index + " of " + options.size());
    }
    setting = options.get(index).setting();
    option = index;
  }

  void set(double center, double width) {
    setting = new WindowSetting.Window("", center, Math.max(1, width));
    option = -1;
  }

  VoiChoice voi(PixelDescription description) {
    return setting.toVoi(description);
  }

  /**
   * Where a drag starts: the centre and width in use, and modality units per viewport pixel.
   *
   * @param shown the frame on screen (its own range, for a window computed from it), or null
   */
  Drag startDrag(OpenedImage image, RenderedFrame shown) {
    PixelDescription d = image.description();
    double center;
    double width;
    VoiChoice voi = setting.toVoi(d);
    if (voi instanceof VoiChoice.Window w) {
      center = w.center();
      width = w.width();
    } else if (voi instanceof VoiChoice.Preset p) {
      WindowPreset w = d.windows().get(p.index());
      center = w.center();
      width = w.width();
    } else if (shown != null && shown.fullRange().isPresent()) {
      // The frame's range (also where a drag from a VOI LUT starts).
      center = shown.fullRange().get().center();
      width = shown.fullRange().get().width();
    } else {
      center = 0;
      width = 1;
    }
    double range =
        shown != null && shown.fullRange().isPresent()
            ? shown.fullRange().get().width()
            : Math.pow(2, d.bitsStored()) * Math.abs(d.rescale().slope());
    return new Drag(center, width, Math.max(range, 1) / DRAG_PIXELS_PER_RANGE);
  }

  /** A window drag: across changes the width, down the centre. */
  record Drag(double center, double width, double perPixel) {}

  WindowStatus status(OpenedImage image, RenderedFrame shown) {
    if (!image.grayscale()) {
      return new WindowStatus(false, "", List.of(), -1);
    }
    List<WindowOption> options = WindowOption.offeredFor(image);
    return new WindowStatus(
        true,
        text(image.description(), shown),
        options.stream().map(WindowOption::label).toList(),
        option >= 0 ? option : defaultOption(image, options));
  }

  /** Which menu entry imaging's default is (the first preset, the VOI LUT, the full range). */
  private int defaultOption(OpenedImage image, List<WindowOption> options) {
    if (!(setting instanceof WindowSetting.ImageDefault)) {
      return -1;
    }
    VoiChoice voi = setting.toVoi(image.description());
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).setting().toVoi(image.description()).equals(voi)) {
        return i;
      }
    }
    return -1;
  }

  /** The readout: the setting, with the numbers of a window computed from the frame. */
  private String text(PixelDescription d, RenderedFrame shown) {
    if (setting.toVoi(d) instanceof VoiChoice.MinMax
        && shown != null
        && shown.window().isPresent()) {
      VoiChoice.Window w = shown.window().get();
      return String.format(
          Locale.ROOT, "C %.0f W %.0f (full range of the frame)", w.center(), w.width());
    }
    return setting.describe(d);
  }
}
