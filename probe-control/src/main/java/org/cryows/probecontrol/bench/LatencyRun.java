package org.cryows.probecontrol.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.cryows.probecontrol.alarm.ActiveAlarm;
import org.cryows.probecontrol.alarm.AlarmEvent;
import org.cryows.probecontrol.alarm.AlarmEventKind;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.journal.JournalKey;
import org.cryows.probecontrol.journal.JournalWriter;
import org.cryows.probecontrol.journal.SyncListener;
import org.cryows.probecontrol.protocol.LinkTiming;
import org.cryows.probecontrol.serial.SerialBytePort;
import org.cryows.probecontrol.serial.SerialSettings;
import org.cryows.probecontrol.session.ConsoleSession;
import org.cryows.probecontrol.session.JournalingEvents;
import org.cryows.probecontrol.session.RealTimeConsole;
import org.cryows.probecontrol.session.SessionListener;
import org.cryows.probecontrol.session.SimulatedConsole;
import org.cryows.probecontrol.session.SocatPtyPair;
import org.cryows.probecontrol.session.WallClock;
import org.cryows.probecontrol.simulator.ConsoleSimulator;
import org.cryows.probecontrol.simulator.ScheduledFault;
import org.cryows.probecontrol.simulator.SimulatorConfig;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/**
 * One real-time run of the console bench: the session and the simulated console on the wall clock,
 * each on its own thread, over a socat pty pair through jSerialComm at 50 Hz telemetry, journaled
 * to a file. The controller freezes with the setpoint at the gas's limit (the probe valve stays
 * open); each fault strikes at a random moment of a freeze, is timed, and the session is brought
 * back to READY (pedal up, alarms acknowledged; after a console trip, the workstation's e-stop,
 * whose vent lets the console clear its latched trip) before the next freeze.
 *
 * <p>Timing: the console's thread notes when its firmware detected the fault (the moment of its
 * event frame) and when the valve that stops the gas reads closed; a session listener notes when
 * each stopping command leaves the controller for the line, and each alarm raised. All on the one
 * session clock (whole milliseconds).
 */
final class LatencyRun {

  /** What one injected fault gave (session ms; -1 when it did not happen). */
  static final class Sample {
    final FaultClass faultClass;
    volatile long onsetMs = -1;
    volatile long referenceMs = -1;
    volatile long valveClosedMs = -1;
    volatile boolean freezeKept;

    /** Since when the valve that stops the gas has read closed (-1: open). */
    long closedSinceMs = -1;

    final List<Long> stopCommandsMs = new CopyOnWriteArrayList<>();
    final List<Long> alarmsRaisedMs = new CopyOnWriteArrayList<>();
    final List<Long> eventsHeardMs = new CopyOnWriteArrayList<>();

    Sample(FaultClass faultClass) {
      this.faultClass = faultClass;
    }

    /** From the reference moment to the first stopping command at or after it. */
    Optional<Long> toStopCommandMs() {
      return firstFrom(stopCommandsMs).map(t -> t - referenceMs);
    }

    Optional<Long> toValveClosedMs() {
      return referenceMs < 0 || valveClosedMs < 0
          ? Optional.empty()
          : Optional.of(valveClosedMs - referenceMs);
    }

    Optional<Long> toAlarmMs() {
      return firstFrom(alarmsRaisedMs).map(t -> t - referenceMs);
    }

    /** From the detection to the console's event frame in the workstation's hands: the line. */
    Optional<Long> toEventHeardMs() {
      return firstFrom(eventsHeardMs).map(t -> t - referenceMs);
    }

    private Optional<Long> firstFrom(List<Long> times) {
      if (referenceMs < 0) {
        return Optional.empty();
      }
      return times.stream().filter(t -> t >= referenceMs).findFirst();
    }
  }

  /** What a run measured. */
  record Result(
      boolean eventFrames, long wallMs, int freezesStarted, List<Sample> samples, String stopped) {}

  private static final long START_TIMEOUT_MS = 3_000;
  private static final long RECOVER_TIMEOUT_MS = 6_000;
  private static final long VENT_AGAIN_MS = 300;

  private final boolean eventFrames;
  private final long durationMs;
  private final List<FaultClass> schedule;
  private final List<FaultClass> cycle;
  private final List<FaultClass> last;
  private final SplittableRandom random;

  private WallClock clock;
  private ConsoleSession session;
  private RealTimeConsole console;
  private volatile Sample current;

  /**
   * @param schedule classes injected first, once each in this order
   * @param cycle classes injected in turn after the schedule until the run's time is up
   * @param last classes injected once each at the end, whose effect outlasts the run (a skin the
   *     ice reached rewarms over minutes)
   */
  LatencyRun(
      boolean eventFrames,
      long durationMs,
      List<FaultClass> schedule,
      List<FaultClass> cycle,
      List<FaultClass> last,
      long seed) {
    this.eventFrames = eventFrames;
    this.durationMs = durationMs;
    this.schedule = List.copyOf(schedule);
    this.cycle = List.copyOf(cycle);
    this.last = List.copyOf(last);
    this.random = new SplittableRandom(seed);
  }

  Result run() throws IOException, InterruptedException {
    Path folder = Files.createTempDirectory("cryo-bench");
    Path journalFile = folder.resolve("latency.journal");
    long wallStart = System.nanoTime();
    List<Sample> samples = new ArrayList<>();
    String stopped = "";
    int freezes = 0;
    try (SocatPtyPair ptys = SocatPtyPair.start();
        var workstationPort = new SerialBytePort(SerialSettings.defaults(ptys.linkA().toString()));
        var consolePort = new SerialBytePort(SerialSettings.defaults(ptys.linkB().toString()));
        JournalWriter writer =
            JournalWriter.create(
                journalFile, JournalKey.generate(), Instant.now(), SyncListener.LOG_ONLY)) {
      workstationPort.open();
      consolePort.open();
      clock = new WallClock();
      SimulatorConfig config = SimulatorConfig.defaults(Gas.CO2);
      var simulated =
          new SimulatedConsole(
              eventFrames ? config : config.withoutEventFrames(),
              consolePort,
              LinkTiming.DEFAULT,
              clock,
              random.nextLong());
      var events = new JournalingEvents(writer::append, Clock.systemUTC(), "bench");
      session = new ConsoleSession(workstationPort, LinkTiming.DEFAULT, clock, events);
      session.addListener(new Timing());
      try (RealTimeConsole running = RealTimeConsole.start(simulated, clock, "bench-console");
          var driving = session.startRealTime("bench-session")) {
        console = running;
        running.afterEachPass(this::watch);
        if (!prepare()) {
          stopped = "self-test did not pass: " + session.controller().state();
        }
        long endMs = clock.nowMs() + durationMs;
        long lastFromMs = endMs - last.stream().mapToLong(c -> c.faultMs() + 1_000).sum();
        int next = 0;
        int nextLast = 0;
        while (stopped.isEmpty() && nextLast < last.size()) {
          FaultClass faultClass;
          if (next < schedule.size() && clock.nowMs() < lastFromMs) {
            faultClass = schedule.get(next++);
          } else if (clock.nowMs() < lastFromMs) {
            faultClass = cycle.get((next++ - schedule.size()) % cycle.size());
          } else {
            faultClass = last.get(nextLast++);
          }
          Sample sample = new Sample(faultClass);
          if (!startFreeze(sample) && !(recover() && startFreeze(sample))) {
            stopped =
                "no freeze before "
                    + faultClass.fault()
                    + ": "
                    + session.controller().state()
                    + " "
                    + alarmCodes();
            break;
          }
          freezes++;
          exercise(sample);
          samples.add(sample);
          current = null;
          if (nextLast == 0 && !recover()) {
            stopped =
                "not READY after "
                    + faultClass.fault()
                    + ": "
                    + session.controller().state()
                    + " "
                    + alarmCodes()
                    + " "
                    + session.controller().activeInterlocks().keySet();
          }
        }
      } catch (Exception e) {
        if (e instanceof InterruptedException ie) {
          throw ie;
        }
        throw new IllegalStateException("stopping the bench run failed: " + e.getMessage(), e);
      }
    } finally {
      Files.deleteIfExists(journalFile);
      Files.deleteIfExists(folder);
    }
    return new Result(
        eventFrames, (System.nanoTime() - wallStart) / 1_000_000, freezes, samples, stopped);
  }

  /** Connect, load the protocol, self-test: READY. */
  private boolean prepare() throws InterruptedException {
    var protocol =
        new FreezeProtocol(
            Gas.CO2,
            Gas.CO2.coldestTipC() + 0.5,
            List.of(new FreezeCycle(FreezeCycle.MAX_PHASE_SEC, 0)));
    session.act(new OperatorAction.Connect());
    session.act(OperatorAction.LoadProtocol.of(protocol));
    Thread.sleep(200);
    session.act(new OperatorAction.SelfTest());
    return waitFor(() -> session.controller().state() == ControllerState.READY, 5_000);
  }

  /**
   * Pedal down, arm, start as soon as the line is pressurised; then the probe valve open at the
   * console. A blocked probe strikes before the start (the freeze that never freezes).
   */
  private boolean startFreeze(Sample sample) throws InterruptedException {
    pedal(true);
    if (!session.act(new OperatorAction.Arm()).accepted()) {
      return false;
    }
    if (sample.faultClass.timedFrom() == FaultClass.From.FREEZE_START) {
      current = sample;
      inject(sample);
    }
    long deadline = clock.nowMs() + START_TIMEOUT_MS;
    while (!session.act(new OperatorAction.Start()).accepted()) {
      if (clock.nowMs() > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return waitFor(
        () -> session.controller().probeValveCommandedOpen() && probeValveSensedOpen, 2_000);
  }

  /** On the console's thread: the probe valve reads open. */
  private volatile boolean probeValveSensedOpen;

  /** Injects the fault at a random moment of the freeze and waits until it is timed. */
  private void exercise(Sample sample) throws InterruptedException {
    FaultClass faultClass = sample.faultClass;
    if (faultClass.timedFrom() != FaultClass.From.FREEZE_START) {
      Thread.sleep(20 + random.nextInt(100)); // any phase against the 20 ms telemetry
      current = sample;
      inject(sample);
      waitFor(() -> sample.onsetMs >= 0, 1_000);
    }
    switch (faultClass.timedFrom()) {
      case CONSOLE_DETECTION -> {
        if (faultClass.fault() == Fault.VALVE_STUCK_OPEN) {
          Thread.sleep(5 + random.nextInt(20));
          session.act(new OperatorAction.Stop()); // a stuck valve shows against a close
        }
        waitFor(() -> sample.referenceMs >= 0, faultClass.faultMs());
      }
      case ONSET -> sample.referenceMs = sample.onsetMs;
      case LINE_CLOSED_IN -> {
        session.act(new OperatorAction.Stop());
        sample.referenceMs = clock.nowMs();
      }
      case FREEZE_START -> {} // the freeze's start, noted by the listener
      case NOT_TIMED -> {
        Thread.sleep(faultClass.faultMs());
        sample.freezeKept =
            session.controller().state() == ControllerState.FREEZING
                && session.controller().probeValveCommandedOpen();
        return;
      }
    }
    boolean valveTimed = faultClass.timedFrom() != FaultClass.From.LINE_CLOSED_IN;
    waitFor(
        () -> sample.toStopCommandMs().isPresent() && (!valveTimed || sample.valveClosedMs >= 0),
        faultClass.timedFrom() == FaultClass.From.FREEZE_START
            ? faultClass.faultMs()
            : Math.max(2_000, faultClass.deadlineMs() + 1_000));
    waitForFaultEnd(sample);
  }

  private void inject(Sample sample) {
    FaultClass faultClass = sample.faultClass;
    console.submit(
        sim -> {
          sample.onsetMs = sim.nowMs();
          sim.inject(
              new ScheduledFault(
                  sim.nowMs() / 1000.0, faultClass.fault(), faultClass.faultMs() / 1000.0));
        });
  }

  private void waitForFaultEnd(Sample sample) throws InterruptedException {
    long endMs = sample.onsetMs + sample.faultClass.faultMs() + 50;
    while (clock.nowMs() < endMs) {
      Thread.sleep(Math.min(100, Math.max(1, endMs - clock.nowMs())));
    }
  }

  /**
   * Back to READY: pedal up, a freeze still running stopped; after a trip the workstation's e-stop,
   * whose vent lets the console clear a trip of its own once its cause is gone; every alarm
   * acknowledged.
   */
  private boolean recover() throws InterruptedException {
    pedal(false);
    long deadline = clock.nowMs() + RECOVER_TIMEOUT_MS;
    long nextVentMs = 0;
    while (session.controller().state() != ControllerState.READY && clock.nowMs() < deadline) {
      ControllerState state = session.controller().state();
      if (state == ControllerState.FREEZING
          || state == ControllerState.THAWING
          || state == ControllerState.ARMED) {
        session.act(new OperatorAction.Stop());
      }
      // A console trip latches until a vent or stop comes once its cause is gone; its alarm may
      // even have been lost with the line (a comm loss). The workstation's e-stop vents.
      // (Again while one stands: a console back from a hang trips on the heartbeats it missed until
      // the next one comes.)
      if ((state == ControllerState.FAULT || state == ControllerState.ESTOP)
          && clock.nowMs() >= nextVentMs) {
        session.act(new OperatorAction.EStop());
        nextVentMs = clock.nowMs() + VENT_AGAIN_MS;
      }
      for (ActiveAlarm alarm : session.controller().alarms(session.now()).alarms()) {
        session.act(new OperatorAction.Acknowledge(alarm.code()));
      }
      Thread.sleep(20);
    }
    return session.controller().state() == ControllerState.READY;
  }

  /** The one pedal: the console's input and the workstation's together. */
  private void pedal(boolean pressed) {
    console.submit(sim -> sim.setFootSwitchPressed(pressed));
    session.act(new OperatorAction.FootSwitch(pressed));
  }

  /**
   * On the console's thread after every pass: the firmware's detection, and when the valve that
   * stops the gas reads closed after the stopping command (for a stuck probe valve, the supply
   * shut-off; a valve that closed before the detection counts from the detection).
   */
  private void watch(ConsoleSimulator sim) {
    var sensors = sim.readSensors();
    probeValveSensedOpen = sensors.probeValveSensedOpen();
    Sample sample = current;
    if (sample == null || sample.onsetMs < 0) {
      return;
    }
    FaultClass faultClass = sample.faultClass;
    if (faultClass.timedFrom() == FaultClass.From.CONSOLE_DETECTION && sample.referenceMs < 0) {
      Long detected = sim.detectedFaults().get(faultClass.fault());
      if (detected != null && detected >= sample.onsetMs) {
        sample.referenceMs = detected;
      }
    }
    boolean closed =
        faultClass.fault() == Fault.VALVE_STUCK_OPEN
            ? !sensors.supplyValveSensedOpen()
            : !sensors.probeValveSensedOpen();
    if (!closed) {
      sample.closedSinceMs = -1;
    } else if (sample.closedSinceMs < 0) {
      sample.closedSinceMs = sim.nowMs();
    }
    if (closed
        && sample.valveClosedMs < 0
        && sample.referenceMs >= 0
        && sample.toStopCommandMs().isPresent()) {
      sample.valveClosedMs = Math.max(sample.closedSinceMs, sample.referenceMs);
    }
  }

  /** On the session's thread: the stopping commands and the alarms, as they leave. */
  private final class Timing implements SessionListener {
    @Override
    public void commandSent(long tMs, ConsoleCommand command) {
      Sample sample = current;
      if (sample != null && command.equals(sample.faultClass.stop())) {
        sample.stopCommandsMs.add(clock.nowMs());
      }
    }

    @Override
    public void consoleEvent(long tMs, ConsoleReport.ConsoleEvent event) {
      Sample sample = current;
      if (sample != null && event.present() && event.fault() == sample.faultClass.fault()) {
        sample.eventsHeardMs.add(clock.nowMs());
      }
    }

    @Override
    public void alarmEvent(AlarmEvent event) {
      Sample sample = current;
      if (sample != null && event.kind() == AlarmEventKind.RAISED) {
        sample.alarmsRaisedMs.add(clock.nowMs());
      }
    }

    @Override
    public void stateChanged(long tMs, ControllerState from, ControllerState to, String reason) {
      Sample sample = current;
      if (to == ControllerState.FREEZING
          && sample != null
          && sample.faultClass.timedFrom() == FaultClass.From.FREEZE_START
          && sample.referenceMs < 0) {
        sample.referenceMs = clock.nowMs();
      }
    }
  }

  private String alarmCodes() {
    return session.controller().alarms(session.now()).alarms().stream()
        .map(ActiveAlarm::code)
        .toList()
        .toString();
  }

  private static boolean waitFor(BooleanSupplier condition, long timeoutMs)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(1);
    }
    return true;
  }
}
