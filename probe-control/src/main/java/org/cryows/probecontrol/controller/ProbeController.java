package org.cryows.probecontrol.controller;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.cryows.probecontrol.alarm.AlarmDefinition;
import org.cryows.probecontrol.alarm.AlarmManager;
import org.cryows.probecontrol.alarm.AlarmSnapshot;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleIdentity;
import org.cryows.probecontrol.console.ConsoleLink;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.probecontrol.interlock.Interlock;
import org.cryows.probecontrol.interlock.InterlockContext;
import org.cryows.probecontrol.interlock.InterlockSpec;
import org.cryows.probecontrol.interlock.Interlocks;
import org.cryows.probecontrol.interlock.SafeAction;
import org.cryows.probecontrol.interlock.SupplyPressureLowInterlock;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The probe controller: the state machine that decides when gas flows. Pure logic on the session
 * clock: every input carries its time in session milliseconds, there are no threads and no
 * sleeping.
 *
 * <p>Inputs: operator actions ({@link #act}), console reports ({@link #onReport}) and clock ticks
 * ({@link #tick}), which the driver must call at least every {@value #CONTROL_PERIOD_MS} ms.
 * Outputs: commands through the {@link ConsoleLink}, and {@link ControllerEvents} for the journal,
 * each emitted before the controller acts.
 *
 * <p>Time-driven work (heartbeats, phase ends, time-outs, the interlocks' timers) runs on a fixed
 * grid of {@value #CONTROL_PERIOD_MS} ms of session time, stamped with the grid time. Any input
 * first catches the grid up to its own time. So the outputs depend only on the inputs and their
 * times, never on when the driver happened to tick: replaying the journaled actions and reports
 * through a fresh controller reproduces the same states, commands and alarms at the same times.
 *
 * <p>Thread safety: every public method is synchronized; a driver may call from a link's reader
 * thread and a timer thread, provided {@link ConsoleLink#send} does not wait on the report thread.
 */
public final class ProbeController {

  /** Period of the time-driven work, and the longest a driver may leave between ticks. */
  public static final long CONTROL_PERIOD_MS = 10;

  /** Workstation heartbeat period; the console stops the gas after 500 ms without one. */
  public static final long HEARTBEAT_PERIOD_MS = 100;

  /** The console's self-test takes at most 2 s; give up after this. */
  public static final long SELF_TEST_TIMEOUT_MS = 5_000;

  /** Telemetry older than this is not a basis for opening the probe valve. */
  public static final long MAX_TELEMETRY_AGE_MS = 250;

  /** How soon to repeat a close command the console does not seem to have obeyed. */
  public static final long CLOSE_REPEAT_MS = 100;

  /** The console refused or never received a command. */
  public static final AlarmDefinition COMMAND_FAILED =
      new AlarmDefinition(
          "COMMAND_FAILED", AlarmPriority.MEDIUM, true, "Console refused or missed a command");

  /** The operator pressed the workstation's emergency stop. */
  public static final AlarmDefinition OPERATOR_ESTOP =
      new AlarmDefinition(
          "OPERATOR_ESTOP", AlarmPriority.HIGH, true, "Emergency stop (workstation)");

  /** The console's self-test failed or did not answer; cleared by a passing self-test. */
  public static final AlarmDefinition SELF_TEST_FAILED =
      new AlarmDefinition("SELF_TEST_FAILED", AlarmPriority.MEDIUM, false, "Self-test failed");

  private static final Logger LOG = LoggerFactory.getLogger(ProbeController.class);
  private static final long NEVER = InterlockContext.NEVER;

  private final ConsoleLink link;
  private final GuardedEvents events;
  private final AlarmManager alarms;
  private final Interlock[] interlocks;

  /** Conditions present at the last evaluation, by interlock code, with their reasons. */
  private final Map<String, String> conditions = new LinkedHashMap<>();

  /** What put the controller into FAULT or ESTOP: alarm codes to be acknowledged. */
  private final Set<String> latchCauses = new LinkedHashSet<>();

  /** The console's own alarms now raised (immutable, replaced on change). */
  private Set<String> consoleAlarms = Set.of();

  /**
   * Faults the console's event frames report present and not yet ended, with their detail. The
   * interlock of each such fault trips on it at once, as it would on telemetry showing the fault;
   * the condition lasts until the console reports it ended and the telemetry shows it gone.
   */
  private final Map<Fault, String> consoleFaults = new EnumMap<>(Fault.class);

  private ControllerState state = ControllerState.DISCONNECTED;
  private long nowMs = NEVER;
  private long nextPeriodMs = NEVER;
  private long connectedSinceMs = NEVER;

  private ConsoleIdentity identity;
  private boolean selfTestPassed;
  private long selfTestStartMs = NEVER;
  private FreezeProtocol protocol;
  private int cycleIndex = -1;
  private long phaseStartMs = NEVER;

  private Telemetry latest;
  private long lastTelemetryMs = NEVER;

  /** When the console's clock last moved, as its own timestamps tell ({@link #onTelemetry}). */
  private long lastAdvancingTelemetryMs = NEVER;

  /** When the first sample carrying the latest console time arrived. */
  private long lastAdvancingArrivalMs = NEVER;

  private long lastConsoleHeartbeatMs = NEVER;

  private boolean probeValveOpen;
  private long probeValveChangedMs = NEVER;
  private long probeCloseSentMs = NEVER;
  private boolean supplyValveOpen;
  private long supplyValveChangedMs = NEVER;
  private long supplyCloseSentMs = NEVER;
  private boolean linesVented;

  /**
   * The console may have vented the line on its own: every firmware safety trip (reported as a
   * console alarm) closes both valves and vents, and the self-test vents at its start and at its
   * end. Until the supply is opened again the trapped pressure is not ours to judge for leaks.
   */
  private boolean consoleMayHaveVented;

  private boolean footSwitchPressed;

  /**
   * @param link where commands go
   * @param events where the journal hears of everything, before it happens
   */
  public ProbeController(ConsoleLink link, ControllerEvents events) {
    if (link == null || events == null) {
      throw new IllegalArgumentException("link and events are required");
    }
    this.link = link;
    this.events = new GuardedEvents(events);
    this.alarms = new AlarmManager(this.events::alarmEvent);
    this.interlocks = Interlocks.all().toArray(Interlock[]::new);
  }

  // ---------------------------------------------------------------- inputs

  /** An operator action at {@code tMs}; journaled first, then done or refused with a reason. */
  public synchronized ActionResult act(long tMs, OperatorAction action) {
    if (action == null) {
      throw new IllegalArgumentException("action is required");
    }
    long t = advanceTo(tMs);
    events.operatorAction(t, action);
    ActionResult result = handle(t, action);
    evaluate(t, false);
    return result;
  }

  /** A report from the console, received at {@code tMs}. */
  public synchronized void onReport(long tMs, ConsoleReport report) {
    if (report == null) {
      throw new IllegalArgumentException("report is required");
    }
    long t = advanceTo(tMs);
    events.reportReceived(t, report);
    switch (report) {
      case ConsoleReport.TelemetryReport r -> onTelemetry(t, r.telemetry());
      case ConsoleReport.IdentityReport r -> identity = r.identity();
      case ConsoleReport.SelfTestReport r -> onSelfTest(t, r);
      case ConsoleReport.ConsoleHeartbeat r -> lastConsoleHeartbeatMs = t;
      case ConsoleReport.ConsoleAlarmRaised r -> {
        consoleAlarms = with(consoleAlarms, r.code());
        consoleMayHaveVented = true; // a console trip closes both valves and vents
      }
      case ConsoleReport.ConsoleAlarmCleared r -> consoleAlarms = without(consoleAlarms, r.code());
      case ConsoleReport.ConsoleEvent r -> {
        if (r.present()) {
          consoleFaults.put(r.fault(), r.detail());
        } else {
          consoleFaults.remove(r.fault());
        }
      }
      case ConsoleReport.CommandRejected r -> onCommandFailed(t, r.command(), r.reason());
      case ConsoleReport.CommandUndelivered r -> onCommandFailed(t, r.command(), r.reason());
    }
    if (!(report instanceof ConsoleReport.TelemetryReport)) {
      evaluate(t, false);
    }
  }

  /** The clock moved on to {@code nowMs}; runs the time-driven work that has come due. */
  public synchronized void tick(long nowMs) {
    advanceTo(nowMs);
  }

  /**
   * A report consumer for a {@link ConsoleLink}, stamping each report with the given clock. The
   * clock is read once the controller is held, so a report never carries a time earlier than an
   * input another thread gave meanwhile.
   */
  public Consumer<ConsoleReport> reportSink(LongSupplier clockMs) {
    return report -> {
      synchronized (this) {
        onReport(clockMs.getAsLong(), report);
      }
    };
  }

  // ---------------------------------------------------------------- convenience actions

  public ActionResult connect(long tMs) {
    return act(tMs, new OperatorAction.Connect());
  }

  public ActionResult selfTest(long tMs) {
    return act(tMs, new OperatorAction.SelfTest());
  }

  public ActionResult loadProtocol(long tMs, FreezeProtocol protocol) {
    return act(tMs, OperatorAction.LoadProtocol.of(protocol));
  }

  public ActionResult arm(long tMs) {
    return act(tMs, new OperatorAction.Arm());
  }

  public ActionResult footSwitch(long tMs, boolean pressed) {
    return act(tMs, new OperatorAction.FootSwitch(pressed));
  }

  public ActionResult start(long tMs) {
    return act(tMs, new OperatorAction.Start());
  }

  public ActionResult stop(long tMs) {
    return act(tMs, new OperatorAction.Stop());
  }

  public ActionResult acknowledge(long tMs, String alarmCode) {
    return act(tMs, new OperatorAction.Acknowledge(alarmCode));
  }

  public ActionResult pauseAudio(long tMs, String alarmCode) {
    return act(tMs, new OperatorAction.PauseAudio(alarmCode));
  }

  public ActionResult estop(long tMs) {
    return act(tMs, new OperatorAction.EStop());
  }

  // ---------------------------------------------------------------- queries

  public synchronized ControllerState state() {
    return state;
  }

  /** The active alarms, sorted for display, at {@code nowMs} (for audio pause times). */
  public synchronized AlarmSnapshot alarms(long nowMs) {
    return alarms.snapshot(nowMs);
  }

  /** Interlock conditions present at the last evaluation: code to reason. */
  public synchronized Map<String, String> activeInterlocks() {
    return Map.copyOf(conditions);
  }

  /** The loaded protocol. */
  public synchronized Optional<FreezeProtocol> protocol() {
    return Optional.ofNullable(protocol);
  }

  /** The running cycle (0-based) while FREEZING or THAWING, else -1. */
  public synchronized int cycleIndex() {
    return isRunning() ? cycleIndex : -1;
  }

  public synchronized Optional<Telemetry> latestTelemetry() {
    return Optional.ofNullable(latest);
  }

  /** The controller's last command to the probe valve. */
  public synchronized boolean probeValveCommandedOpen() {
    return probeValveOpen;
  }

  /** The controller's last command to the supply shut-off valve. */
  public synchronized boolean supplyValveCommandedOpen() {
    return supplyValveOpen;
  }

  // ---------------------------------------------------------------- time

  /** Catches the control grid up to {@code tMs} and returns the time inputs are stamped with. */
  private long advanceTo(long tMs) {
    if (tMs < 0) {
      throw new IllegalArgumentException("session time must not be negative: " + tMs);
    }
    if (nowMs != NEVER && tMs < nowMs) {
      LOG.warn("session time went back from {} to {} ms; using {} ms", nowMs, tMs, nowMs);
      tMs = nowMs;
    }
    if (!connected()) {
      // Nothing is time-driven before the operator connects; join the grid where we are.
      nextPeriodMs = Math.ceilDiv(tMs, CONTROL_PERIOD_MS) * CONTROL_PERIOD_MS;
    }
    while (nextPeriodMs <= tMs) {
      nowMs = nextPeriodMs;
      nextPeriodMs += CONTROL_PERIOD_MS;
      periodic(nowMs);
    }
    nowMs = tMs;
    return tMs;
  }

  private void periodic(long t) {
    if (!connected()) {
      return;
    }
    if (t % HEARTBEAT_PERIOD_MS == 0) {
      send(t, new ConsoleCommand.Heartbeat());
    }
    advancePhase(t);
    if (state == ControllerState.SELF_TEST && t - selfTestStartMs >= SELF_TEST_TIMEOUT_MS) {
      failSelfTest(t, "no self-test result within " + SELF_TEST_TIMEOUT_MS + " ms");
    }
    evaluate(t, false);
  }

  /** Ends a freeze or thaw whose time is up: freeze then thaw for each cycle, then COMPLETE. */
  private void advancePhase(long t) {
    if (!isRunning()) {
      return;
    }
    FreezeCycle cycle = protocol.cycles().get(cycleIndex);
    if (state == ControllerState.FREEZING && t - phaseStartMs >= millis(cycle.freezeSec())) {
      changeState(t, ControllerState.THAWING, "freeze " + (cycleIndex + 1) + " done");
      phaseStartMs = t;
      closeValves(t);
    }
    if (state == ControllerState.THAWING && t - phaseStartMs >= millis(cycle.thawSec())) {
      if (cycleIndex + 1 < protocol.cycles().size()) {
        beginFreeze(t, cycleIndex + 1);
      } else {
        changeState(t, ControllerState.COMPLETE, "protocol complete");
        send(t, new ConsoleCommand.Stop());
      }
    }
  }

  // ---------------------------------------------------------------- operator actions

  private ActionResult handle(long t, OperatorAction action) {
    return switch (action) {
      case OperatorAction.Connect a -> doConnect(t);
      case OperatorAction.SelfTest a -> doSelfTest(t);
      case OperatorAction.LoadProtocol a -> doLoadProtocol(t, a);
      case OperatorAction.Arm a -> doArm(t);
      case OperatorAction.FootSwitch a -> {
        footSwitchPressed = a.pressed();
        yield ActionResult.ok();
      }
      case OperatorAction.Start a -> doStart(t);
      case OperatorAction.Stop a -> doStop(t);
      case OperatorAction.Acknowledge a ->
          alarms.acknowledge(t, a.alarm())
              ? ActionResult.ok()
              : ActionResult.refused("no active alarm " + a.alarm());
      case OperatorAction.PauseAudio a ->
          alarms.pauseAudio(t, a.alarm())
              ? ActionResult.ok()
              : ActionResult.refused("no active alarm " + a.alarm());
      case OperatorAction.EStop a -> doEStop(t);
    };
  }

  private ActionResult doConnect(long t) {
    if (state != ControllerState.DISCONNECTED) {
      return ActionResult.refused("already connected (" + state + ")");
    }
    changeState(t, ControllerState.CONNECTED, "operator connected");
    connectedSinceMs = t;
    send(t, new ConsoleCommand.Identify());
    return ActionResult.ok();
  }

  private ActionResult doSelfTest(long t) {
    if (!inState(ControllerState.CONNECTED, ControllerState.READY, ControllerState.COMPLETE)) {
      return ActionResult.refused("self-test is possible when connected and idle, not " + state);
    }
    changeState(t, ControllerState.SELF_TEST, "operator started the self-test");
    selfTestPassed = false;
    selfTestStartMs = t;
    consoleMayHaveVented = true; // the console's self-test vents the line at its start and end
    send(t, new ConsoleCommand.RunSelfTest());
    return ActionResult.ok();
  }

  private ActionResult doLoadProtocol(long t, OperatorAction.LoadProtocol a) {
    if (!inState(
        ControllerState.CONNECTED,
        ControllerState.SELF_TEST,
        ControllerState.READY,
        ControllerState.COMPLETE)) {
      return ActionResult.refused("a protocol can be loaded only while idle, not in " + state);
    }
    FreezeProtocol candidate;
    try {
      candidate = new FreezeProtocol(a.gas(), a.setpointC(), a.cycles());
    } catch (IllegalArgumentException e) {
      return ActionResult.refused("protocol refused: " + e.getMessage());
    }
    Optional<String> unsupported = ConsoleCapabilities.STANDARD.refusal(candidate);
    if (unsupported.isPresent()) {
      return ActionResult.refused("protocol refused: " + unsupported.get());
    }
    protocol = candidate;
    send(t, new ConsoleCommand.LoadProtocol(candidate));
    if (state == ControllerState.COMPLETE) {
      changeState(t, ControllerState.READY, "new protocol loaded");
    }
    return ActionResult.ok();
  }

  private ActionResult doArm(long t) {
    if (!inState(ControllerState.READY, ControllerState.COMPLETE)) {
      return ActionResult.refused(
          "arming needs a passed self-test and an idle console, not " + state);
    }
    if (protocol == null) {
      return ActionResult.refused("no freeze protocol loaded");
    }
    if (tripOnStartAttempt(t, ControllerState.ARMED)) {
      return ActionResult.refused("an interlock tripped: " + String.join("; ", latchCauses));
    }
    changeState(t, ControllerState.ARMED, "operator armed");
    supplyValveOpen = true; // the console's Arm opens the supply shut-off
    supplyValveChangedMs = t;
    linesVented = false;
    consoleMayHaveVented = false;
    send(t, new ConsoleCommand.Arm());
    return ActionResult.ok();
  }

  private ActionResult doStart(long t) {
    if (state != ControllerState.ARMED) {
      return ActionResult.refused("start needs an armed console, not " + state);
    }
    if (!footSwitchPressed || latest == null || !latest.footSwitchPressed()) {
      return ActionResult.refused("press and hold the foot switch to start");
    }
    if (msSince(t, lastAdvancingTelemetryMs) >= MAX_TELEMETRY_AGE_MS) {
      return ActionResult.refused("no fresh telemetry from the console");
    }
    if (!supplyReady()) {
      return ActionResult.refused("supply line not pressurised yet");
    }
    if (tripOnStartAttempt(t, ControllerState.FREEZING)) {
      return ActionResult.refused("an interlock tripped: " + String.join("; ", latchCauses));
    }
    send(t, new ConsoleCommand.Start());
    beginFreeze(t, 0);
    return ActionResult.ok();
  }

  private ActionResult doStop(long t) {
    if (!isRunning() && state != ControllerState.ARMED) {
      return ActionResult.refused("nothing to stop in " + state);
    }
    changeState(t, ControllerState.READY, "operator stopped");
    closeValves(t);
    send(t, new ConsoleCommand.Stop());
    return ActionResult.ok();
  }

  private ActionResult doEStop(long t) {
    alarms.raise(t, OPERATOR_ESTOP, "the workstation's emergency stop was pressed");
    alarms.conditionGone(t, OPERATOR_ESTOP.code());
    latch(t, OPERATOR_ESTOP.code(), true, SafeAction.CLOSE_AND_VENT, "operator emergency stop");
    return ActionResult.ok();
  }

  // ---------------------------------------------------------------- reports

  /**
   * The longest gap between two samples over which the console's clock is projected onto the
   * session's: a console crystal 100 ppm off drifts 0.1 ms in it.
   */
  static final long MAX_CLOCK_PROJECTION_MS = 1_000;

  private void onTelemetry(long t, Telemetry sample) {
    if (latest == null || sample.consoleTimeMs() != latest.consoleTimeMs()) {
      lastAdvancingTelemetryMs = consoleClockReachedMs(t, sample.consoleTimeMs());
      lastAdvancingArrivalMs = t;
    }
    latest = sample;
    lastTelemetryMs = t;
    evaluate(t, true);
    if (state == ControllerState.FREEZING) {
      regulate(t);
    }
    repeatCloseIfIgnored(t);
  }

  /**
   * When, in session time, the console's clock read {@code consoleTimeMs}: the previous sample's
   * arrival plus the console time between the two, never later than this arrival. A sample does not
   * become fresh by arriving late: when a hung console repeats the last sample it made and noise
   * lost the earlier copies, the first copy to arrive already says how old it is. Never earlier
   * than the truth either, since the previous sample arrived no sooner than it was made. A console
   * restarted (its time going back) or a long gap starts afresh at the arrival.
   */
  private long consoleClockReachedMs(long t, long consoleTimeMs) {
    if (latest == null) {
      return t;
    }
    long consoleElapsedMs = consoleTimeMs - latest.consoleTimeMs();
    if (consoleElapsedMs < 0 || consoleElapsedMs > MAX_CLOCK_PROJECTION_MS) {
      return t;
    }
    return Math.min(t, lastAdvancingArrivalMs + consoleElapsedMs);
  }

  private void onSelfTest(long t, ConsoleReport.SelfTestReport report) {
    if (state != ControllerState.SELF_TEST) {
      return;
    }
    if (report.result().passed()) {
      selfTestPassed = true;
      alarms.conditionGone(t, SELF_TEST_FAILED.code());
      changeState(t, ControllerState.READY, "self-test passed");
    } else {
      failSelfTest(t, "self-test failed: " + String.join(", ", report.result().failures()));
    }
  }

  private void failSelfTest(long t, String reason) {
    alarms.raise(t, SELF_TEST_FAILED, reason);
    changeState(t, ControllerState.CONNECTED, reason);
  }

  private void onCommandFailed(long t, ConsoleCommand command, String reason) {
    if (command instanceof ConsoleCommand.Heartbeat) {
      return; // a lost heartbeat shows up as link loss; it is not a command to retry
    }
    if (command instanceof ConsoleCommand.Vent) {
      linesVented = false; // the trapped gas is still there: keep watching it for leaks
    }
    String message = command.getClass().getSimpleName() + ": " + reason;
    alarms.raise(t, COMMAND_FAILED, message);
    alarms.conditionGone(t, COMMAND_FAILED.code());
    if (state == ControllerState.ARMED || isRunning()) {
      latch(t, COMMAND_FAILED.code(), false, SafeAction.CLOSE_VALVES, message);
    } else if (state == ControllerState.SELF_TEST
        && command instanceof ConsoleCommand.RunSelfTest) {
      failSelfTest(t, "self-test not run: " + reason);
    } else if (command instanceof ConsoleCommand.LoadProtocol) {
      protocol = null;
    }
  }

  // ---------------------------------------------------------------- regulation

  private void regulate(long t) {
    boolean wantOpen =
        TipRegulator.wantsOpen(
            latest.tipC(), protocol.setpointC(), probeValveOpen, msSince(t, probeValveChangedMs));
    if (wantOpen && !mayOpenProbeValve(t)) {
      wantOpen = false;
    }
    if (wantOpen != probeValveOpen) {
      setProbeValve(t, wantOpen);
    }
  }

  /** The gate in front of every valve opening: FREEZING, all clear, fresh telemetry, gas ready. */
  private boolean mayOpenProbeValve(long t) {
    return state.mayOpenProbeValve()
        && conditions.isEmpty()
        && msSince(t, lastAdvancingTelemetryMs) < MAX_TELEMETRY_AGE_MS
        && supplyReady();
  }

  private boolean supplyReady() {
    return latest != null
        && supplyValveOpen
        && latest.supplyValveSensedOpen()
        && latest.supplyKPa() >= SupplyPressureLowInterlock.MIN_SUPPLY_KPA;
  }

  /**
   * The console still shows a valve commanded open after we closed it (the close was lost, or a
   * hung firmware swallowed it): say it again. The valves are judged stuck only against the
   * console's own command, so this is what holds the console to ours. During its self-test the
   * console opens its supply shut-off itself.
   */
  private void repeatCloseIfIgnored(long t) {
    if (!connected()) {
      return;
    }
    if (!probeValveOpen
        && latest.probeValveCommandedOpen()
        && msSince(t, probeCloseSentMs) >= CLOSE_REPEAT_MS) {
      setProbeValve(t, false);
    }
    if (!supplyValveOpen
        && state != ControllerState.SELF_TEST
        && latest.supplyValveCommandedOpen()
        && msSince(t, supplyCloseSentMs) >= CLOSE_REPEAT_MS) {
      setSupplyValve(t, false);
    }
  }

  // ---------------------------------------------------------------- interlocks

  /** Runs every interlock; trips on a new condition, clears alarms whose condition ended. */
  private void evaluate(long t, boolean newSample) {
    if (!connected()) {
      releaseLatchIfClear(t); // an e-stop before connecting ends on acknowledgement alone
      return;
    }
    InterlockContext context = context(t, newSample);
    for (Interlock interlock : interlocks) {
      String code = interlock.spec().code();
      Optional<String> reason = interlock.check(context);
      if (reason.isPresent()) {
        if (!conditions.containsKey(code)) {
          conditions.put(code, reason.get());
          trip(t, interlock.spec(), reason.get());
        }
      } else if (conditions.remove(code) != null) {
        alarms.conditionGone(t, code);
      }
    }
    releaseLatchIfClear(t);
  }

  /** Checks the interlocks against the state an arm or start would enter; trips if any objects. */
  private boolean tripOnStartAttempt(long t, ControllerState prospective) {
    InterlockContext context = context(t, false).asStartAttempt(prospective, t);
    for (Interlock interlock : interlocks) {
      Optional<String> reason = interlock.check(context);
      if (reason.isPresent()) {
        trip(t, interlock.spec(), reason.get());
        // The condition was judged against a state not entered; the next evaluation re-raises it
        // if it also holds in the actual state.
        alarms.conditionGone(t, interlock.spec().code());
        return true;
      }
    }
    return false;
  }

  private void trip(long t, InterlockSpec spec, String reason) {
    alarms.raise(t, spec.alarm(), reason);
    latch(t, spec.code(), spec.emergencyStop(), spec.safeAction(), spec.code() + ": " + reason);
  }

  /** Enters FAULT (or ESTOP) for this cause and commands the safe state. */
  private void latch(long t, String cause, boolean emergency, SafeAction action, String reason) {
    boolean wasRunning = isRunning() || state == ControllerState.ARMED;
    latchCauses.add(cause);
    ControllerState target =
        emergency || state == ControllerState.ESTOP ? ControllerState.ESTOP : ControllerState.FAULT;
    if (state != target) {
      changeState(t, target, reason);
    }
    closeValves(t);
    if (wasRunning) {
      send(t, new ConsoleCommand.Stop());
    }
    if (action == SafeAction.CLOSE_AND_VENT) {
      send(t, new ConsoleCommand.Vent());
      linesVented = true;
    }
  }

  /** FAULT and ESTOP end when every cause is acknowledged and no interlock condition remains. */
  private void releaseLatchIfClear(long t) {
    if (!inState(ControllerState.FAULT, ControllerState.ESTOP) || !conditions.isEmpty()) {
      return;
    }
    for (String cause : latchCauses) {
      if (alarms.isUnacknowledged(cause)) {
        return;
      }
    }
    latchCauses.clear();
    ControllerState resting =
        selfTestPassed
            ? ControllerState.READY
            : connected() ? ControllerState.CONNECTED : ControllerState.DISCONNECTED;
    changeState(t, resting, "acknowledged and cause gone");
  }

  private InterlockContext context(long t, boolean newSample) {
    return new InterlockContext(
        t,
        state,
        false,
        protocol,
        cycleIndex,
        phaseStartMs,
        identity,
        latest,
        newSample,
        lastTelemetryMs,
        lastAdvancingTelemetryMs,
        lastConsoleHeartbeatMs,
        connectedSinceMs,
        probeValveOpen,
        probeValveChangedMs,
        supplyValveOpen,
        supplyValveChangedMs,
        linesVented || consoleMayHaveVented,
        footSwitchPressed,
        consoleAlarms,
        consoleFaults);
  }

  // ---------------------------------------------------------------- outputs

  private void beginFreeze(long t, int cycle) {
    cycleIndex = cycle;
    phaseStartMs = t;
    changeState(
        t, ControllerState.FREEZING, "freeze " + (cycle + 1) + " of " + protocol.cycles().size());
    if (!supplyValveOpen) {
      setSupplyValve(t, true);
    }
  }

  private void closeValves(long t) {
    setProbeValve(t, false);
    setSupplyValve(t, false);
  }

  private void setProbeValve(long t, boolean open) {
    if (open != probeValveOpen) {
      probeValveChangedMs = t;
    }
    probeValveOpen = open;
    if (!open) {
      probeCloseSentMs = t;
    }
    send(t, new ConsoleCommand.SetProbeValve(open));
  }

  private void setSupplyValve(long t, boolean open) {
    if (open != supplyValveOpen) {
      supplyValveChangedMs = t;
    }
    supplyValveOpen = open;
    if (open) {
      linesVented = false;
      consoleMayHaveVented = false;
    } else {
      supplyCloseSentMs = t;
    }
    send(t, new ConsoleCommand.SetSupplyValve(open));
  }

  private void send(long t, ConsoleCommand command) {
    events.commandSent(t, command);
    try {
      link.send(command);
    } catch (RuntimeException e) {
      // The link should report failures as CommandUndelivered; treat a throw the same way.
      LOG.warn("link failed to send {}: {}", command, e.toString());
      onCommandFailed(t, command, "link failed: " + e.getMessage());
    }
  }

  private void changeState(long t, ControllerState to, String reason) {
    ControllerState from = state;
    events.stateChanged(t, from, to, reason);
    state = to;
  }

  // ---------------------------------------------------------------- helpers

  private boolean connected() {
    return connectedSinceMs != NEVER;
  }

  private boolean isRunning() {
    return inState(ControllerState.FREEZING, ControllerState.THAWING);
  }

  private boolean inState(ControllerState... states) {
    for (ControllerState s : states) {
      if (state == s) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> with(Set<String> set, String code) {
    Set<String> copy = new HashSet<>(set);
    copy.add(code);
    return Set.copyOf(copy);
  }

  private static Set<String> without(Set<String> set, String code) {
    Set<String> copy = new HashSet<>(set);
    copy.remove(code);
    return Set.copyOf(copy);
  }

  private static long msSince(long t, long sinceMs) {
    return sinceMs == NEVER ? Long.MAX_VALUE : t - sinceMs;
  }

  private static long millis(double seconds) {
    return Math.round(seconds * 1000);
  }
}
