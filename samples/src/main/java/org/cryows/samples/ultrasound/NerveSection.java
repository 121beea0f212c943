package org.cryows.samples.ultrasound;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A nerve cut across by the image plane: an ellipse of bright epineurium holding darker fascicles
 * (the honeycomb), placed at random but reproducibly inside it.
 *
 * @param id the nerve's catalog id (planner's NerveCatalog), e.g. {@code SMGN}
 * @param centreUMm lateral centre, world mm
 * @param centreYMm depth of the centre, mm
 * @param halfWidthMm half the lateral diameter
 * @param halfHeightMm half the depth diameter
 * @param courseUPerMm how far the nerve moves across per mm out of the plane
 * @param courseYPerMm how far it moves down per mm out of the plane
 * @param fascicles fascicle centres and radii relative to the nerve's centre: (du, dy, r) mm
 */
public record NerveSection(
    String id,
    double centreUMm,
    double centreYMm,
    double halfWidthMm,
    double halfHeightMm,
    double courseUPerMm,
    double courseYPerMm,
    List<double[]> fascicles) {

  public NerveSection {
    Objects.requireNonNull(id, "id");
    fascicles = fascicles.stream().map(double[]::clone).toList();
  }

  /**
   * A nerve with about {@code count} fascicles of radius 0.12-0.22 mm, placed from {@code seed}.
   */
  public static NerveSection withFascicles(
      String id,
      double centreUMm,
      double centreYMm,
      double halfWidthMm,
      double halfHeightMm,
      double courseUPerMm,
      double courseYPerMm,
      int count,
      long seed) {
    List<double[]> placed = new ArrayList<>();
    for (int attempt = 0; attempt < 400 && placed.size() < count; attempt++) {
      double r = 0.12 + 0.10 * Hashes.unit(seed, attempt, 0);
      double du = (2 * Hashes.unit(seed, attempt, 1) - 1) * (halfWidthMm - r - 0.15);
      double dy = (2 * Hashes.unit(seed, attempt, 2) - 1) * (halfHeightMm - r - 0.15);
      double inside = sq(du / (halfWidthMm - r - 0.15)) + sq(dy / (halfHeightMm - r - 0.15));
      if (halfWidthMm - r - 0.15 <= 0 || halfHeightMm - r - 0.15 <= 0 || inside > 1) {
        continue;
      }
      boolean clear = true;
      for (double[] f : placed) {
        if (Math.hypot(f[0] - du, f[1] - dy) < f[2] + r + 0.08) {
          clear = false;
          break;
        }
      }
      if (clear) {
        placed.add(new double[] {du, dy, r});
      }
    }
    return new NerveSection(
        id, centreUMm, centreYMm, halfWidthMm, halfHeightMm, courseUPerMm, courseYPerMm, placed);
  }

  /** What the nerve puts at a point, or null outside it. */
  Tissue tissueAt(double uMm, double yMm) {
    double du = uMm - centreUMm;
    double dy = yMm - centreYMm;
    if (sq(du / halfWidthMm) + sq(dy / halfHeightMm) > 1) {
      return null;
    }
    for (double[] f : fascicles) {
      if (sq(du - f[0]) + sq(dy - f[1]) <= f[2] * f[2]) {
        return Tissue.NERVE_FASCICLE;
      }
    }
    return Tissue.NERVE;
  }

  private static double sq(double v) {
    return v * v;
  }
}
