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
 */
final class FakeConsole implements ConsoleLink {

  static final long TELEMETRY_PERIOD_MS = 20;
  static final long HEARTBEAT_PERIOD_MS = 100;
  static final long SELF_TEST_MS = 1_500;
  static final long VALVE_TRAVEL_MS = 10;

  /** What the regulator delivers to the line: the simulated console's 4480 kPa (650 psi). */
  static final double REGULATED_KPA = 4_480;

  static final double BODY_C = 37;

  private record Pending(long dueMs, ConsoleReport report) {}

  private final Queue<Pending> pending = new ArrayDeque<>();
  private final Map<Fault, Long> faults = new EnumMap<>(Fault.class);
  private final SplittableRandom noise;
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
  private long lastHeartbeatMs;
  private long nextTelemetryMs;
  private long nextHeartbeatMs;
  private Telemetry lastSent;

  /** Commands as received (not those lost on a dead link). */
  final List<ConsoleCommand> received = new ArrayList<>();

  FakeConsole(long seed) {
    this(seed, new ConsoleIdentity("SIM-0001", "1.4.2", "CRYO-14G", 3, 10));
  }

  FakeConsole(long seed, ConsoleIdentity identity) {
    this.noise = new SplittableRandom(seed);
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
      case ConsoleCommand.Start c -> {}
      case ConsoleCommand.Stop c -> {
        commandProbe(false);
        commandSupply(false);
      }
      case ConsoleCommand.Vent c -> {
        commandProbe(false);
        commandSupply(false);
        vented = true;
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
    List<ConsoleReport> due = new ArrayList<>();
    for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
      Pending p = it.next();
      if (p.dueMs() <= tMs) {
        it.remove();
        boolean fromWorkstationSide = p.report() instanceof ConsoleReport.CommandUndelivered;
        if (fromWorkstationSide || !active(Fault.COMM_LOSS)) {
          due.add(p.report());
        }
      }
    }
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
