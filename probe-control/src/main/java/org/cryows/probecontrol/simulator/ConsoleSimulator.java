package org.cryows.probecontrol.simulator;

import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.probecontrol.simulator.Firmware.ConsoleInputs;

/**
 * A simulated cryo console on a simulated clock: hardware physics, firmware and injected faults.
 *
 * <p>Drive it with {@link #handle(ConsoleCommand)} for each command that reaches the console and
 * {@link #advance(long)} to let time pass; it emits its reports (telemetry at 50 Hz, console
 * heartbeats at 10 Hz, identity, self-test results, its own alarms) to the consumer given at
 * construction, only from within {@code advance}. Physics is stepped at most {@value #STEP_MS} ms
 * at a time, and every deadline (telemetry, faults, heartbeat watchdog, self-test steps) falls on a
 * step boundary, so the simulated timing is exact to the millisecond and independent of how callers
 * slice time.
 *
 * <p>Link faults are not applied here: {@link #linkDown()} (COMM_LOSS) and {@link #lineNoise()}
 * (LINE_NOISE) tell the code that connects the simulator to a byte transport to drop or corrupt
 * traffic (see {@link LineNoise}); the console's firmware safety then sees what a real console
 * would, such as heartbeats that stop arriving.
 *
 * <p>Not thread-safe: call it from one thread (the one that owns the simulated clock).
 */
public final class ConsoleSimulator {
  /** The longest physics step, ms. */
  public static final long STEP_MS = 5;

  private final Plant plant;
  private final Firmware firmware;
  private final HardwareWatchdog watchdog = new HardwareWatchdog();
  private final ActiveFaults faults = new ActiveFaults();
  private final SimulatorConfig config;
  private long nowMs;
  private boolean operatorEstopPressed;
  private boolean operatorFootSwitchPressed;
  private boolean hung;
  private Set<Fault> activeNow = EnumSet.noneOf(Fault.class);

  public ConsoleSimulator(SimulatorConfig config, Consumer<ConsoleReport> reports) {
    if (config == null || reports == null) {
      throw new IllegalArgumentException("config and reports are required");
    }
    this.config = config;
    this.plant =
        new Plant(
            new GasCylinder(
                config.gas(),
                config.cylinderFillKg(),
                config.cylinderVolumeL(),
                config.cylinderTempC()));
    this.firmware = new Firmware(config, plant, reports);
  }

  /**
   * The console's answer to a command arriving now. A hung firmware does not answer. Reports the
   * command causes (an identity, an alarm cleared) follow on the next step of {@link #advance}.
   */
  public CommandResult handle(ConsoleCommand command) {
    if (command == null) {
      throw new IllegalArgumentException("command is required");
    }
    if (hung) {
      return new CommandResult.Unanswered("console firmware not responding");
    }
    return firmware.handle(command, nowMs, inputs());
  }

  /** Lets {@code dtMs} of simulated time pass. */
  public void advance(long dtMs) {
    if (dtMs < 0) {
      throw new IllegalArgumentException("cannot go back in time: dtMs " + dtMs);
    }
    long targetMs = Math.addExact(nowMs, dtMs);
    tick();
    while (nowMs < targetMs) {
      long stepEndMs = Math.min(targetMs, nextStepBoundary());
      plant.step(stepEndMs - nowMs, activeNow);
      nowMs = stepEndMs;
      tick();
    }
  }

  private long nextStepBoundary() {
    long next = (nowMs / STEP_MS + 1) * STEP_MS;
    next = Math.min(next, faults.nextChangeAfter(nowMs));
    long deadline = hung ? watchdog.deadlineMs() : firmware.nextDeadlineMs();
    return deadline > nowMs ? Math.min(next, deadline) : next;
  }

  /** Everything that happens at one instant: faults begin or end, watchdog, firmware loop. */
  private void tick() {
    activeNow = faults.at(nowMs);
    boolean hangsNow = activeNow.contains(Fault.FIRMWARE_HANG);
    if (hung && !hangsNow) {
      firmware.resumeAfterHang(nowMs, watchdog.fired());
      watchdog.reset();
    }
    hung = hangsNow;
    if (hung) {
      watchdog.check(nowMs, plant);
      return;
    }
    firmware.tick(nowMs, inputs());
    watchdog.kick(nowMs, firmware.heartbeatDeadlineAfter(nowMs));
  }

  private ConsoleInputs inputs() {
    return new ConsoleInputs(estopPressed(), footSwitchPressed(), activeNow);
  }

  // ---- faults and operator inputs -------------------------------------------------------------

  /** Adds every fault of {@code schedule}; times are on this simulator's clock. */
  public void schedule(FaultSchedule schedule) {
    schedule.faults().forEach(faults::add);
    activeNow = faults.at(nowMs);
  }

  /** Injects one fault. */
  public void inject(ScheduledFault fault) {
    faults.add(fault);
    activeNow = faults.at(nowMs);
  }

  /** The operator presses or releases the e-stop (ESTOP holds it pressed regardless). */
  public void setEstopPressed(boolean pressed) {
    operatorEstopPressed = pressed;
  }

  /** The operator presses or releases the foot switch (FOOT_SWITCH_RELEASED forces released). */
  public void setFootSwitchPressed(boolean pressed) {
    operatorFootSwitchPressed = pressed;
  }

  // ---- queries --------------------------------------------------------------------------------

  public long nowMs() {
    return nowMs;
  }

  public SimulatorConfig config() {
    return config;
  }

  public Set<Fault> activeFaults() {
    return Set.copyOf(activeNow);
  }

  /** COMM_LOSS is active: the link must carry nothing either way. */
  public boolean linkDown() {
    return activeNow.contains(Fault.COMM_LOSS);
  }

  /** LINE_NOISE is active: the link must corrupt what it carries (see {@link LineNoise}). */
  public boolean lineNoise() {
    return activeNow.contains(Fault.LINE_NOISE);
  }

  /** FIRMWARE_HANG is active: no answers, no reports. */
  public boolean firmwareHung() {
    return hung;
  }

  public boolean estopPressed() {
    return operatorEstopPressed || activeNow.contains(Fault.ESTOP);
  }

  public boolean footSwitchPressed() {
    return operatorFootSwitchPressed && !activeNow.contains(Fault.FOOT_SWITCH_RELEASED);
  }

  /**
   * The faults the console detects itself ({@link Fault#detectedByConsole()}) present at its
   * firmware's last pass, each with the simulated time it was detected: what its event frames
   * report (a look inside the box, for measurements).
   */
  public Map<Fault, Long> detectedFaults() {
    return firmware.detectedFaults();
  }

  /**
   * The link gave up on a report (its retries all went unanswered): at its next pass the firmware
   * sends an event frame's fault as it then stands, and an alarm raised or cleared again if it
   * still holds, so the workstation ends with the console's view.
   */
  public void reportUndelivered(ConsoleReport report) {
    firmware.reportUndelivered(report);
  }

  /** The console's own safety trips now latched (empty when none). */
  public Set<SafetyTrip> latchedTrips() {
    return firmware.latchedTrips();
  }

  /** Since when the console's safety has been tripped without a break, if it is. */
  public OptionalLong trippedSinceMs() {
    return firmware.trippedSinceMs();
  }

  public boolean armed() {
    return firmware.armed();
  }

  public boolean running() {
    return firmware.running();
  }

  public boolean selfTestRunning() {
    return firmware.selfTestRunning();
  }

  /**
   * What the sensors read now, as a telemetry sample, whether or not one is due and even while the
   * firmware is hung (a look inside the box, for tests and displays).
   */
  public Telemetry readSensors() {
    return firmware.telemetry(nowMs, inputs());
  }

  /** The tip's true temperature, whatever its thermocouple reads. */
  public double trueTipC() {
    return plant.trueTipC();
  }

  public double cylinderKPa() {
    return plant.cylinder().pressureKPa();
  }

  public double cylinderRemainingKg() {
    return plant.cylinder().remainingKg();
  }

  /** Gas flow through the probe, g/s. */
  public double massFlowGps() {
    return plant.massFlowGps();
  }
}
