package org.cryows.samples.ultrasound;

import java.util.Objects;

/**
 * An artery cut across by the image plane: a lumen of blood inside a bright wall, its diameter
 * pulsing with the heart.
 *
 * @param name e.g. {@code superior medial genicular artery}
 * @param centreUMm lateral centre, world mm
 * @param centreYMm depth of the centre, mm
 * @param lumenDiameterMm the lumen's diameter at end-diastole
 * @param wallMm wall thickness
 * @param pulseFraction how much the lumen widens at the systolic peak (0.08: 8 %)
 */
public record VesselSection(
    String name,
    double centreUMm,
    double centreYMm,
    double lumenDiameterMm,
    double wallMm,
    double pulseFraction) {
  public VesselSection {
    Objects.requireNonNull(name, "name");
    if (!(lumenDiameterMm > 0) || !(wallMm > 0) || pulseFraction < 0) {
      throw new IllegalArgumentException("a vessel has a lumen, a wall and a pulse >= 0");
    }
  }

  /** The lumen diameter at a point of the cardiac cycle given by the pulse wave (0 to 1). */
  public double lumenDiameterMm(double pulseWave) {
    return lumenDiameterMm * (1 + pulseFraction * pulseWave);
  }

  public double outerDiameterMm(double pulseWave) {
    return lumenDiameterMm(pulseWave) + 2 * wallMm;
  }
}
