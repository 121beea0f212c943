package org.cryows.planner.thermal;

/**
 * How a probe takes heat out of the tissue touching its active segment. Holding the probe surface
 * at the gas boiling point grossly over-predicts the ice of thin needles (DOMAIN.md), so a probe
 * carries a cooling law meant to be fitted to measured ice balls.
 */
public sealed interface ProbeCooling {

  /**
   * A prescribed heat extraction per unit active length. The console needs time to reach full flow
   * (first-order rise with {@code rampTimeConstantSec}, 0 for a step), and extraction scales with
   * supply pressure relative to the nominal one: choked flow through the Joule-Thomson orifice is
   * proportional to the upstream pressure, so a first-order law is linear in pressure.
   */
  record LineHeatExtraction(
      double nominalWattsPerM, double rampTimeConstantSec, double nominalSupplyPressureKPa)
      implements ProbeCooling {

    public LineHeatExtraction {
      if (!(nominalWattsPerM > 0) || !Double.isFinite(nominalWattsPerM)) {
        throw new IllegalArgumentException(
            "heat extraction must be positive, got " + nominalWattsPerM + " W/m");
      }
      if (!(rampTimeConstantSec >= 0) || !Double.isFinite(rampTimeConstantSec)) {
        throw new IllegalArgumentException(
            "ramp time constant must be zero or positive, got " + rampTimeConstantSec + " s");
      }
      if (!(nominalSupplyPressureKPa > 0) || !Double.isFinite(nominalSupplyPressureKPa)) {
        throw new IllegalArgumentException(
            "nominal supply pressure must be positive, got " + nominalSupplyPressureKPa + " kPa");
      }
    }

    /** Heat taken out per metre of active length at that time into the freeze, W/m. */
    public double wattsPerMeter(double timeSec, double supplyPressureKPa) {
      double ramp = rampTimeConstantSec == 0 ? 1 : -Math.expm1(-timeSec / rampTimeConstantSec);
      double pressureShare = Math.max(0, supplyPressureKPa / nominalSupplyPressureKPa);
      return nominalWattsPerM * ramp * pressureShare;
    }
  }

  /**
   * Convection from the probe wall to expanding gas at a fixed temperature: the heat flux leaving
   * the tissue is h (T_surface - T_gas).
   */
  record ConvectiveCooling(double heatTransferCoefficientWPerM2K, double gasTemperatureC)
      implements ProbeCooling {

    public ConvectiveCooling {
      if (!(heatTransferCoefficientWPerM2K > 0)
          || !Double.isFinite(heatTransferCoefficientWPerM2K)) {
        throw new IllegalArgumentException(
            "heat transfer coefficient must be positive, got " + heatTransferCoefficientWPerM2K);
      }
      if (!Double.isFinite(gasTemperatureC) || gasTemperatureC < -273.15) {
        throw new IllegalArgumentException("gas temperature is not physical: " + gasTemperatureC);
      }
    }
  }
}
