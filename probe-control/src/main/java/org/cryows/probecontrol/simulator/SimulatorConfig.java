package org.cryows.probecontrol.simulator;

import org.cryows.probecontrol.console.ConsoleIdentity;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.Gas;

/**
 * What a simulated console is fitted with: its gas cylinder (gas, fill, volume, temperature), the
 * identity it reports (serial, firmware, probe and its use count) and whether its firmware sends
 * event frames.
 *
 * @param cylinderTempC the cylinder's temperature, which sets its pressure while liquid remains
 * @param eventFrames the firmware reports the faults it detects at once in event frames; false for
 *     a firmware that predates them, which shows faults in its telemetry only (the baseline the
 *     bench compares with)
 */
public record SimulatorConfig(
    Gas gas,
    double cylinderFillKg,
    double cylinderVolumeL,
    double cylinderTempC,
    ConsoleIdentity identity,
    boolean eventFrames) {

  /**
   * Default CO2 cylinder: 2.27 kg (the common 5 lb size) in 3.4 L, a filling ratio of 0.67 kg/L,
   * the usual maximum for CO2 [check]. At the design flow it keeps the regulator supplied for about
   * 75 minutes of continuous freezing (CylinderEnduranceTest).
   */
  public static final double CO2_FILL_KG = 2.27;

  public static final double CO2_VOLUME_L = 3.4;

  /**
   * Default N2O cylinder: 3.0 kg in 4.0 L, a filling ratio of 0.75 kg/L, the usual maximum for N2O
   * [check]; about 105 minutes of continuous freezing at the design flow.
   */
  public static final double N2O_FILL_KG = 3.0;

  public static final double N2O_VOLUME_L = 4.0;

  /** Cylinder temperature by default: a room at 20 C. */
  public static final double ROOM_C = 20;

  public SimulatorConfig {
    if (gas == null) {
      throw new IllegalArgumentException("gas is required");
    }
    if (!ConsoleCapabilities.STANDARD.drives(gas)) {
      throw new IllegalArgumentException(
          "the console holds " + ConsoleCapabilities.STANDARD.gasNames() + ", not " + gas);
    }
    if (identity == null) {
      throw new IllegalArgumentException("identity is required");
    }
    // The cylinder checks its own figures; building one here reports bad ones at once.
    new GasCylinder(gas, cylinderFillKg, cylinderVolumeL, cylinderTempC);
  }

  /**
   * A console with a full default cylinder of {@code gas} at room temperature, a fresh probe and a
   * firmware that sends event frames.
   */
  public static SimulatorConfig defaults(Gas gas) {
    ConsoleIdentity identity = new ConsoleIdentity("SIM-0001", "sim-1.0.0", "CRYO-14G-SIM", 0, 5);
    return switch (gas) {
      case CO2 -> new SimulatorConfig(gas, CO2_FILL_KG, CO2_VOLUME_L, ROOM_C, identity, true);
      case N2O -> new SimulatorConfig(gas, N2O_FILL_KG, N2O_VOLUME_L, ROOM_C, identity, true);
      case ARGON ->
          throw new IllegalArgumentException(
              "the console holds " + ConsoleCapabilities.STANDARD.gasNames() + ", not ARGON");
    };
  }

  public SimulatorConfig withIdentity(ConsoleIdentity newIdentity) {
    return new SimulatorConfig(
        gas, cylinderFillKg, cylinderVolumeL, cylinderTempC, newIdentity, eventFrames);
  }

  public SimulatorConfig withCylinder(double fillKg, double volumeL, double tempC) {
    return new SimulatorConfig(gas, fillKg, volumeL, tempC, identity, eventFrames);
  }

  /** The same console with a firmware that sends no event frames: telemetry alone shows faults. */
  public SimulatorConfig withoutEventFrames() {
    return new SimulatorConfig(
        gas, cylinderFillKg, cylinderVolumeL, cylinderTempC, identity, false);
  }
}
