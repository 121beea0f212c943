package org.cryows.probecontrol.controller;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleIdentity;
import org.cryows.probecontrol.console.ConsoleLink;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.SelfTestResult;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.Gas;

/**
 * A small scripted console for controller tests: it obeys valve commands, models the line pressure
 * and a Joule-Thomson tip crudely, answers identify and self-test, and produces telemetry at 50 Hz
 * and a heartbeat at 10 Hz. Faults are mostly distortions of what it reports; a few (blocked probe,
 * leak, stuck valve, hang, link loss) change what it does. Time is given by the caller ({@link
 * #advanceTo}); nothing runs on its own.
 *
 * <p>With event frames on, it also reports each fault it detects itself ({@link
 * Fault#detectedByConsole()}) in a {@link ConsoleReport.ConsoleEvent}, present and ended, as the
 * acked link delivers them: most at once (before the telemetry that shows the fault), some late (a
 * retry, after the telemetry), some twice (an ack lost, the copy after the original), some lost on
 * every retry and so announced again 160 ms later with the state then; none while the line is down
 * (announced again when it is back) or the firmware hung.
 */
final class FakeConsole implements ConsoleLink {

  static final long TELEMETRY_PERIOD_MS = 20;
  static final long HEARTBEAT_PERIOD_MS = 100;
  static final long SELF_TEST_MS = 1_500;
  static final long VALVE_TRAVEL_MS = 10;

  /** The console judges a valve stuck this long after its travel, as the simulated one does. */
  static final long STUCK_GRACE_MS = 30;

  /**
   * The link gives an acked frame up after four attempts 40 ms apart; then it is announced again.
   */
  static final long EVENT_GIVE_UP_MS = 160;

  /** The line fills within this after the shut-off opens; low pressure before is no fault. */
  static final long SUPPLY_FILL_MS = 300;

  /** What the regulator delivers to the line: the simulated console's 4480 kPa (650 psi). */
  static final double REGULATED_KPA = 4_480;

  static final double BODY_C = 37;

  /**
   * A report on its way; {@code announce}, when set, stands for the state of that fault as it is
   * when the report goes out (an event announced again after the link gave one up).
   */
  private record Pending(long dueMs, ConsoleReport report, Fault announce) {
    Pending(long dueMs, ConsoleReport report) {
      this(dueMs, report, null);
    }

    static Pending announceLater(long dueMs, Fault fault) {
      return new Pending(dueMs, null, fault);
    }
  }

  private final Queue<Pending> pending = new ArrayDeque<>();
  private final Map<Fault, Long> faults = new EnumMap<>(Fault.class);
  private final SplittableRandom noise;
  private final SplittableRandom eventFate;
  private final boolean sendsEvents;
  private final ConsoleIdentity identity;
  private final long telemetryPhaseMs;

  private long nowMs;
  private Gas gas = Gas.CO2;
  private double lineKPa;
  private double tipC = 33;
  private boolean probeCommanded;
  private long probeCommandMs;
  private boolean supplyCommanded;
  private long supplyCommandMs;
  private boolean probeOpen;
  private boolean supplyOpen;
  private boolean vented;
  private boolean footSwitch;
  private boolean running;
  private long lastHeartbeatMs;
  private long nextTelemetryMs;
  private long nextHeartbeatMs;
  private Telemetry lastSent;

  /** What becomes of an event frame on the line. */
  enum EventFate {
    /** Arrives at once, ahead of the telemetry sample that shows the same fault. */
    AT_ONCE,
    /** Arrives 1-60 ms late (a retry), usually after the telemetry. */
    LATE,
    /** Arrives at once and again 1-40 ms later (its ack was lost). */
    TWICE,
    /** Lost on every attempt: the link gives it up; the state is announced again 160 ms later. */
    LOST
  }

  /** Every event meets this fate; null: each its own at random. */
  private EventFate forcedFate;

  /** The faults the console's last event frames announced present (its own view). */
  private final Map<Fault, Boolean> announced = new EnumMap<>(Fault.class);

  /** Commands as received (not those lost on a dead link). */
  final List<ConsoleCommand> received = new ArrayList<>();

  /** Event frames the console sent, in order, whatever became of them on the line. */
  final List<ConsoleReport.ConsoleEvent> eventsSent = new ArrayList<>();

  FakeConsole(long seed) {
    this(seed, false);
  }

  FakeConsole(long seed, boolean sendsEvents) {
    this(seed, sendsEvents, new ConsoleIdentity("SIM-0001", "1.4.2", "CRYO-14G", 3, 10));
  }

  FakeConsole(long seed, boolean sendsEvents, ConsoleIdentity identity) {
    this.noise = new SplittableRandom(seed);
    this.eventFate = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.sendsEvents = sendsEvents;
    this.identity = identity;
    this.telemetryPhaseMs = 3;
    this.nextTelemetryMs = telemetryPhaseMs;
    this.nextHeartbeatMs = 50;
  }

  // ------------------------------------------------------------------ the harness's controls

  void inject(Fault fault) {
    faults.putIfAbsent(fault, nowMs);
  }

  void clear(Fault fault) {
    faults.remove(fault);
  }

  boolean active(Fault fault) {
    return faults.containsKey(fault);
  }

  /** The physical pedal (the console's channel). */
  void setFootSwitch(boolean pressed) {
    footSwitch = pressed;
  }

  double trueTipC() {
    return tipC;
  }

  double lineKPa() {
    return lineKPa;
  }

  boolean probeValveOpen() {
    return probeOpen;
  }

  boolean supplyValveOpen() {
    return supplyOpen;
  }

  boolean vented() {
    return vented;
  }

  // ------------------------------------------------------------------ the link

  @Override
  public void send(ConsoleCommand command) {
    if (active(Fault.COMM_LOSS)) {
      pending.add(new Pending(nowMs + 30, new ConsoleReport.CommandUndelivered(command, "no ack")));
      return;
    }
    if (active(Fault.FIRMWARE_HANG)) {
      return; // the firmware takes the bytes and never acts or answers
    }
    received.add(command);
    switch (command) {
      case ConsoleCommand.Identify c ->
          pending.add(new Pending(nowMs + 5, new ConsoleReport.IdentityReport(identity)));
      case ConsoleCommand.RunSelfTest c -> {
        // As the console does: the self-test begins and ends with the valves closed, line vented.
        commandProbe(false);
        commandSupply(false);
        vented = true;
        pending.add(
            new Pending(
                nowMs + SELF_TEST_MS, new ConsoleReport.SelfTestReport(SelfTestResult.pass())));
      }
      case ConsoleCommand.LoadProtocol c -> gas = c.protocol().gas();
      case ConsoleCommand.Arm c -> commandSupply(true);
      case ConsoleCommand.Start c -> running = true;
      case ConsoleCommand.Stop c -> {
        commandProbe(false);
        commandSupply(false);
        running = false;
      }
      case ConsoleCommand.Vent c -> {
        commandProbe(false);
        commandSupply(false);
        vented = true;
        running = false;
      }
      case ConsoleCommand.SetProbeValve c -> commandProbe(c.open());
      case ConsoleCommand.SetSupplyValve c -> commandSupply(c.open());
      case ConsoleCommand.Heartbeat c -> lastHeartbeatMs = nowMs;
    }
  }

  private void commandProbe(boolean open) {
    if (open != probeCommanded) {
      probeCommandMs = nowMs;
    }
    probeCommanded = open;
  }

  private void commandSupply(boolean open) {
    if (open != supplyCommanded) {
      supplyCommandMs = nowMs;
    }
    supplyCommanded = open;
    if (open) {
      vented = false;
    }
  }

  // ------------------------------------------------------------------ time and physics

  /** Moves the physics on to {@code tMs}. */
  void advanceTo(long tMs) {
    double dtSec = (tMs - nowMs) / 1000.0;
    nowMs = tMs;
    if (dtSec <= 0) {
      return;
    }
    if (nowMs - probeCommandMs >= VALVE_TRAVEL_MS) {
      probeOpen = probeCommanded;
    }
    if (nowMs - supplyCommandMs >= VALVE_TRAVEL_MS) {
      supplyOpen = supplyCommanded;
    }
    if (active(Fault.VALVE_STUCK_OPEN)) {
      probeOpen = true;
    }
    // The line between the supply shut-off and the probe valve, where the supply sensor sits.
    if (supplyOpen) {
      lineKPa += (REGULATED_KPA - lineKPa) * fraction(dtSec, 0.05);
    } else if (vented) {
      lineKPa -= lineKPa * fraction(dtSec, 0.1);
    } else if (probeOpen && !active(Fault.BLOCKED_PROBE)) {
      lineKPa -= lineKPa * fraction(dtSec, 0.2);
    } else if (active(Fault.LEAK)) {
      lineKPa -= lineKPa * fraction(dtSec, 20); // 5 %/s
    }
    double coolingPerSec = gasFlowing() ? 0.3 * Math.min(1, lineKPa / REGULATED_KPA) : 0;
    double heatingPerSec = 0.02;
    tipC += (coolingPerSec * (gas.coldestTipC() - tipC) + heatingPerSec * (BODY_C - tipC)) * dtSec;
  }

  private boolean gasFlowing() {
    return probeOpen && lineKPa > 1_000 && !active(Fault.BLOCKED_PROBE);
  }

  private static double fraction(double dtSec, double tauSec) {
    return 1 - Math.exp(-dtSec / tauSec);
  }

  /** Reports due by {@code tMs}, in order; what a dead link or hung firmware loses is dropped. */
  List<ConsoleReport> reportsDue(long tMs) {
    detectFaults(tMs);
    List<ConsoleReport> due = new ArrayList<>();
    List<Pending> later = new ArrayList<>();
    for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
      Pending p = it.next();
      if (p.dueMs() > tMs) {
        continue;
      }
      it.remove();
      boolean isEvent = p.announce() != null || p.report() instanceof ConsoleReport.ConsoleEvent;
      if (isEvent && active(Fault.COMM_LOSS)) {
        // Given up on the dead line: announced again, with the state then, once it may pass.
        Fault fault =
            p.announce() != null ? p.announce() : ((ConsoleReport.ConsoleEvent) p.report()).fault();
        later.add(Pending.announceLater(tMs + EVENT_GIVE_UP_MS, fault));
      } else if (p.announce() != null) {
        due.add(stateNow(p.announce()));
      } else if (p.report() instanceof ConsoleReport.CommandUndelivered
          || !active(Fault.COMM_LOSS)) {
        due.add(p.report());
      }
    }
    pending.addAll(later);
    if (tMs >= nextHeartbeatMs) {
      nextHeartbeatMs += HEARTBEAT_PERIOD_MS;
      if (!active(Fault.COMM_LOSS) && !active(Fault.FIRMWARE_HANG)) {
        due.add(new ConsoleReport.ConsoleHeartbeat());
      }
    }
    if (tMs >= nextTelemetryMs) {
      nextTelemetryMs += TELEMETRY_PERIOD_MS;
      Telemetry sample = telemetry();
      boolean lostToNoise = active(Fault.LINE_NOISE) && noise.nextInt(10) < 3;
      if (!active(Fault.COMM_LOSS) && !lostToNoise) {
        due.add(new ConsoleReport.TelemetryReport(sample));
      }
    }
    return due;
  }

  /**
   * The console's own watch: announces each change of the faults it detects itself, as the wire
   * would deliver the event frame. Nothing while its firmware is hung.
   */
  private void detectFaults(long tMs) {
    if (!sendsEvents || active(Fault.FIRMWARE_HANG)) {
      return;
    }
    for (Fault fault : Fault.consoleDetected()) {
      boolean present = detects(fault);
      if (present == announced.getOrDefault(fault, false)) {
        continue;
      }
      announced.put(fault, present);
      ConsoleReport.ConsoleEvent event = event(fault, present);
      eventsSent.add(event);
      switch (fate()) {
        case AT_ONCE -> pending.add(new Pending(tMs, event));
        case LATE -> pending.add(new Pending(tMs + 1 + eventFate.nextInt(60), event));
        case TWICE -> {
          pending.add(new Pending(tMs, event));
          pending.add(new Pending(tMs + 1 + eventFate.nextInt(40), event));
        }
        case LOST -> pending.add(Pending.announceLater(tMs + EVENT_GIVE_UP_MS, fault));
      }
    }
  }

  /** Most events arrive at once; the rest late, twice or not at all, at random. */
  private EventFate fate() {
    if (forcedFate != null) {
      return forcedFate;
    }
    int draw = eventFate.nextInt(20);
    return draw < 11
        ? EventFate.AT_ONCE
        : draw < 14 ? EventFate.LATE : draw < 17 ? EventFate.TWICE : EventFate.LOST;
  }

  /** Every event from now on meets {@code fate}. */
  void forceEventFate(EventFate fate) {
    this.forcedFate = fate;
  }

  /** Whether this console sees {@code fault} on its own sensors and inputs now. */
  private boolean detects(Fault fault) {
    return switch (fault) {
      case TIP_SENSOR_OPEN, ESTOP, SUPPLY_PRESSURE_HIGH, EXHAUST_BLOCKED, SKIN_TEMP_LOW ->
          active(fault);
      case FOOT_SWITCH_RELEASED -> running && !(footSwitch && !active(Fault.FOOT_SWITCH_RELEASED));
      case SUPPLY_PRESSURE_LOW ->
          active(fault) && supplyCommanded && nowMs - supplyCommandMs >= SUPPLY_FILL_MS;
      case VALVE_STUCK_OPEN ->
          probeOpen && !probeCommanded && nowMs - probeCommandMs > VALVE_TRAVEL_MS + STUCK_GRACE_MS;
      default -> false;
    };
  }

  private ConsoleReport.ConsoleEvent event(Fault fault, boolean present) {
    return new ConsoleReport.ConsoleEvent(
        nowMs + 1_000, fault, present, (present ? "detected: " : "ended: ") + fault);
  }

  /** The event announcing {@code fault}'s state now, as the console's view has it. */
  private ConsoleReport.ConsoleEvent stateNow(Fault fault) {
    ConsoleReport.ConsoleEvent event = event(fault, announced.getOrDefault(fault, false));
    eventsSent.add(event);
    return event;
  }

  long nextReportMs() {
    long next = Math.min(nextTelemetryMs, nextHeartbeatMs);
    for (Pending p : pending) {
      next = Math.min(next, p.dueMs());
    }
    return next;
  }

  private Telemetry telemetry() {
    if (active(Fault.FIRMWARE_HANG) && lastSent != null) {
      return lastSent; // the same stale sample, over and over
    }
    double reportedTipC = tipC;
    if (active(Fault.TIP_SENSOR_OPEN)) {
      reportedTipC = Double.NaN;
    } else if (active(Fault.TIP_SENSOR_SHORT)) {
      reportedTipC = -250;
    }
    double supplyKPa = lineKPa;
    if (active(Fault.SUPPLY_PRESSURE_HIGH)) {
      supplyKPa = 7_000;
    } else if (active(Fault.SUPPLY_PRESSURE_LOW)) {
      supplyKPa = 2_500;
    }
    double returnKPa = active(Fault.EXHAUST_BLOCKED) ? 600 : gasFlowing() ? 90 : 5;
    lastSent =
        new Telemetry(
            nowMs + 1_000,
            reportedTipC,
            tipC + 8,
            supplyKPa,
            returnKPa,
            probeCommanded,
            probeOpen,
            supplyCommanded,
            supplyOpen,
            active(Fault.SKIN_TEMP_LOW) ? 5 : 31,
            active(Fault.ESTOP),
            footSwitch && !active(Fault.FOOT_SWITCH_RELEASED),
            (int) Math.min(Integer.MAX_VALUE, nowMs - lastHeartbeatMs));
    return lastSent;
  }
}
