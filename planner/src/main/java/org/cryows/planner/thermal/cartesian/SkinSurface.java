package org.cryows.planner.thermal.cartesian;

import java.util.Objects;

/**
 * A face of the domain that is skin: it exchanges heat with the air, or with a skin warmer, through
 * a surface heat-transfer coefficient, q = h (T_skin - T_ambient). Faces that are not skin are far
 * field, held at the initial (body) temperature.
 *
 * @param ambientC air temperature, or the set point of a skin warmer
 */
public record SkinSurface(DomainFace face, double heatTransferCoefficientWPerM2K, double ambientC) {

  /** Still air on skin, natural convection and radiation together (order of magnitude). */
  public static final double STILL_AIR_WPerM2K = 10;

  public SkinSurface {
    Objects.requireNonNull(face, "face");
    if (!(heatTransferCoefficientWPerM2K > 0) || !Double.isFinite(heatTransferCoefficientWPerM2K)) {
      throw new IllegalArgumentException(
          "skin on "
              + face
              + ": heat transfer coefficient must be positive, got "
              + heatTransferCoefficientWPerM2K);
    }
    if (!Double.isFinite(ambientC) || ambientC < -273.15) {
      throw new IllegalArgumentException(
          "skin on " + face + ": ambient temperature is not physical: " + ambientC + " C");
    }
  }
}
