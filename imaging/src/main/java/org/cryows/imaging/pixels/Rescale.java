package org.cryows.imaging.pixels;

/** The modality rescale: output = slope x stored value + intercept, in {@code type} units. */
public record Rescale(double slope, double intercept, String type) {

  public static final Rescale IDENTITY = new Rescale(1, 0, "");

  public Rescale {
    if (!Double.isFinite(slope) || slope == 0 || !Double.isFinite(intercept)) {
      throw new IllegalArgumentException(
          "a rescale has a finite non-zero slope and a finite intercept, not "
              + slope
              + " and "
              + intercept);
    }
    type = type == null ? "" : type;
  }

  public double apply(double stored) {
    return stored * slope + intercept;
  }
}
