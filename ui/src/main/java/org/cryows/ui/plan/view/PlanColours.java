package org.cryows.ui.plan.view;

import javafx.scene.paint.Color;

/**
 * The plan's colours, the same in 2-D, 3-D and the report (UI.md): isotherms 0 C light blue, -20 C
 * blue, -40 C violet; the nerve green (by its coldest temperature once predicted); probes white
 * (active segment) and grey (shaft); vessels red-brown outlines, never alarm red.
 */
final class PlanColours {
  static final Color ISOTHERM_0 = Color.web("#8FD3FF");
  static final Color ISOTHERM_20 = Color.web("#3D7BFF");
  static final Color ISOTHERM_40 = Color.web("#B05CFF");
  static final Color NERVE = Color.web("#3CCB5A");

  /** The nerve where it froze (0 C or colder) but stayed warmer than -20 C. */
  static final Color NERVE_FROZEN = Color.web("#C8E66A");

  /** The nerve where it reached -20 C or colder: the dose. */
  static final Color NERVE_DOSE = Color.web("#FFF07A");

  static final Color PROBE_ACTIVE = Color.WHITE;
  static final Color PROBE_SHAFT = Color.web("#A8B0B8");
  static final Color VESSEL = Color.web("#B5653A");
  static final Color SKIN = Color.web("#E8C9A0");
  static final Color BONE = Color.web("#E6E1CF");
  static final Color HALO = Color.rgb(0, 0, 0, 0.7);
  static final Color GESTURE = Color.web("#FFE082");

  private PlanColours() {}

  static Color isotherm(double c) {
    if (c >= -10) {
      return ISOTHERM_0;
    }
    return c >= -30 ? ISOTHERM_20 : ISOTHERM_40;
  }

  static Color nerve(double coldestC) {
    if (coldestC <= -20) {
      return NERVE_DOSE;
    }
    return coldestC <= 0 ? NERVE_FROZEN : NERVE;
  }

  static String web(Color c) {
    return String.format(
        "#%02X%02X%02X",
        (int) Math.round(c.getRed() * 255),
        (int) Math.round(c.getGreen() * 255),
        (int) Math.round(c.getBlue() * 255));
  }
}
