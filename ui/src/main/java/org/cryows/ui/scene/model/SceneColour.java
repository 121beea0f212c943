package org.cryows.ui.scene.model;

import java.util.Locale;

/** An opaque colour of the 3-D scene, each channel from 0 to 1. */
public record SceneColour(double red, double green, double blue) {

  public SceneColour {
    for (double c : new double[] {red, green, blue}) {
      if (!(c >= 0 && c <= 1)) {
        throw new IllegalArgumentException("a colour channel is from 0 to 1, not " + c);
      }
    }
  }

  /** From "#RRGGBB". */
  public static SceneColour hex(String rgb) {
    if (!rgb.matches("#[0-9A-Fa-f]{6}")) {
      throw new IllegalArgumentException("a colour is #RRGGBB, not " + rgb);
    }
    int v = Integer.parseInt(rgb.substring(1), 16);
    return new SceneColour(
        ((v >> 16) & 0xFF) / 255.0, ((v >> 8) & 0xFF) / 255.0, (v & 0xFF) / 255.0);
  }

  /** "#RRGGBB" */
  public String toHex() {
    return String.format(
        Locale.ROOT,
        "#%02X%02X%02X",
        Math.round(red * 255),
        Math.round(green * 255),
        Math.round(blue * 255));
  }
}
