package org.cryows.probecontrol.interlock;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cryows.probecontrol.console.ConsoleIdentity;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/**
 * Builds interlock contexts for tests: a connected, freezing controller with a healthy sample, to
 * be changed one field at a time.
 */
final class ContextBuilder {

  long nowMs = 10_000;
  ControllerState state = ControllerState.FREEZING;
  boolean startAttempt;
  FreezeProtocol protocol = new FreezeProtocol(Gas.CO2, -60, List.of(new FreezeCycle(120, 60)));
  int cycleIndex;
  long phaseStartMs = 5_000;
  ConsoleIdentity identity = new ConsoleIdentity("SN-1", "1.0", "CRYO-14G", 2, 10);
  boolean newSample = true;
  long lastTelemetryMs = 10_000;
  long lastAdvancingTelemetryMs = 10_000;
  long lastConsoleHeartbeatMs = InterlockContext.NEVER;
  long connectedSinceMs = 0;
  boolean probeValveCommandedOpen = true;
  long probeValveCommandMs = 5_000;
  boolean supplyValveCommandedOpen = true;
  long supplyValveCommandMs = 3_000;
  boolean linesVented;
  boolean footSwitchActionPressed = true;
  Set<String> consoleAlarms = Set.of();
  Map<Fault, String> consoleFaults = new EnumMap<>(Fault.class);

  // Telemetry fields
  long consoleTimeMs = 50_000;
  double tipC = -60;
  double supplyKPa = 4_400;
  double returnKPa = 90;
  boolean probeSensedOpen = true;
  boolean supplySensedOpen = true;
  double skinC = 31;
  boolean estop;
  boolean footSwitch = true;
  int msSinceHeartbeat = 40;
  boolean noSample;

  /** What the console reports commanding, when it differs from the workstation's last command. */
  Boolean consoleProbeCommandedOpen;

  Boolean consoleSupplyCommandedOpen;

  Telemetry telemetry() {
    return new Telemetry(
        consoleTimeMs,
        tipC,
        tipC + 8,
        supplyKPa,
        returnKPa,
        consoleProbeCommandedOpen == null ? probeValveCommandedOpen : consoleProbeCommandedOpen,
        probeSensedOpen,
        consoleSupplyCommandedOpen == null ? supplyValveCommandedOpen : consoleSupplyCommandedOpen,
        supplySensedOpen,
        skinC,
        estop,
        footSwitch,
        msSinceHeartbeat);
  }

  InterlockContext build() {
    return new InterlockContext(
        nowMs,
        state,
        startAttempt,
        protocol,
        cycleIndex,
        phaseStartMs,
        identity,
        noSample ? null : telemetry(),
        newSample && !noSample,
        lastTelemetryMs,
        lastAdvancingTelemetryMs,
        lastConsoleHeartbeatMs,
        connectedSinceMs,
        probeValveCommandedOpen,
        probeValveCommandMs,
        supplyValveCommandedOpen,
        supplyValveCommandMs,
        linesVented,
        footSwitchActionPressed,
        consoleAlarms,
        consoleFaults);
  }

  /** A new sample {@code dtMs} later (console and session clocks both move on). */
  ContextBuilder after(long dtMs) {
    nowMs += dtMs;
    consoleTimeMs += dtMs;
    lastTelemetryMs = nowMs;
    lastAdvancingTelemetryMs = nowMs;
    newSample = true;
    return this;
  }
}
