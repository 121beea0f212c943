package org.cryows.ui.scene.model;

import java.util.Locale;

/**
 * The scene's colours, the same in 2-D, 3-D and the report (UI.md): isotherms 0 C light blue
 * (#8FD3FF), -20 C blue (#3D7BFF), -40 C violet (#B05CFF); the nerve green; probes white or grey;
 * vessels red-brown (not alarm red). Bone is ivory and skin a flesh tone, as anatomy atlases draw
 * them.
 */
public final class SceneColours {

  public static final SceneColour ISOTHERM_0_C = SceneColour.hex("#8FD3FF");
  public static final SceneColour ISOTHERM_MINUS_20_C = SceneColour.hex("#3D7BFF");
  public static final SceneColour ISOTHERM_MINUS_40_C = SceneColour.hex("#B05CFF");
  public static final SceneColour NERVE = SceneColour.hex("#3CC85A");
  public static final SceneColour PROBE_SHAFT = SceneColour.hex("#B8BEC6");
  public static final SceneColour PROBE_ACTIVE = SceneColour.hex("#F4F6F8");
  public static final SceneColour VESSEL = SceneColour.hex("#9A4A3A");
  public static final SceneColour BONE = SceneColour.hex("#EDE6D2");
  public static final SceneColour SKIN = SceneColour.hex("#D9A98C");
  public static final SceneColour CROSSHAIR = SceneColour.hex("#F29B38");

  private SceneColours() {}

  /**
   * The colour of an isotherm: the three of UI.md; any other temperature is refused, since a colour
   * no legend names would mislead.
   */
  public static SceneColour isotherm(double isothermC) {
    if (isothermC == 0) {
      return ISOTHERM_0_C;
    }
    if (isothermC == -20) {
      return ISOTHERM_MINUS_20_C;
    }
    if (isothermC == -40) {
      return ISOTHERM_MINUS_40_C;
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "no colour for the %.1f C isotherm: the scene shows 0, -20 and -40 C",
            isothermC));
  }
}
