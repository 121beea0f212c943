package org.cryows.probecontrol.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/**
 * A deterministic session: record {@code i} is always the same, so a test (or a child process that
 * was killed) and its checker agree on what every record must be. Telemetry at 50 Hz, with a state
 * change, an alarm, a command and an operator action among every 50 records.
 */
public final class SampleRecords {
  public static final Instant START = Instant.parse("2025-03-14T09:00:00Z");
  public static final String OPERATOR = "nurse.lindqvist";

  private static final List<ConsoleCommand> COMMANDS =
      List.of(
          new ConsoleCommand.Identify(),
          new ConsoleCommand.RunSelfTest(),
          new ConsoleCommand.LoadProtocol(
              new FreezeProtocol(
                  Gas.CO2, -70, List.of(new FreezeCycle(120, 60), new FreezeCycle(90, 45)))),
          new ConsoleCommand.Arm(),
          new ConsoleCommand.Start(),
          new ConsoleCommand.SetProbeValve(true),
          new ConsoleCommand.SetSupplyValve(false),
          new ConsoleCommand.Heartbeat(),
          new ConsoleCommand.Stop(),
          new ConsoleCommand.Vent());

  private SampleRecords() {}

  public static JournalRecord record(long i) {
    long tMs = i * 20;
    return new JournalRecord(tMs, START.plusMillis(tMs), OPERATOR, event(i));
  }

  static JournalEvent event(long i) {
    int slot = (int) (i % 50);
    int round = (int) ((i / 50) % 1000);
    return switch (slot) {
      case 1 -> {
        ControllerState[] states = ControllerState.values();
        yield new JournalEvent.StateChanged(
            states[round % states.length], states[(round + 1) % states.length], "step " + round);
      }
      case 11 ->
          new JournalEvent.AlarmEvent(
              "TIP_SENSOR_OPEN",
              AlarmPriority.values()[round % 3],
              AlarmEventType.values()[round % 4],
              "Tip sensor reads open (round " + round + ")");
      case 21 -> new JournalEvent.CommandIssued(COMMANDS.get(round % COMMANDS.size()));
      case 31 ->
          new JournalEvent.OperatorAction(
              "acknowledge", Map.of("alarm", "TIP_SENSOR_OPEN", "round", "" + round));
      default -> new JournalEvent.TelemetrySample(telemetry(i));
    };
  }

  public static Telemetry telemetry(long i) {
    double phase = i / 100.0;
    return new Telemetry(
        i * 20,
        i % 97 == 0 ? Double.NaN : -70 + 5 * Math.sin(phase),
        -60 + 3 * Math.cos(phase),
        5800 - i * 0.01,
        110 + (i % 7),
        i % 3 != 0,
        i % 3 != 0,
        true,
        i % 11 != 0,
        33.5 - (i % 5) * 0.1,
        false,
        i % 13 != 0,
        (int) (i % 40));
  }
}
