package org.cryows.probecontrol.controller;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.cryows.probecontrol.alarm.ActiveAlarm;
import org.cryows.probecontrol.alarm.AlarmEventKind;
import org.cryows.probecontrol.alarm.AlarmSnapshot;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleLink;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.FreezeCycle;

/**
 * Runs one {@link Scenario}: a controller against a {@link FakeConsole}, driven on simulated time
 * with ticks at random 1-10 ms intervals, checking the safety invariants as it goes. Violations are
 * collected, not thrown, so a property can report them all with the scenario.
 *
 * <p>Deadlines count from a fault's onset. A fault carried by telemetry cannot be seen before a
 * fresh sample gets through, so while the link is down or the firmware hung its deadline counts
 * from the first fresh sample after the onset, less one sample period (without such trouble that is
 * the onset itself). Line noise loses samples at random; a telemetry-borne fault that overlaps it
 * has no deadline checked (the noise case is checked for not stopping a freeze instead).
 */
final class SimulationRun {

  static final long SAMPLE_SLACK_MS = FakeConsole.TELEMETRY_PERIOD_MS;

  /** Deadline from onset to probe valve (or, when stuck, supply valve) commanded closed. */
  static final Map<Fault, Long> DEADLINE_MS = new EnumMap<>(Fault.class);

  static {
    for (Fault f :
        List.of(
            Fault.ESTOP,
            Fault.FOOT_SWITCH_RELEASED,
            Fault.TIP_SENSOR_OPEN,
            Fault.TIP_SENSOR_SHORT,
            Fault.SUPPLY_PRESSURE_HIGH,
            Fault.SUPPLY_PRESSURE_LOW,
            Fault.SKIN_TEMP_LOW,
            Fault.EXHAUST_BLOCKED,
            Fault.VALVE_STUCK_OPEN)) {
      DEADLINE_MS.put(f, 100L);
    }
    DEADLINE_MS.put(Fault.COMM_LOSS, 300L);
    DEADLINE_MS.put(Fault.FIRMWARE_HANG, 300L);
  }

  static final long BLOCKED_PROBE_DEADLINE_MS = 20_000 + 100;
  static final long LEAK_DEADLINE_MS = 10_000;

  final Scenario scenario;
  final RecordingEvents events = new RecordingEvents();
  final List<String> violations = new ArrayList<>();
  final FakeConsole console;
  final ProbeController controller;

  private final SplittableRandom random;
  private final Set<String> raisedKeys = new HashSet<>();
  private int raisedSeen;

  private long nowMs;
  private boolean lastProbeCommandOpen;
  private boolean lastSupplyCommandOpen;
  private Telemetry lastDelivered;
  private long lastFreshDeliveredMs = Long.MIN_VALUE;

  /** Active faults whose deadline is counting, from when. */
  private final Map<Fault, Long> effectiveOnsetMs = new EnumMap<>(Fault.class);

  /** Telemetry-borne faults waiting for a fresh sample to carry them, since when. */
  private final Map<Fault, Long> awaitingSampleSinceMs = new EnumMap<>(Fault.class);

  /** Faults whose deadline is not checked this time (overlapping line noise). */
  private final Set<Fault> excused = java.util.EnumSet.noneOf(Fault.class);

  private long probeClosedAtMs;

  private long lastColdOrIdleMs;
  private long leakClosedSinceMs = Long.MIN_VALUE;
  private boolean sawFreezing;
  private boolean sawFreezingNow;
  private int valveOpenings;
  private int eventsDelivered;

  /** The console's true tip temperature per step while FREEZING: {tMs, tipC, phase start}. */
  final List<double[]> freezingTrace = new ArrayList<>();

  private long freezePhaseStartMs;

  SimulationRun(Scenario scenario) {
    this.scenario = scenario;
    this.random = new SplittableRandom(scenario.seed());
    this.console = new FakeConsole(scenario.seed() * 31 + 7, scenario.consoleEvents());
    this.controller = new ProbeController(new CheckingLink(), events);
  }

  /** Runs the whole scenario; returns this for the results. */
  SimulationRun run() {
    List<Scenario.Step> steps = scenario.steps();
    int nextStep = 0;
    long nextTickMs = 0;
    long endMs = scenario.durationMs();
    applyFaultEdges(0);
    while (true) {
      long nextMs = Math.min(nextTickMs, console.nextReportMs());
      if (nextStep < steps.size()) {
        nextMs = Math.min(nextMs, steps.get(nextStep).atMs());
      }
      long faultEdgeMs = nextFaultEdge(nowMs);
      nextMs = Math.min(nextMs, faultEdgeMs);
      if (nextMs > endMs) {
        break;
      }
      nowMs = Math.max(nowMs, nextMs);
      console.advanceTo(nowMs);
      if (nowMs == faultEdgeMs) {
        applyFaultEdges(nowMs);
      }
      for (ConsoleReport report : console.reportsDue(nowMs)) {
        deliver(report);
      }
      while (nextStep < steps.size() && steps.get(nextStep).atMs() <= nowMs) {
        apply(steps.get(nextStep++));
      }
      if (nextTickMs <= nowMs) {
        controller.tick(nowMs);
        nextTickMs = nowMs + 1 + random.nextInt(10);
      }
      checkStep();
    }
    controller.tick(endMs);
    checkEnd();
    return this;
  }

  boolean reachedFreezing() {
    return sawFreezing;
  }

  /** How often the controller opened the probe valve. */
  int valveOpenings() {
    return valveOpenings;
  }

  // ------------------------------------------------------------------ driving

  private void deliver(ConsoleReport report) {
    if (report instanceof ConsoleReport.TelemetryReport r) {
      boolean fresh =
          lastDelivered == null || r.telemetry().consoleTimeMs() != lastDelivered.consoleTimeMs();
      lastDelivered = r.telemetry();
      if (fresh) {
        lastFreshDeliveredMs = nowMs;
        for (Map.Entry<Fault, Long> e : awaitingSampleSinceMs.entrySet()) {
          effectiveOnsetMs.put(e.getKey(), Math.max(e.getValue(), nowMs - SAMPLE_SLACK_MS));
        }
        awaitingSampleSinceMs.clear();
      }
    }
    boolean wasOpen = controller.probeValveCommandedOpen();
    ControllerState before = controller.state();
    controller.onReport(nowMs, report);
    if (report instanceof ConsoleReport.ConsoleEvent e) {
      eventsDelivered++;
      checkActedOnAtOnce(e, wasOpen, before);
    }
  }

  /**
   * A console event that shows a fault the controller must stop the gas for, whatever else it
   * knows, closes the probe valve in the same call: the event is not left for the next sample. Foot
   * switch released counts only while freezing, supply low only once the line has filled (the
   * interlocks' own gates).
   */
  private void checkActedOnAtOnce(
      ConsoleReport.ConsoleEvent event, boolean wasOpen, ControllerState before) {
    if (!event.present() || !wasOpen) {
      return;
    }
    boolean gated =
        switch (event.fault()) {
          case FOOT_SWITCH_RELEASED -> before != ControllerState.FREEZING;
          case SUPPLY_PRESSURE_LOW -> true;
          default -> false;
        };
    if (!gated && controller.probeValveCommandedOpen()) {
      violations.add(nowMs + " ms: " + event + " delivered and the probe valve still open");
    }
  }

  /** Console events the controller received. */
  int eventsDelivered() {
    return eventsDelivered;
  }

  private void apply(Scenario.Step step) {
    long t = nowMs;
    switch (step.kind()) {
      case CONNECT -> controller.connect(t);
      case SELF_TEST -> controller.selfTest(t);
      case LOAD ->
          controller.act(
              t,
              new OperatorAction.LoadProtocol(
                  scenario.gas(), scenario.setpointC(), scenario.cycles()));
      case LOAD_TOO_COLD ->
          controller.act(
              t,
              new OperatorAction.LoadProtocol(
                  scenario.gas(), scenario.gas().coldestTipC() - 5, scenario.cycles()));
      case ARM -> controller.arm(t);
      case PEDAL_DOWN -> {
        console.setFootSwitch(true);
        controller.footSwitch(t, true);
      }
      case PEDAL_UP -> {
        console.setFootSwitch(false);
        controller.footSwitch(t, false);
      }
      case START -> controller.start(t);
      case STOP -> controller.stop(t);
      case ESTOP -> controller.estop(t);
      case ACK_ONE -> controller.acknowledge(t, pickAlarm(step.pick()));
      case ACK_ALL -> {
        for (ActiveAlarm a : controller.alarms(t).alarms()) {
          controller.acknowledge(t, a.code());
        }
      }
      case PAUSE_ONE -> controller.pauseAudio(t, pickAlarm(step.pick()));
    }
  }

  private String pickAlarm(int pick) {
    List<ActiveAlarm> active = controller.alarms(nowMs).alarms();
    return active.isEmpty() ? "NO_SUCH_ALARM" : active.get(pick % active.size()).code();
  }

  // ------------------------------------------------------------------ faults

  private long nextFaultEdge(long afterMs) {
    long next = Long.MAX_VALUE;
    for (Scenario.FaultWindow w : scenario.faults()) {
      if (w.onsetMs() > afterMs) {
        next = Math.min(next, w.onsetMs());
      }
      if (w.endMs() > afterMs) {
        next = Math.min(next, w.endMs());
      }
    }
    return next;
  }

  private void applyFaultEdges(long t) {
    for (Fault fault : Fault.values()) {
      boolean shouldBeActive = false;
      for (Scenario.FaultWindow w : scenario.faults()) {
        if (w.fault() == fault && w.onsetMs() <= t && t < w.endMs()) {
          shouldBeActive = true;
        }
      }
      if (shouldBeActive && !console.active(fault)) {
        console.inject(fault);
        if (fault == Fault.COMM_LOSS || fault == Fault.FIRMWARE_HANG) {
          effectiveOnsetMs.put(fault, t); // counted from the last sample, which came before
          awaitFreshSampleForFaultsStillWithinDeadline(fault, t);
        } else if (DEADLINE_MS.containsKey(fault) && fault != Fault.VALVE_STUCK_OPEN) {
          awaitingSampleSinceMs.put(fault, t);
        }
      } else if (!shouldBeActive && console.active(fault)) {
        console.clear(fault);
        effectiveOnsetMs.remove(fault);
        awaitingSampleSinceMs.remove(fault);
        excused.remove(fault);
      }
    }
  }

  /**
   * A telemetry-borne fault whose deadline has not passed when the link goes down cannot be seen
   * until telemetry returns; until then the link fault's own deadline governs, so its deadline
   * counts again from the first fresh sample. Likewise a firmware hang still being judged from
   * frozen telemetry when the line goes silent is then found as a link loss, within the comm loss's
   * own deadline (the console's 500 ms hardware watchdog acts below both).
   */
  private void awaitFreshSampleForFaultsStillWithinDeadline(Fault linkFault, long t) {
    var iterator = effectiveOnsetMs.entrySet().iterator();
    while (iterator.hasNext()) {
      Map.Entry<Fault, Long> e = iterator.next();
      Fault other = e.getKey();
      if (other == linkFault || t >= e.getValue() + DEADLINE_MS.get(other)) {
        continue;
      }
      if (other == Fault.FIRMWARE_HANG) {
        if (linkFault == Fault.COMM_LOSS) {
          iterator.remove();
        }
      } else if (other != Fault.COMM_LOSS) {
        awaitingSampleSinceMs.put(other, e.getValue());
        iterator.remove();
      }
    }
  }

  private long faultOnset(Fault fault) {
    long onset = Long.MIN_VALUE;
    for (Scenario.FaultWindow w : scenario.faults()) {
      if (w.fault() == fault && w.onsetMs() <= nowMs && nowMs < w.endMs()) {
        onset = Math.max(onset, w.onsetMs());
      }
    }
    return onset;
  }

  // ------------------------------------------------------------------ invariants

  /** Checked on every command: journal first, and the valve opens only when it may. */
  private final class CheckingLink implements ConsoleLink {
    @Override
    public void send(ConsoleCommand command) {
      RecordingEvents.Recorded last = events.last();
      if (!(last instanceof RecordingEvents.Command c) || !c.command().equals(command)) {
        violations.add(nowMs + " ms: " + command + " sent before it was journaled");
      }
      if (command instanceof ConsoleCommand.SetProbeValve v) {
        if (v.open()) {
          valveOpenings++;
          checkMayOpen();
        } else if (lastProbeCommandOpen) {
          probeClosedAtMs = nowMs;
        }
        lastProbeCommandOpen = v.open();
      } else if (command instanceof ConsoleCommand.SetSupplyValve v) {
        lastSupplyCommandOpen = v.open();
      } else if (command instanceof ConsoleCommand.Arm) {
        lastSupplyCommandOpen = true;
      } else if (command instanceof ConsoleCommand.Stop || command instanceof ConsoleCommand.Vent) {
        if (lastProbeCommandOpen) {
          probeClosedAtMs = nowMs;
        }
        lastProbeCommandOpen = false;
        lastSupplyCommandOpen = false;
      }
      console.send(command);
    }
  }

  private void checkMayOpen() {
    String at = nowMs + " ms: probe valve opened ";
    if (controller.state() != ControllerState.FREEZING) {
      violations.add(at + "in " + controller.state());
    }
    if (!controller.activeInterlocks().isEmpty()) {
      violations.add(at + "with interlocks active " + controller.activeInterlocks());
    }
    if (nowMs - lastFreshDeliveredMs >= ProbeController.MAX_TELEMETRY_AGE_MS) {
      violations.add(at + "on telemetry " + (nowMs - lastFreshDeliveredMs) + " ms old");
    }
    if (lastDelivered == null
        || !lastDelivered.footSwitchPressed()
        || lastDelivered.estopPressed()) {
      violations.add(at + "without the foot switch or with e-stop pressed");
    }
    for (Map.Entry<Fault, Long> e : effectiveOnsetMs.entrySet()) {
      long onset = e.getValue();
      if (nowMs >= onset + DEADLINE_MS.get(e.getKey())) {
        violations.add(at + "while " + e.getKey() + " has been present since " + onset + " ms");
      }
    }
  }

  private void checkStep() {
    ControllerState state = controller.state();
    if (state == ControllerState.FREEZING) {
      if (!sawFreezingNow) {
        freezePhaseStartMs = nowMs;
      }
      freezingTrace.add(new double[] {nowMs, console.trueTipC(), freezePhaseStartMs});
    }
    sawFreezingNow = state == ControllerState.FREEZING;
    sawFreezing |= sawFreezingNow;
    excuseFaultsOverlappingNoise();
    trackStuckValveOnset();
    for (Map.Entry<Fault, Long> e : effectiveOnsetMs.entrySet()) {
      long onset = e.getValue();
      if (nowMs < onset + DEADLINE_MS.get(e.getKey())) {
        continue;
      }
      boolean stopped =
          e.getKey() == Fault.VALVE_STUCK_OPEN ? !lastSupplyCommandOpen : !lastProbeCommandOpen;
      if (!stopped) {
        violations.add(
            nowMs + " ms: gas not stopped " + (nowMs - onset) + " ms after " + e.getKey());
      }
    }
    checkBlockedProbe(state);
    checkLeak(state);
    checkAlarmsJournaled();
  }

  private void excuseFaultsOverlappingNoise() {
    if (!console.active(Fault.LINE_NOISE)) {
      return;
    }
    for (Fault f : DEADLINE_MS.keySet()) {
      if (console.active(f) && f != Fault.COMM_LOSS && f != Fault.FIRMWARE_HANG) {
        excused.add(f);
        effectiveOnsetMs.remove(f);
        awaitingSampleSinceMs.remove(f);
      }
    }
  }

  /** A stuck-open valve matters from when the controller wants it closed and it stays open. */
  private void trackStuckValveOnset() {
    Fault stuck = Fault.VALVE_STUCK_OPEN;
    if (!console.active(stuck) || excused.contains(stuck)) {
      return;
    }
    if (lastProbeCommandOpen) {
      effectiveOnsetMs.remove(stuck);
      awaitingSampleSinceMs.remove(stuck);
    } else if (!effectiveOnsetMs.containsKey(stuck) && !awaitingSampleSinceMs.containsKey(stuck)) {
      awaitingSampleSinceMs.put(stuck, Math.max(faultOnset(stuck), probeClosedAtMs));
    }
  }

  private void checkBlockedProbe(ControllerState state) {
    boolean cold =
        lastDelivered != null && lastDelivered.tipC() < -20 && nowMs == lastFreshDeliveredMs;
    if (state != ControllerState.FREEZING || cold || !console.active(Fault.BLOCKED_PROBE)) {
      lastColdOrIdleMs = nowMs;
      return;
    }
    if (nowMs - lastColdOrIdleMs > BLOCKED_PROBE_DEADLINE_MS && lastProbeCommandOpen) {
      violations.add(nowMs + " ms: blocked probe still fed gas after 20 s without freezing");
    }
  }

  private void checkLeak(ControllerState state) {
    boolean watching =
        console.active(Fault.LEAK)
            && state != ControllerState.DISCONNECTED
            && !lastProbeCommandOpen
            && !lastSupplyCommandOpen
            && !console.vented()
            && !console.probeValveOpen()
            && !console.supplyValveOpen() // closed in, not fed from the regulator
            && console.lineKPa() > 1_000
            // The fake console reports a fixed supply pressure for these faults: a falling line
            // is then invisible to any sensor the workstation has.
            && !console.active(Fault.SUPPLY_PRESSURE_LOW)
            && !console.active(Fault.SUPPLY_PRESSURE_HIGH);
    if (!watching) {
      leakClosedSinceMs = Long.MIN_VALUE;
      return;
    }
    if (leakClosedSinceMs == Long.MIN_VALUE) {
      leakClosedSinceMs = nowMs;
    }
    if (nowMs - leakClosedSinceMs >= LEAK_DEADLINE_MS
        && state != ControllerState.FAULT
        && state != ControllerState.ESTOP) {
      violations.add(nowMs + " ms: leak with valves closed for 10 s not detected (" + state + ")");
      leakClosedSinceMs = Long.MIN_VALUE; // report once per window
    }
  }

  /** Every high and medium alarm on the list was journaled when it was raised. */
  private void checkAlarmsJournaled() {
    List<RecordingEvents.Recorded> all = events.all;
    boolean alarmsChanged = false;
    for (int i = raisedSeen; i < all.size(); i++) {
      if (all.get(i) instanceof RecordingEvents.Alarm a) {
        alarmsChanged = true;
        if (a.event().kind() == AlarmEventKind.RAISED) {
          raisedKeys.add(a.event().code() + "@" + a.event().tMs());
        }
      }
    }
    raisedSeen = all.size();
    if (!alarmsChanged) {
      return; // the alarm list changes only through alarm events
    }
    AlarmSnapshot snapshot = controller.alarms(nowMs);
    for (ActiveAlarm alarm : snapshot.alarms()) {
      if (alarm.priority() != AlarmPriority.LOW
          && !raisedKeys.contains(alarm.code() + "@" + alarm.onsetMs())) {
        violations.add(nowMs + " ms: alarm " + alarm.code() + " active but never journaled");
      }
    }
  }

  private void checkEnd() {
    // Every trip raised a high or medium alarm at the moment it tripped.
    Set<Long> alarmTimes = new HashSet<>();
    for (var a : events.alarms()) {
      if (a.kind() == AlarmEventKind.RAISED && a.priority() != AlarmPriority.LOW) {
        alarmTimes.add(a.tMs());
      }
    }
    for (RecordingEvents.State s : events.stateChanges()) {
      if (s.to() == ControllerState.FAULT || s.to() == ControllerState.ESTOP) {
        if (!alarmTimes.contains(s.tMs())) {
          violations.add(s.tMs() + " ms: entered " + s.to() + " without a high or medium alarm");
        }
      }
    }
    // Replaying the journaled inputs reproduces every event exactly.
    List<RecordingEvents.Recorded> replayed = replay(events.inputs(), scenario.durationMs());
    if (!replayed.equals(events.all)) {
      int i = 0;
      while (i < replayed.size()
          && i < events.all.size()
          && replayed.get(i).equals(events.all.get(i))) {
        i++;
      }
      violations.add(
          "replay diverged at event "
              + i
              + ": live "
              + (i < events.all.size() ? events.all.get(i) : "end")
              + ", replay "
              + (i < replayed.size() ? replayed.get(i) : "end"));
    }
  }

  /** Feeds journaled inputs to a fresh controller whose commands go nowhere. */
  static List<RecordingEvents.Recorded> replay(List<RecordingEvents.Recorded> inputs, long endMs) {
    RecordingEvents replayEvents = new RecordingEvents();
    ProbeController fresh = new ProbeController(command -> {}, replayEvents);
    for (RecordingEvents.Recorded input : inputs) {
      switch (input) {
        case RecordingEvents.Action a -> fresh.act(a.tMs(), a.action());
        case RecordingEvents.Report r -> fresh.onReport(r.tMs(), r.report());
        default -> throw new IllegalArgumentException("not an input: " + input);
      }
    }
    fresh.tick(endMs);
    return replayEvents.all;
  }

  /** A compact description for failure messages. */
  static String describe(Scenario s) {
    StringBuilder b = new StringBuilder();
    b.append(s.gas()).append(' ').append(s.setpointC()).append(" C ");
    for (FreezeCycle c : s.cycles()) {
      b.append('[').append(c.freezeSec()).append('/').append(c.thawSec()).append(']');
    }
    b.append(" for ").append(s.durationMs()).append(" ms, seed ").append(s.seed());
    b.append(s.consoleEvents() ? ", console event frames" : ", telemetry only");
    return b.toString();
  }
}
