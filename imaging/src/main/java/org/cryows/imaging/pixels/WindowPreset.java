package org.cryows.imaging.pixels;

/** A window (VOI) preset of the image: center and width in modality units (PS3.3 C.11.2.1.2). */
public record WindowPreset(double center, double width, String explanation) {
  public WindowPreset {
    if (!(width >= 1) || !Double.isFinite(center) || !Double.isFinite(width)) {
      throw new IllegalArgumentException(
          "a window has a finite center and a width of at least 1, not " + center + "/" + width);
    }
    explanation = explanation == null ? "" : explanation;
  }
}
