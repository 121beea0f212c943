package org.cryows.planner.thermal.axisym;

import java.util.OptionalDouble;
import org.cryows.planner.thermal.InvalidThermalInputException;

/**
 * The skin as a plane across the probe shaft, {@code depthAboveTipMm} above the tip, losing or
 * gaining heat by convection: q = h (T_env - T_skin). With a skin warmer the environment is the
 * warmer at its set temperature, else room air.
 *
 * @param heatTransferCoefficientWPerM2K about 10 W/(m2 K) for still air; more for a warmer pad
 */
public record SkinSurface(
    double depthAboveTipMm,
    double heatTransferCoefficientWPerM2K,
    double ambientC,
    OptionalDouble warmerC) {

  /** Natural convection to still room air, order of magnitude (textbook range 2-25 W/(m2 K)). */
  public static final double STILL_AIR_W_PER_M2K = 10;

  public SkinSurface {
    if (!(depthAboveTipMm > 0) || !Double.isFinite(depthAboveTipMm)) {
      throw new InvalidThermalInputException(
          "the skin must lie above the tip: depth " + depthAboveTipMm + " mm");
    }
    if (!(heatTransferCoefficientWPerM2K >= 0)
        || !Double.isFinite(heatTransferCoefficientWPerM2K)) {
      throw new InvalidThermalInputException(
          "skin heat transfer coefficient must be zero or positive, got "
              + heatTransferCoefficientWPerM2K);
    }
    if (!Double.isFinite(ambientC) || ambientC < -273.15) {
      throw new InvalidThermalInputException("skin ambient temperature is not physical");
    }
    if (warmerC.isPresent() && !(warmerC.getAsDouble() > 0 && warmerC.getAsDouble() < 50)) {
      throw new InvalidThermalInputException(
          "a skin warmer must be set between 0 and 50 C, got " + warmerC.getAsDouble());
    }
  }

  /** The temperature the skin exchanges heat with: the warmer when there is one. */
  public double environmentC() {
    return warmerC.orElse(ambientC);
  }
}
