package org.cryows.probecontrol.interlock;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cryows.probecontrol.console.ConsoleIdentity;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/**
 * Everything an interlock may look at, as the controller knows it at {@code nowMs} (session clock).
 * Times are session milliseconds; {@link #NEVER} marks something that has not happened.
 *
 * @param startAttempt true while the controller checks an arm or a start before acting on it
 * @param protocol the loaded freeze protocol, or null
 * @param cycleIndex the running cycle (0-based) while FREEZING or THAWING
 * @param phaseStartMs when the running freeze or thaw began
 * @param identity what the console last reported about itself and its probe, or null
 * @param latest the last telemetry sample received, or null
 * @param newSample true when this check is the first one to see {@code latest}
 * @param lastTelemetryMs when the last sample of any kind arrived
 * @param lastAdvancingTelemetryMs when the console's clock last moved on: when it read the latest
 *     new console time, projected from the sample before (at most that sample's arrival; a lost
 *     sample's late copy does not count as fresh)
 * @param lastConsoleHeartbeatMs when the console's last heartbeat arrived
 * @param connectedSinceMs when the operator connected (NEVER while disconnected)
 * @param probeValveCommandedOpen the controller's last command to the probe valve
 * @param probeValveCommandMs when that command changed
 * @param supplyValveCommandedOpen the controller's last command to the supply shut-off valve
 * @param supplyValveCommandMs when that command changed
 * @param linesVented the line has been vented (a vent commanded, a console safety trip, or the
 *     console's self-test) and the supply has not been opened since
 * @param footSwitchActionPressed the foot switch as the workstation's own input reports it
 * @param consoleAlarms codes of the console's own alarms now raised
 * @param consoleFaults faults the console has reported present in its event frames and not yet
 *     ended, each with the console's detail
 */
public record InterlockContext(
    long nowMs,
    ControllerState state,
    boolean startAttempt,
    FreezeProtocol protocol,
    int cycleIndex,
    long phaseStartMs,
    ConsoleIdentity identity,
    Telemetry latest,
    boolean newSample,
    long lastTelemetryMs,
    long lastAdvancingTelemetryMs,
    long lastConsoleHeartbeatMs,
    long connectedSinceMs,
    boolean probeValveCommandedOpen,
    long probeValveCommandMs,
    boolean supplyValveCommandedOpen,
    long supplyValveCommandMs,
    boolean linesVented,
    boolean footSwitchActionPressed,
    Set<String> consoleAlarms,
    Map<Fault, String> consoleFaults) {

  /** Marks a time that has not come yet. */
  public static final long NEVER = Long.MIN_VALUE;

  public InterlockContext {
    if (state == null) {
      throw new IllegalArgumentException("state is required");
    }
    consoleAlarms = Set.copyOf(consoleAlarms);
    consoleFaults = consoleFaults.isEmpty() ? Map.of() : Map.copyOf(consoleFaults);
  }

  /**
   * The console's own word that {@code fault} is present (its event frame's detail), or empty. An
   * interlock treats it as one more reading of its condition, subject to the same gates as the
   * telemetry (state, fill time): it trips on whichever shows the fault first.
   */
  public Optional<String> consoleReports(Fault fault) {
    return Optional.ofNullable(consoleFaults.get(fault));
  }

  public boolean hasSample() {
    return latest != null;
  }

  public boolean connected() {
    return connectedSinceMs != NEVER;
  }

  /** The gas in use: the protocol's, or N2O (the coldest) when none is loaded. */
  public Gas gasOrColdest() {
    return protocol == null ? Gas.N2O : protocol.gas();
  }

  /** The running cycle, when a protocol runs. */
  public FreezeCycle currentCycle() {
    if (protocol == null || cycleIndex < 0 || cycleIndex >= protocol.cycles().size()) {
      return null;
    }
    return protocol.cycles().get(cycleIndex);
  }

  /** Milliseconds since {@code sinceMs}, or Long.MAX_VALUE when it never happened. */
  public long msSince(long sinceMs) {
    return sinceMs == NEVER ? Long.MAX_VALUE : nowMs - sinceMs;
  }

  /** The same context with the state the controller is about to enter, for an arm or start. */
  public InterlockContext asStartAttempt(ControllerState prospectiveState, long phaseStart) {
    return new InterlockContext(
        nowMs,
        prospectiveState,
        true,
        protocol,
        0,
        phaseStart,
        identity,
        latest,
        false,
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
}
