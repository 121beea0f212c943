package org.cryows.planner.prediction;

import java.util.Objects;
import java.util.OptionalDouble;
import org.cryows.treatment.ConsoleCapabilities;

/**
 * How to model a prediction; the defaults suit a plan.
 *
 * @param path the model to use, or {@link ModelPath#AUTO} to let the case decide
 * @param spacingMm the finest grid spacing, else the path's default
 * @param timeStepSec the largest time step, else the path's default
 * @param sharpFront isothermal freezing at 0 C and pure conduction (the exact-solution conditions)
 * @param perfused blood perfusion and metabolic heat in unfrozen tissue (off for ex vivo tissue and
 *     phantoms; a sharp front has neither)
 * @param initialTemperatureC tissue temperature at the start, held at the far field
 * @param supplyPressureKPa the gas supply pressure, gauge: the console's regulated pressure
 * @param console the console that runs the protocol: its gases, regulated pressure, exhaust
 */
public record ModelOptions(
    ModelPath path,
    OptionalDouble spacingMm,
    OptionalDouble timeStepSec,
    boolean sharpFront,
    boolean perfused,
    double initialTemperatureC,
    double supplyPressureKPa,
    ConsoleCapabilities console) {

  public ModelOptions {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(spacingMm, "spacingMm");
    Objects.requireNonNull(timeStepSec, "timeStepSec");
    Objects.requireNonNull(console, "console");
    if (!(supplyPressureKPa >= 0) || !Double.isFinite(supplyPressureKPa)) {
      throw new IllegalArgumentException(
          "the supply pressure must be zero or positive kPa, got " + supplyPressureKPa);
    }
  }

  /**
   * Automatic path, default grid, mushy freezing with blood flow, body temperature, the console.
   */
  public static ModelOptions defaults() {
    var console = ConsoleCapabilities.STANDARD;
    return new ModelOptions(
        ModelPath.AUTO,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        false,
        true,
        PredictionDefaults.BODY_TEMPERATURE_C,
        console.regulatedSupplyKPa(),
        console);
  }

  public ModelOptions withPath(ModelPath newPath) {
    return new ModelOptions(
        newPath,
        spacingMm,
        timeStepSec,
        sharpFront,
        perfused,
        initialTemperatureC,
        supplyPressureKPa,
        console);
  }

  /** Tissue without blood flow at a temperature: ex vivo tissue or a phantom on a bench. */
  public ModelOptions exVivoAt(double temperatureC) {
    return new ModelOptions(
        path, spacingMm, timeStepSec, sharpFront, false, temperatureC, supplyPressureKPa, console);
  }

  /** Blood perfusion and metabolic heat in the model. */
  public boolean bioheat() {
    return perfused && !sharpFront;
  }
}
