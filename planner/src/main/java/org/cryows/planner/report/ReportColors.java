package org.cryows.planner.report;

import java.awt.Color;

/**
 * The report's colours, those of the workstation's views (shared/design UI.md): isotherms 0 C light
 * blue, -20 C blue, -40 C violet; the nerve green; probes white or grey; vessels red-brown, not
 * alarm red.
 */
final class ReportColors {

  static final Color ISOTHERM_0 = new Color(0x8F, 0xD3, 0xFF);
  static final Color ISOTHERM_20 = new Color(0x3D, 0x7B, 0xFF);
  static final Color ISOTHERM_40 = new Color(0xB0, 0x5C, 0xFF);
  static final Color NERVE = new Color(0x3C, 0xC8, 0x4A);
  static final Color PROBE_ACTIVE = Color.WHITE;
  static final Color PROBE_SHAFT = new Color(0xA0, 0xA0, 0xA0);
  static final Color VESSEL = new Color(0xA0, 0x52, 0x2D);
  static final Color SKIN = new Color(0xE0, 0xB8, 0x8A);
  static final Color BONE = new Color(0xE8, 0xE2, 0xD0);
  static final Color SECTION_BACKGROUND = new Color(0x1E, 0x22, 0x26);
  static final Color SECTION_GRID = new Color(0x34, 0x3A, 0x40);
  static final Color OUTSIDE = new Color(0x2C, 0x33, 0x3C);
  static final Color BONE_TINT = new Color(0x3A, 0x36, 0x2E);
  static final Color PASS = new Color(0x1E, 0x7B, 0x34);
  static final Color WARN = new Color(0xA8, 0x6A, 0x00);
  static final Color FAIL = new Color(0xA3, 0x1B, 0x1B);

  private ReportColors() {}

  static Color isotherm(double c) {
    if (c >= -10) {
      return ISOTHERM_0;
    }
    return c >= -30 ? ISOTHERM_20 : ISOTHERM_40;
  }
}
