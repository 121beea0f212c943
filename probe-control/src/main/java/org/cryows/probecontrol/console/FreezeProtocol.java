package org.cryows.probecontrol.console;

import java.util.List;

/**
 * What one operator start runs: each cycle's freeze then its thaw, regulating the tip to {@code
 * setpointC}. A setpoint colder than the gas can reach is refused here, with the reason.
 */
public record FreezeProtocol(Gas gas, double setpointC, List<FreezeCycle> cycles) {
  /** No freeze protocol has more cycles than this. */
  public static final int MAX_CYCLES = 10;

  /** Setpoints warmer than this would not freeze tissue to a neurolytic temperature. */
  public static final double WARMEST_SETPOINT_C = -20;

  public FreezeProtocol {
    if (gas == null) {
      throw new IllegalArgumentException("gas is required");
    }
    if (!Double.isFinite(setpointC)) {
      throw new IllegalArgumentException("setpointC must be a number, was " + setpointC);
    }
    if (setpointC < gas.coldestTipC()) {
      throw new IllegalArgumentException(
          "setpoint "
              + setpointC
              + " C is colder than "
              + gas
              + " can reach ("
              + gas.coldestTipC()
              + " C at the exhaust pressure)");
    }
    if (setpointC > WARMEST_SETPOINT_C) {
      throw new IllegalArgumentException(
          "setpoint " + setpointC + " C is warmer than " + WARMEST_SETPOINT_C + " C");
    }
    if (cycles == null || cycles.isEmpty() || cycles.size() > MAX_CYCLES) {
      throw new IllegalArgumentException(
          "a protocol has 1 to "
              + MAX_CYCLES
              + " cycles, was "
              + (cycles == null ? 0 : cycles.size()));
    }
    cycles = List.copyOf(cycles);
  }

  /** Total planned freezing time, in seconds. */
  public double totalFreezeSec() {
    return cycles.stream().mapToDouble(FreezeCycle::freezeSec).sum();
  }
}
