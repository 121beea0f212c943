package org.cryows.ui.model;

import java.util.List;
import java.util.Locale;

/**
 * The CT windows a reader expects, in Hounsfield units (centre / width), as Radiopaedia's
 * "Windowing (CT)" article lists them: soft tissue W 350-400 L 20-60, bone W 1800 L 400, lungs W
 * 1500 L -600. The 2-D viewer and the plane views offer the same ones.
 */
public final class CtWindows {

  /** A named CT window. */
  public record CtWindow(String name, double center, double width) {
    /** "CT soft tissue (C 40 W 400)" */
    public String label() {
      return String.format(Locale.ROOT, "%s (C %.0f W %.0f)", name, center, width);
    }
  }

  public static final CtWindow SOFT_TISSUE = new CtWindow("CT soft tissue", 40, 400);
  public static final CtWindow BONE = new CtWindow("CT bone", 400, 1800);
  public static final CtWindow LUNG = new CtWindow("CT lung", -600, 1500);

  public static final List<CtWindow> ALL = List.of(SOFT_TISSUE, BONE, LUNG);

  private CtWindows() {}
}
