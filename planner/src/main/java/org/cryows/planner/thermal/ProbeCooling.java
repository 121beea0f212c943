package org.cryows.planner.thermal;

/**
 * How a probe takes heat out of the tissue touching its active segment. Holding the probe surface
 * at the gas boiling point grossly over-predicts the ice of thin needles (DOMAIN.md), so a probe
 * carries a cooling law meant to be fitted to measured ice balls.
 *
 * <p>The solvers run the laws with fixed parameters ({@link LineHeatExtraction}, {@link
 * ConvectiveCooling}); a {@link RegulatedTip} depends on the protocol and the console and is first
 * turned into one of them by the prediction service; a {@link SurfaceTemperature} is a boundary
 * condition the 1-D and axisymmetric geometries resolve as a wall (a 3-D line source has no
 * surface).
 */
public sealed interface ProbeCooling {

  /** True for a law a solver can run as it is: a W/m extraction or convection to a fixed gas. */
  default boolean isFixedLaw() {
    return this instanceof LineHeatExtraction || this instanceof ConvectiveCooling;
  }

  /** The error of a solver handed a law it does not run (its problem should have refused it). */
  static IllegalStateException notAFixedLaw() {
    return new IllegalStateException(
        "a regulated tip or a surface temperature reached a solver: its problem should have"
            + " refused it");
  }

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

  /**
   * Convection from the tissue to a tip that a console holds at a regulated temperature: the warmer
   * of the protocol's setpoint and what the probe's gas reaches at the supply pressure ({@link
   * org.cryows.treatment.JouleThomsonTip#heldTipC}). The same lumped tip the console simulator
   * integrates, so a prediction freezes with the tip the console delivers; h stands for the wall
   * and the contact between the tip and the ice, estimated.
   */
  record RegulatedTip(double heatTransferCoefficientWPerM2K) implements ProbeCooling {

    public RegulatedTip {
      if (!(heatTransferCoefficientWPerM2K > 0)
          || !Double.isFinite(heatTransferCoefficientWPerM2K)) {
        throw new IllegalArgumentException(
            "heat transfer coefficient must be positive, got " + heatTransferCoefficientWPerM2K);
      }
    }

    /** The fixed law of a tip held at that temperature. */
    public ConvectiveCooling heldAt(double tipC) {
      return new ConvectiveCooling(heatTransferCoefficientWPerM2K, tipC);
    }
  }

  /**
   * The active surface held at a fixed temperature: the exact-solution cases and phantom checks
   * ({@code iceball --wall-temp}). Not a probe model for planning: thin needles held at their gas's
   * temperature grossly over-predict the ice (DOMAIN.md).
   */
  record SurfaceTemperature(double temperatureC) implements ProbeCooling {

    public SurfaceTemperature {
      if (!Double.isFinite(temperatureC) || temperatureC < -273.15) {
        throw new IllegalArgumentException("surface temperature is not physical: " + temperatureC);
      }
    }
  }
}
