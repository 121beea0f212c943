package org.cryows.treatment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A treatment as the plan states it and the console runs it: the gas, the tip setpoint the console
 * regulates to, and the freeze-thaw cycles. A setpoint colder than the gas can reach is refused
 * here, with the reason; so is an active thaw without its heating.
 *
 * @param setpointC the tip temperature the console holds while freezing; the gas's coldest tip
 *     temperature means "as cold as the gas goes" (the valve stays open)
 * @param activeThaw how the probe heats during the cycles' active thaws, if any has one
 */
public record FreezeProtocol(
    Gas gas, double setpointC, List<FreezeCycle> cycles, Optional<ActiveThaw> activeThaw) {

  /** No freeze protocol has more cycles than this. */
  public static final int MAX_CYCLES = 10;

  /** Setpoints warmer than this would not freeze tissue to a neurolytic temperature. */
  public static final double WARMEST_SETPOINT_C = -20;

  public FreezeProtocol {
    if (gas == null) {
      throw new IllegalArgumentException("gas is required");
    }
    Objects.requireNonNull(activeThaw, "activeThaw");
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
    if (activeThaw.isEmpty() && cycles.stream().anyMatch(c -> c.activeThawSec() > 0)) {
      throw new IllegalArgumentException(
          "an active thaw needs its heating: a heat input or a warm wall");
    }
  }

  /** Freezes with passive thaws only: what the console runs. */
  public FreezeProtocol(Gas gas, double setpointC, List<FreezeCycle> cycles) {
    this(gas, setpointC, cycles, Optional.empty());
  }

  /** Regulated as cold as the gas goes: the console keeps the valve open through each freeze. */
  public static FreezeProtocol coldestFor(Gas gas, List<FreezeCycle> cycles) {
    return new FreezeProtocol(gas, gas.coldestTipC(), cycles);
  }

  /** Total planned freezing time, in seconds. */
  public double totalFreezeSec() {
    return FreezeCycle.totalFreezeSec(cycles);
  }

  /** Total length, freezes and thaws, in seconds. */
  public double totalSec() {
    return FreezeCycle.totalSec(cycles);
  }

  /** The phases on the time line, from the start of the first freeze. */
  public List<FreezeCycle.Phase> phases() {
    return FreezeCycle.phases(cycles);
  }

  public boolean hasActiveThaw() {
    return cycles.stream().anyMatch(c -> c.activeThawSec() > 0);
  }
}
