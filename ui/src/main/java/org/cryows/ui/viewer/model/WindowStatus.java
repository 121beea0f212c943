package org.cryows.ui.viewer.model;

import java.util.List;

/**
 * The window/level controls: whether the image has a window at all (colour images do not), what it
 * is now, and the presets on offer.
 *
 * @param selected the index of the option in use, -1 when the window was dragged
 */
public record WindowStatus(boolean applicable, String current, List<String> options, int selected) {
  public WindowStatus {
    options = List.copyOf(options);
  }
}
