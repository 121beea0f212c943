package org.cryows.probecontrol.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cryows.probecontrol.alarm.ActiveAlarm;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.controller.ProbeController;
import org.cryows.probecontrol.interlock.FailureToFreezeInterlock;
import org.cryows.probecontrol.interlock.SkinTemperatureLowInterlock;
import org.cryows.probecontrol.interlock.TipSensorInterlock;
import org.cryows.probecontrol.journal.AlarmEventType;
import org.cryows.probecontrol.journal.JournalEvent;
import org.cryows.probecontrol.journal.JournalRecord;
import org.cryows.probecontrol.simulator.ConsoleSimulator;
import org.cryows.probecontrol.simulator.ScheduledFault;
import org.cryows.probecontrol.simulator.SimulatorConfig;
import org.cryows.probecontrol.transport.BytePort;
import org.cryows.treatment.FreezeProtocol;

/**
 * Runs one {@link SessionCase} through the real wiring ({@link SimulatedSession}: controller,
 * journal, wire protocol, console simulator) on simulated time, and checks the safety invariants as
 * it goes. Violations are collected, not thrown, so a property reports them with the case.
 *
 * <p>Checked, with the console's own sensors as the judge of whether gas flows:
 *
 * <ul>
 *   <li>the probe valve is commanded open only in FREEZING, with no interlock active and telemetry
 *       younger than 250 ms (checked as the command is journaled, before it is sent);
 *   <li>every fault stops the gas within its deadline (probe valve sensed closed; for a stuck probe
 *       valve the supply shut-off sensed closed): 100 ms from the onset of e-stop, foot switch
 *       released, tip sensor open or shorted, supply pressure low; from the moment the hazard shows
 *       for skin temperature low (skin below the interlock's limit), supply pressure high and
 *       exhaust blocked (pressure above the console's over-pressure limit) and a stuck valve
 *       (sensed open while the console commands it closed); for link loss and firmware hang the
 *       controller commands the valve closed within 300 ms and the console's watchdog has it closed
 *       within 500 ms; no freeze goes on for more than 20 s (and a sample) with the tip warmer than
 *       -20 C; a leak with the line closed in is tripped on within 10 s;
 *   <li>the console acts only on commands journaled before, in the order journaled, unchanged;
 *   <li>every high and medium alarm on the controller's list was journaled as raised, with its
 *       onset time;
 *   <li>replaying the journal through a fresh controller reproduces it record for record.
 * </ul>
 *
 * Steps are at most 5 ms and fall on every fault's start and end, so onsets are exact and the
 * deadlines hold to the step.
 */
final class SessionCheck {
  static final long DEADLINE_MS = 100;
  static final long LINK_DEADLINE_MS = 300;
  static final long CONSOLE_WATCHDOG_MS = 500;
  static final long FREEZE_FAILURE_MS = FailureToFreezeInterlock.WINDOW_MS + 100;
  static final long LEAK_DEADLINE_MS = 10_000;
  static final double LEAK_WATCH_FROM_KPA = 1_000;

  /** Faults the console acts on by itself: their deadline holds whatever the link does. */
  private static final Set<Fault> CONSOLE_FAULTS = Set.of(Fault.ESTOP);

  /**
   * Faults only the controller sees, in telemetry: while the link is down or noisy no sample may
   * carry them, so their deadline counts from when the link is clean again (meanwhile the link loss
   * deadlines govern).
   */
  private static final Set<Fault> TELEMETRY_FAULTS =
      Set.of(Fault.FOOT_SWITCH_RELEASED, Fault.TIP_SENSOR_OPEN, Fault.SUPPLY_PRESSURE_LOW);

  private static final Set<Fault> LINK_DISTURBANCES =
      Set.of(Fault.COMM_LOSS, Fault.FIRMWARE_HANG, Fault.LINE_NOISE);

  /**
   * Over-pressure as the console defines it (docs/simulator.md: supply above 4830 kPa, return above
   * 345 kPa). A failed-open regulator or a blocked exhaust builds pressure over time, so their
   * deadline counts from when the pressure crosses the limit, not from the fault's start.
   */
  static final double SUPPLY_OVER_PRESSURE_KPA = 4830;

  static final double RETURN_OVER_PRESSURE_KPA = 345;

  final SessionCase sessionCase;
  final List<JournalRecord> journal = new ArrayList<>();
  final List<String> violations = new ArrayList<>();
  final List<ConsoleCommand> receivedByConsole = new ArrayList<>();
  final SimulatedSession run;

  private final RecordSink extraSink;
  private final Map<Fault, Long> onsetMs = new EnumMap<>(Fault.class);
  private final Set<String> journaledRaises = new HashSet<>();
  private final List<ConsoleCommand> journaledCommands = new ArrayList<>();
  private int matchedCommands;

  private Telemetry lastTelemetry;
  private long lastFreshTelemetryMs = Long.MIN_VALUE;
  private boolean probeCommandedOpen;
  private long ventedAtMs = Long.MIN_VALUE;

  private long skinLowSinceMs = Long.MIN_VALUE;
  private long shortVisibleSinceMs = Long.MIN_VALUE;
  private long flowingSinceMs = Long.MIN_VALUE;
  private long linkDisturbedMs = Long.MIN_VALUE;
  private long supplyHighSinceMs = Long.MIN_VALUE;
  private long exhaustHighSinceMs = Long.MIN_VALUE;
  private long stuckSinceMs = Long.MIN_VALUE;
  private long firmwareHungMs = Long.MIN_VALUE;
  private long coldOrIdleMs;
  private long leakWatchSinceMs = Long.MIN_VALUE;
  private boolean sawFreezing;
  private boolean sawComplete;

  /**
   * @param extraSink also receives every record (a journal file), may be null
   */
  SessionCheck(SessionCase sessionCase, BytePort workstation, BytePort console, RecordSink extra) {
    this.sessionCase = sessionCase;
    this.extraSink = extra;
    var events = new JournalingEvents(this::onRecord, Clock.systemUTC(), "nurse.test");
    this.run =
        new SimulatedSession(
            workstation,
            console,
            sessionCase.eventFrames()
                ? SimulatorConfig.defaults(sessionCase.gas())
                : SimulatorConfig.defaults(sessionCase.gas()).withoutEventFrames(),
            events,
            sessionCase.seed());
    run.console().setCommandObserver(this::onConsoleCommand);
    run.loop().setObserver(this::afterStep);
  }

  /** Runs the case to its end, then replays the journal; returns this for the results. */
  SessionCheck run() {
    ConsoleSimulator sim = run.simulator();
    sessionCase.faults().forEach(sim::inject);
    var edges = new TreeSet<Long>();
    sessionCase.steps().forEach(s -> edges.add(s.atMs()));
    for (ScheduledFault f : sessionCase.faults()) {
      edges.add(f.startMs());
      if (!f.lastsUntilEnd()) {
        edges.add(f.endMs());
      }
    }
    edges.add(sessionCase.durationMs());
    int next = 0;
    for (long edge : edges.headSet(sessionCase.durationMs(), true)) {
      run.advanceTo(edge);
      while (next < sessionCase.steps().size() && sessionCase.steps().get(next).atMs() <= edge) {
        apply(sessionCase.steps().get(next++));
      }
    }
    run.session().journal().failure().ifPresent(e -> violations.add("journal failed: " + e));
    checkReplay();
    return this;
  }

  boolean reachedFreezing() {
    return sawFreezing;
  }

  boolean reachedComplete() {
    return sawComplete;
  }

  ProbeController controller() {
    return run.session().controller();
  }

  /** Alarms of high or medium priority raised in the journal. */
  List<String> seriousAlarmsRaised() {
    List<String> raised = new ArrayList<>();
    for (JournalRecord r : journal) {
      if (r.event() instanceof JournalEvent.AlarmEvent a
          && a.event() == AlarmEventType.RAISED
          && a.priority() != AlarmPriority.LOW) {
        raised.add(r.tMs() + " ms " + a.alarm() + " (" + a.message() + ")");
      }
    }
    return raised;
  }

  // ------------------------------------------------------------------ driving

  private void apply(SessionCase.Step step) {
    long t = run.nowMs();
    OperatorAction action =
        switch (step.kind()) {
          case CONNECT -> new OperatorAction.Connect();
          case SELF_TEST -> new OperatorAction.SelfTest();
          case LOAD ->
              new OperatorAction.LoadProtocol(
                  sessionCase.gas(), sessionCase.setpointC(), sessionCase.cycles());
          case ARM -> new OperatorAction.Arm();
          case PEDAL_DOWN -> new OperatorAction.FootSwitch(true);
          case PEDAL_UP -> new OperatorAction.FootSwitch(false);
          case START -> new OperatorAction.Start();
          case STOP -> new OperatorAction.Stop();
          case ESTOP -> new OperatorAction.EStop();
          case ACK_ONE -> new OperatorAction.Acknowledge(pickAlarm(t, step.pick()));
          case ACK_ALL -> null;
          case PAUSE_ONE -> new OperatorAction.PauseAudio(pickAlarm(t, step.pick()));
        };
    if (action != null) {
      run.act(action);
      return;
    }
    for (ActiveAlarm alarm : controller().alarms(t).alarms()) {
      run.act(new OperatorAction.Acknowledge(alarm.code()));
    }
  }

  private String pickAlarm(long t, int pick) {
    List<ActiveAlarm> active = controller().alarms(t).alarms();
    return active.isEmpty() ? "NO_SUCH_ALARM" : active.get(pick % active.size()).code();
  }

  // ------------------------------------------------------------------ journal side

  /** Every record, as it is appended: before the controller acts on it. */
  private void onRecord(JournalRecord record) {
    journal.add(record);
    if (extraSink != null) {
      extraSink.append(record);
    }
    switch (record.event()) {
      case JournalEvent.TelemetrySample s -> {
        if (lastTelemetry == null
            || s.telemetry().consoleTimeMs() != lastTelemetry.consoleTimeMs()) {
          lastFreshTelemetryMs = record.tMs();
        }
        lastTelemetry = s.telemetry();
      }
      case JournalEvent.CommandIssued c -> onCommandJournaled(record.tMs(), c.command());
      case JournalEvent.AlarmEvent a -> {
        if (a.event() == AlarmEventType.RAISED) {
          journaledRaises.add(a.alarm() + "@" + record.tMs());
        }
      }
      case JournalEvent.StateChanged s -> {
        sawFreezing |= s.state() == ControllerState.FREEZING;
        sawComplete |= s.state() == ControllerState.COMPLETE;
      }
      case JournalEvent.OperatorAction a -> {}
    }
  }

  private void onCommandJournaled(long tMs, ConsoleCommand command) {
    if (!(command instanceof ConsoleCommand.Heartbeat)) {
      journaledCommands.add(command);
    }
    switch (command) {
      case ConsoleCommand.SetProbeValve v -> {
        if (v.open()) {
          checkMayOpen(tMs);
        }
        probeCommandedOpen = v.open();
      }
      case ConsoleCommand.Stop s -> probeCommandedOpen = false;
      case ConsoleCommand.Vent v -> {
        probeCommandedOpen = false;
        ventedAtMs = tMs;
      }
      default -> {}
    }
  }

  /** The controller is about to open the probe valve: it must be allowed to. */
  private void checkMayOpen(long tMs) {
    ProbeController controller = controller();
    String at = tMs + " ms: probe valve commanded open ";
    if (controller.state() != ControllerState.FREEZING) {
      violations.add(at + "in " + controller.state());
    }
    if (!controller.activeInterlocks().isEmpty()) {
      violations.add(at + "with interlocks active " + controller.activeInterlocks());
    }
    if (tMs - lastFreshTelemetryMs >= ProbeController.MAX_TELEMETRY_AGE_MS) {
      violations.add(at + "on telemetry " + (tMs - lastFreshTelemetryMs) + " ms old");
    }
  }

  /** The console acts only on what was journaled first, in order and unchanged. */
  private void onConsoleCommand(ConsoleCommand command) {
    if (command instanceof ConsoleCommand.Heartbeat) {
      return;
    }
    receivedByConsole.add(command);
    while (matchedCommands < journaledCommands.size()
        && !journaledCommands.get(matchedCommands).equals(command)) {
      matchedCommands++; // commands the console never got (given up by the link)
    }
    if (matchedCommands == journaledCommands.size()) {
      violations.add(
          run.nowMs() + " ms: the console received " + command + ", not journaled (in this order)");
    } else {
      matchedCommands++;
    }
  }

  // ------------------------------------------------------------------ console side

  private void afterStep(long t) {
    ConsoleSimulator sim = run.simulator();
    Telemetry sensors = sim.readSensors();
    Set<Fault> active = sim.activeFaults();
    flowingSinceMs = track(flowingSinceMs, !gasStopped(sensors), t);
    for (Fault f : Fault.values()) {
      if (!active.contains(f)) {
        onsetMs.remove(f);
      } else {
        onsetMs.putIfAbsent(f, t);
      }
    }
    if (active.stream().anyMatch(LINK_DISTURBANCES::contains)) {
      linkDisturbedMs = t;
    }
    if (active.contains(Fault.FIRMWARE_HANG)) {
      // Neither the console's firmware nor the controller (no telemetry) can act on what the
      // sensors show: the hardware watchdog's 500 ms governs meanwhile (checked with
      // FIRMWARE_HANG); the 100 ms of pressure and stuck-valve hazards count from the hang's end.
      firmwareHungMs = t;
    }
    for (Fault f : CONSOLE_FAULTS) {
      if (onsetMs.containsKey(f)) {
        // The simulated e-stop acts through the firmware: a hung one leaves it to the hardware
        // watchdog (500 ms, checked with FIRMWARE_HANG). See docs/hazards.md.
        requireProbeClosed(t, afterHang(onsetMs.get(f)), DEADLINE_MS, f.name(), sensors);
      }
    }
    for (Fault f : TELEMETRY_FAULTS) {
      if (onsetMs.containsKey(f)) {
        requireProbeClosed(
            t, Math.max(onsetMs.get(f), linkDisturbedMs), DEADLINE_MS, f.name(), sensors);
      }
    }
    // A short reading a plausible 25 C shows once gas passes the tip and the reading does not
    // follow it (docs/controller.md): from then on, 100 ms.
    shortVisibleSinceMs =
        track(
            shortVisibleSinceMs,
            active.contains(Fault.TIP_SENSOR_SHORT) && gasPassesTheTip(sensors),
            t);
    if (shortVisibleSinceMs != Long.MIN_VALUE) {
      requireProbeClosed(
          t,
          Math.max(shortVisibleSinceMs, linkDisturbedMs),
          DEADLINE_MS,
          "TIP_SENSOR_SHORT (gas passing the tip)",
          sensors);
    }
    skinLowSinceMs =
        track(skinLowSinceMs, sensors.skinC() < SkinTemperatureLowInterlock.MIN_SKIN_C, t);
    if (skinLowSinceMs != Long.MIN_VALUE) {
      requireProbeClosed(
          t,
          Math.max(skinLowSinceMs, linkDisturbedMs),
          DEADLINE_MS,
          "skin below the limit",
          sensors);
    }
    supplyHighSinceMs = track(supplyHighSinceMs, sensors.supplyKPa() > SUPPLY_OVER_PRESSURE_KPA, t);
    requireProbeClosed(
        t, afterHang(supplyHighSinceMs), DEADLINE_MS, "supply over-pressure", sensors);
    exhaustHighSinceMs =
        track(exhaustHighSinceMs, sensors.returnKPa() > RETURN_OVER_PRESSURE_KPA, t);
    requireProbeClosed(
        t, afterHang(exhaustHighSinceMs), DEADLINE_MS, "return over-pressure", sensors);
    checkStuckValve(t, active, sensors);
    for (Fault f : List.of(Fault.COMM_LOSS, Fault.FIRMWARE_HANG)) {
      Long onset = onsetMs.get(f);
      if (onset != null && t >= onset + LINK_DEADLINE_MS && probeCommandedOpen) {
        violations.add(
            t + " ms: probe valve still commanded open " + (t - onset) + " ms after " + f);
      }
      requireProbeClosed(
          t, onset == null ? Long.MIN_VALUE : onset, CONSOLE_WATCHDOG_MS, f.name(), sensors);
    }
    checkFreezeFailure(t, sensors);
    checkLeak(t, active, sensors);
    checkAlarmsJournaled(t);
  }

  /** Both valves open at working pressure and the exhaust carrying pressure. */
  private static boolean gasPassesTheTip(Telemetry sensors) {
    return sensors.probeValveSensedOpen()
        && sensors.supplyValveSensedOpen()
        && sensors.supplyKPa() >= TipSensorInterlock.WORKING_SUPPLY_KPA
        && sensors.returnKPa() >= TipSensorInterlock.FLOWING_RETURN_KPA;
  }

  /** A hazard's start, or the end of a firmware hang if that came later (none: MIN_VALUE). */
  private long afterHang(long sinceMs) {
    return sinceMs == Long.MIN_VALUE ? sinceMs : Math.max(sinceMs, firmwareHungMs);
  }

  private static long track(long sinceMs, boolean present, long t) {
    if (!present) {
      return Long.MIN_VALUE;
    }
    return sinceMs == Long.MIN_VALUE ? t : sinceMs;
  }

  /**
   * Gas may flow for less than {@code deadlineMs} while a hazard is present: counted from the
   * hazard's onset, or from when the gas began to flow if that was later (a valve that sticks open
   * after the foot switch was released starts its own clock).
   */
  private void requireProbeClosed(
      long t, long sinceMs, long deadlineMs, String what, Telemetry sensors) {
    if (sinceMs == Long.MIN_VALUE || gasStopped(sensors)) {
      return;
    }
    long fromMs = Math.max(sinceMs, flowingSinceMs);
    if (t >= fromMs + deadlineMs) {
      violations.add(t + " ms: gas flowing " + (t - sinceMs) + " ms after " + what);
    }
  }

  /**
   * Probe valve sensed closed; or, where it is commanded closed and still reads open (stuck, or
   * moving), the supply shut-off sensed closed: the issue's rule for a stuck valve.
   */
  private static boolean gasStopped(Telemetry sensors) {
    if (!sensors.probeValveSensedOpen()) {
      return true;
    }
    return !sensors.probeValveCommandedOpen() && !sensors.supplyValveSensedOpen();
  }

  /** Stuck open: from when the console commands it closed and it stays open, shut-off in 100 ms. */
  private void checkStuckValve(long t, Set<Fault> active, Telemetry sensors) {
    boolean stuck =
        active.contains(Fault.VALVE_STUCK_OPEN)
            && sensors.probeValveSensedOpen()
            && !sensors.probeValveCommandedOpen();
    stuckSinceMs = track(stuckSinceMs, stuck, t);
    long fromMs = Math.max(stuckSinceMs, firmwareHungMs);
    if (stuckSinceMs != Long.MIN_VALUE
        && t >= fromMs + DEADLINE_MS
        && sensors.supplyValveSensedOpen()) {
      violations.add(
          t + " ms: supply shut-off open " + (t - stuckSinceMs) + " ms after the valve stuck");
    }
  }

  /** No freeze feeds gas to a tip that stays warmer than -20 C for 20 s. */
  private void checkFreezeFailure(long t, Telemetry sensors) {
    boolean freezing = controller().state() == ControllerState.FREEZING;
    if (!freezing || sensors.tipC() < FailureToFreezeInterlock.FROZEN_C) {
      coldOrIdleMs = t;
      return;
    }
    if (t - coldOrIdleMs > FREEZE_FAILURE_MS && !gasStopped(sensors)) {
      violations.add(t + " ms: gas fed for " + (t - coldOrIdleMs) + " ms without freezing");
      coldOrIdleMs = t; // once per episode
    }
  }

  /**
   * A leak with the line closed in at pressure is tripped on within 10 s. Not while the console
   * runs its self-test: it works its own valves then, checks for a leak itself and vents at the
   * end, so the watch starts again only once the line is closed in at pressure afterwards.
   */
  private void checkLeak(long t, Set<Fault> active, Telemetry sensors) {
    ControllerState state = controller().state();
    boolean watching =
        active.contains(Fault.LEAK)
            && state != ControllerState.SELF_TEST
            && state != ControllerState.DISCONNECTED
            && state != ControllerState.FAULT
            && state != ControllerState.ESTOP
            && !sensors.probeValveSensedOpen()
            && !sensors.supplyValveSensedOpen()
            && !(leakWatchSinceMs != Long.MIN_VALUE && ventedAtMs >= leakWatchSinceMs);
    if (!watching) {
      leakWatchSinceMs = Long.MIN_VALUE;
      return;
    }
    if (leakWatchSinceMs == Long.MIN_VALUE) {
      if (sensors.supplyKPa() < LEAK_WATCH_FROM_KPA) {
        return;
      }
      leakWatchSinceMs = t;
    }
    if (t - leakWatchSinceMs >= LEAK_DEADLINE_MS) {
      violations.add(
          t + " ms: leak with the line closed in since " + leakWatchSinceMs + " ms not tripped on");
      leakWatchSinceMs = Long.MIN_VALUE;
    }
  }

  /** Every high and medium alarm on the list was journaled as raised at its onset. */
  private void checkAlarmsJournaled(long t) {
    for (ActiveAlarm alarm : controller().alarms(t).alarms()) {
      if (alarm.priority() == AlarmPriority.LOW) {
        continue;
      }
      if (!journaledRaises.contains(alarm.code() + "@" + alarm.onsetMs())) {
        violations.add(
            t + " ms: alarm " + alarm.code() + " (onset " + alarm.onsetMs() + ") not journaled");
      }
    }
  }

  private void checkReplay() {
    List<JournalRecord> replayed = SessionReplay.replay(journal, "nurse.test");
    SessionReplay.firstDifference(journal, replayed)
        .ifPresent(d -> violations.add("replay differs at " + d));
  }

  /** A protocol with the case's values, when they make one (for descriptions). */
  FreezeProtocol protocol() {
    return new FreezeProtocol(sessionCase.gas(), sessionCase.setpointC(), sessionCase.cycles());
  }
}
