package org.cryows.probecontrol.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleIdentity;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.SelfTestResult;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.FreezeProtocol;

/**
 * The console's firmware: answers commands, runs the self-test, sends telemetry and heartbeats, and
 * keeps its own safety whatever the workstation says. Reports caused by a command are queued and
 * sent on the next tick, after the command's ack.
 */
final class Firmware {
  static final long TELEMETRY_PERIOD_MS = 20;
  static final long CONSOLE_HEARTBEAT_PERIOD_MS = 100;

  private final SimulatorConfig config;
  private final Plant plant;
  private final Consumer<ConsoleReport> reports;
  private final List<ConsoleReport> outbox = new ArrayList<>();
  private final Map<SafetyTrip, Long> latched = new EnumMap<>(SafetyTrip.class);
  private final FaultMonitor monitor = new FaultMonitor();

  private FreezeProtocol protocol;
  private boolean selfTestPassed;
  private SelfTest selfTest;
  private boolean armed;
  private boolean running;
  private boolean heartbeatSession;
  private long lastHeartbeatMs;
  private int probeUseCount;
  private boolean probeUseCounted;
  private long lastTelemetryMs = -1;
  private long lastConsoleHeartbeatMs = -1;

  Firmware(SimulatorConfig config, Plant plant, Consumer<ConsoleReport> reports) {
    this.config = config;
    this.plant = plant;
    this.reports = reports;
    this.probeUseCount = config.identity().probeUseCount();
  }

  // ---- commands -------------------------------------------------------------------------------

  CommandResult handle(ConsoleCommand command, long nowMs, ConsoleInputs inputs) {
    return switch (command) {
      case ConsoleCommand.Heartbeat h -> heartbeat(nowMs);
      case ConsoleCommand.Identify i -> identify();
      case ConsoleCommand.RunSelfTest r -> runSelfTest(nowMs, inputs);
      case ConsoleCommand.LoadProtocol l -> loadProtocol(l.protocol());
      case ConsoleCommand.Arm a -> arm(inputs);
      case ConsoleCommand.Start s -> start();
      case ConsoleCommand.Stop s -> stop(nowMs, inputs, false);
      case ConsoleCommand.Vent v -> stop(nowMs, inputs, true);
      case ConsoleCommand.SetProbeValve p -> setProbeValve(p.open());
      case ConsoleCommand.SetSupplyValve s -> setSupplyValve(s.open());
    };
  }

  private CommandResult heartbeat(long nowMs) {
    heartbeatSession = true;
    lastHeartbeatMs = nowMs;
    return CommandResult.ACCEPTED;
  }

  private CommandResult identify() {
    ConsoleIdentity base = config.identity();
    outbox.add(
        new ConsoleReport.IdentityReport(
            new ConsoleIdentity(
                base.consoleSerial(),
                base.firmwareVersion(),
                base.probeModel(),
                probeUseCount,
                base.probeMaxUses())));
    return CommandResult.ACCEPTED;
  }

  private CommandResult runSelfTest(long nowMs, ConsoleInputs inputs) {
    if (selfTest != null) {
      return reject("self-test already running");
    }
    if (running || armed) {
      return reject("console is " + (running ? "running" : "armed") + ": stop it first");
    }
    // While tripped the valves stay closed; the self-test would open the supply shut-off.
    String refusal = tripRefusal();
    if (refusal != null) {
      return reject(refusal);
    }
    Map<SafetyTrip, String> causes = causesPresent(nowMs, inputs);
    if (!causes.isEmpty()) {
      return reject("cannot self-test while: " + String.join("; ", causes.values()));
    }
    selfTest = new SelfTest(nowMs, plant);
    return CommandResult.ACCEPTED;
  }

  private CommandResult loadProtocol(FreezeProtocol newProtocol) {
    if (running || selfTest != null) {
      return reject("cannot load a protocol while " + (running ? "running" : "the self-test runs"));
    }
    if (newProtocol.gas() != config.gas()) {
      return reject(
          "protocol asks for " + newProtocol.gas() + " but the console holds " + config.gas());
    }
    if (newProtocol.hasActiveThaw()) {
      return reject("this console thaws passively only");
    }
    protocol = newProtocol;
    return CommandResult.ACCEPTED;
  }

  private CommandResult arm(ConsoleInputs inputs) {
    String refusal = tripRefusal();
    if (refusal != null) {
      return reject(refusal);
    }
    if (selfTest != null) {
      return reject("self-test running");
    }
    if (protocol == null) {
      return reject("no freeze protocol loaded");
    }
    if (!selfTestPassed) {
      return reject("no passed self-test");
    }
    if (inputs.estopPressed()) {
      return reject("e-stop pressed");
    }
    armed = true;
    plant.setVenting(false);
    plant.supplyValve().command(true);
    return CommandResult.ACCEPTED;
  }

  private CommandResult start() {
    String refusal = tripRefusal();
    if (refusal != null) {
      return reject(refusal);
    }
    if (protocol == null) {
      return reject("no freeze protocol loaded");
    }
    if (!armed) {
      return reject("not armed");
    }
    if (running) {
      return reject("already running");
    }
    running = true;
    if (!probeUseCounted) {
      probeUseCount++;
      probeUseCounted = true;
    }
    return CommandResult.ACCEPTED;
  }

  private CommandResult stop(long nowMs, ConsoleInputs inputs, boolean vent) {
    if (selfTest != null) {
      SelfTestResult aborted = selfTest.abort(vent ? "vent commanded" : "stop commanded");
      selfTest = null;
      selfTestPassed = false;
      outbox.add(new ConsoleReport.SelfTestReport(aborted));
    }
    armed = false;
    running = false;
    plant.probeValve().command(false);
    plant.supplyValve().command(false);
    if (vent) {
      plant.setVenting(true);
    }
    clearTripsWhoseCauseIsGone(nowMs, inputs);
    return CommandResult.ACCEPTED;
  }

  private CommandResult setProbeValve(boolean open) {
    if (!open) {
      plant.probeValve().command(false);
      return CommandResult.ACCEPTED;
    }
    String refusal = tripRefusal();
    if (refusal != null) {
      return reject(refusal);
    }
    if (protocol == null || !armed || !running) {
      return reject("probe valve opens only when armed and started with a loaded protocol");
    }
    plant.probeValve().command(true);
    return CommandResult.ACCEPTED;
  }

  private CommandResult setSupplyValve(boolean open) {
    if (!open) {
      plant.supplyValve().command(false);
      return CommandResult.ACCEPTED;
    }
    String refusal = tripRefusal();
    if (refusal != null) {
      return reject(refusal);
    }
    if (!armed) {
      return reject("supply valve opens only when armed");
    }
    plant.setVenting(false);
    plant.supplyValve().command(true);
    return CommandResult.ACCEPTED;
  }

  private String tripRefusal() {
    if (latched.isEmpty()) {
      return null;
    }
    List<String> codes = latched.keySet().stream().map(SafetyTrip::alarmCode).toList();
    return "console safety tripped (" + String.join(", ", codes) + "): send Stop or Vent";
  }

  private static CommandResult reject(String reason) {
    return new CommandResult.Rejected(reason);
  }

  // ---- the main loop --------------------------------------------------------------------------

  /** One pass of the firmware's main loop at {@code nowMs}. */
  void tick(long nowMs, ConsoleInputs inputs) {
    flushOutbox();
    // Event frames first: each goes out before the alarm of a trip the same fault causes.
    monitor.check(nowMs, plant, inputs, armed, running, config.eventFrames(), reports);
    Map<SafetyTrip, String> causes = causesPresent(nowMs, inputs);
    for (Map.Entry<SafetyTrip, String> cause : causes.entrySet()) {
      if (!latched.containsKey(cause.getKey())) {
        trip(cause.getKey(), cause.getValue(), nowMs);
      }
    }
    if (selfTest != null) {
      Optional<SelfTestResult> result =
          selfTest.tick(nowMs, plant, inputs.faults(), inputs.estopPressed());
      if (result.isPresent()) {
        selfTest = null;
        selfTestPassed = result.get().passed();
        reports.accept(new ConsoleReport.SelfTestReport(result.get()));
      }
    }
    if (nowMs % TELEMETRY_PERIOD_MS == 0 && nowMs != lastTelemetryMs) {
      lastTelemetryMs = nowMs;
      reports.accept(new ConsoleReport.TelemetryReport(telemetry(nowMs, inputs)));
    }
    if (nowMs % CONSOLE_HEARTBEAT_PERIOD_MS == 0 && nowMs != lastConsoleHeartbeatMs) {
      lastConsoleHeartbeatMs = nowMs;
      reports.accept(new ConsoleReport.ConsoleHeartbeat());
    }
  }

  /**
   * The firmware comes back after a hang where it stopped, its queued reports still to send; if the
   * hardware watchdog cut the valves meanwhile, it disarms and latches that trip.
   */
  void resumeAfterHang(long nowMs, boolean watchdogFired) {
    flushOutbox(); // what was queued before the hang goes out before anything new
    if (watchdogFired) {
      trip(
          SafetyTrip.HARDWARE_WATCHDOG,
          "firmware stopped; the hardware watchdog closed the valves and vented the line",
          nowMs);
    }
  }

  private void trip(SafetyTrip cause, String message, long nowMs) {
    plant.commandSafeState();
    armed = false;
    running = false;
    if (selfTest != null) {
      SelfTestResult aborted = selfTest.abort(cause.alarmCode() + ": " + message);
      selfTest = null;
      selfTestPassed = false;
      reports.accept(new ConsoleReport.SelfTestReport(aborted));
    }
    latched.put(cause, nowMs);
    reports.accept(new ConsoleReport.ConsoleAlarmRaised(cause.alarmCode(), message));
  }

  private void clearTripsWhoseCauseIsGone(long nowMs, ConsoleInputs inputs) {
    Set<SafetyTrip> present = causesPresent(nowMs, inputs).keySet();
    for (SafetyTrip trip : List.copyOf(latched.keySet())) {
      if (!present.contains(trip)) {
        latched.remove(trip);
        outbox.add(new ConsoleReport.ConsoleAlarmCleared(trip.alarmCode()));
      }
    }
  }

  private Map<SafetyTrip, String> causesPresent(long nowMs, ConsoleInputs inputs) {
    return FirmwareSafety.causesPresent(
        plant, inputs.estopPressed(), heartbeatSession, msSinceHeartbeat(nowMs));
  }

  private void flushOutbox() {
    List<ConsoleReport> queued = List.copyOf(outbox);
    outbox.clear();
    queued.forEach(reports);
  }

  Telemetry telemetry(long nowMs, ConsoleInputs inputs) {
    return new Telemetry(
        nowMs,
        plant.tipReadingC(inputs.faults()),
        plant.returnGasC(),
        plant.supplyKPa(),
        plant.returnKPa(),
        plant.probeValve().commandedOpen(),
        plant.probeValve().sensedOpen(),
        plant.supplyValve().commandedOpen(),
        plant.supplyValve().sensedOpen(),
        plant.skinC(),
        inputs.estopPressed(),
        inputs.footSwitchPressed(),
        (int) Math.min(Integer.MAX_VALUE, msSinceHeartbeat(nowMs)));
  }

  // ---- what the simulator asks ----------------------------------------------------------------

  long msSinceHeartbeat(long nowMs) {
    return nowMs - lastHeartbeatMs;
  }

  /**
   * When the heartbeat watchdog will trip if no heartbeat arrives, if that is still ahead; {@link
   * Long#MAX_VALUE} otherwise (no session yet, or already past and acted on).
   */
  long heartbeatDeadlineAfter(long nowMs) {
    long deadline = lastHeartbeatMs + FirmwareSafety.HEARTBEAT_TRIP_MS;
    return heartbeatSession && deadline > nowMs ? deadline : Long.MAX_VALUE;
  }

  /** The next time the firmware must run even if nothing else happens. */
  long nextDeadlineMs() {
    long next = Long.MAX_VALUE;
    if (heartbeatSession) {
      next = lastHeartbeatMs + FirmwareSafety.HEARTBEAT_TRIP_MS;
    }
    if (selfTest != null) {
      next = Math.min(next, selfTest.nextDeadlineMs());
    }
    return next;
  }

  /**
   * The link gave up on a report (the line was down through its retries). An event frame's fault,
   * and an alarm raised or cleared, go out again as they then stand: the workstation ends with the
   * console's view.
   */
  void reportUndelivered(ConsoleReport report) {
    switch (report) {
      case ConsoleReport.ConsoleEvent e -> monitor.reannounce(e.fault());
      case ConsoleReport.ConsoleAlarmRaised a -> {
        if (latchedCodes().contains(a.code())) {
          outbox.add(a);
        }
      }
      case ConsoleReport.ConsoleAlarmCleared c -> {
        if (!latchedCodes().contains(c.code())) {
          outbox.add(c);
        }
      }
      default -> {} // identity and self-test results answer a request the workstation repeats
    }
  }

  private List<String> latchedCodes() {
    return latched.keySet().stream().map(SafetyTrip::alarmCode).toList();
  }

  /** The faults the console detects itself that are present, with when each was detected. */
  Map<Fault, Long> detectedFaults() {
    return monitor.detected();
  }

  Set<SafetyTrip> latchedTrips() {
    return latched.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(java.util.EnumSet.copyOf(latched.keySet()));
  }

  OptionalLong trippedSinceMs() {
    return latched.values().stream().mapToLong(Long::longValue).min();
  }

  boolean armed() {
    return armed;
  }

  boolean running() {
    return running;
  }

  boolean selfTestRunning() {
    return selfTest != null;
  }

  /** The firmware's view of the sensors and inputs at one moment. */
  record ConsoleInputs(boolean estopPressed, boolean footSwitchPressed, Set<Fault> faults) {
    ConsoleInputs {
      faults = Set.copyOf(faults);
    }
  }
}
