package org.cryows.probecontrol.journal;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.probecontrol.journal.JournalEvent.AlarmEvent;
import org.cryows.probecontrol.journal.JournalEvent.CommandIssued;
import org.cryows.probecontrol.journal.JournalEvent.OperatorAction;
import org.cryows.probecontrol.journal.JournalEvent.StateChanged;
import org.cryows.probecontrol.journal.JournalEvent.TelemetrySample;
import org.cryows.probecontrol.journal.PayloadReader.MalformedPayloadException;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/**
 * Encodes a record as a frame payload and back. Every enum travels as an explicit code chosen here,
 * never as its ordinal, so reordering an enum cannot change the meaning of old journals; the
 * switches are exhaustive, so a new constant cannot compile without a code. The byte layout is in
 * docs/journal.md.
 */
final class RecordCodec {
  static final int SEAL_CODE = 0x7F;

  private RecordCodec() {}

  // ------------------------------------------------------------------ encoding

  static void encode(JournalRecord record, ByteSink out) {
    out.putByte(kindCode(record.kind()));
    out.putLong(record.tMs());
    out.putLong(record.utc().getEpochSecond());
    out.putInt(record.utc().getNano());
    out.putText(record.operator());
    switch (record.event()) {
      case TelemetrySample sample -> encodeTelemetry(sample.telemetry(), out);
      case CommandIssued issued -> encodeCommand(issued.command(), out);
      case StateChanged change -> {
        out.putByte(stateCode(change.previous()));
        out.putByte(stateCode(change.state()));
        out.putText(change.reason());
      }
      case AlarmEvent alarm -> {
        out.putText(alarm.alarm());
        out.putByte(priorityCode(alarm.priority()));
        out.putByte(alarmEventCode(alarm.event()));
        out.putText(alarm.message());
      }
      case OperatorAction action -> {
        out.putText(action.action());
        out.putByte(action.details().size());
        action
            .details()
            .forEach(
                (key, value) -> {
                  out.putText(key);
                  out.putText(value);
                });
      }
    }
  }

  /** The seal a clean close appends: the number of records before it. */
  static void encodeSeal(long recordCount, ByteSink out) {
    out.putByte(SEAL_CODE);
    out.putLong(recordCount);
  }

  private static void encodeTelemetry(Telemetry t, ByteSink out) {
    out.putLong(t.consoleTimeMs());
    out.putDouble(t.tipC());
    out.putDouble(t.probeReturnC());
    out.putDouble(t.supplyKPa());
    out.putDouble(t.returnKPa());
    int flags =
        bit(t.probeValveCommandedOpen(), 0)
            | bit(t.probeValveSensedOpen(), 1)
            | bit(t.supplyValveCommandedOpen(), 2)
            | bit(t.supplyValveSensedOpen(), 3)
            | bit(t.estopPressed(), 4)
            | bit(t.footSwitchPressed(), 5);
    out.putByte(flags);
    out.putDouble(t.skinC());
    out.putInt(t.msSinceHeartbeat());
  }

  private static void encodeCommand(ConsoleCommand command, ByteSink out) {
    out.putByte(commandCode(command));
    switch (command) {
      case ConsoleCommand.LoadProtocol load -> {
        FreezeProtocol protocol = load.protocol();
        out.putByte(gasCode(protocol.gas()));
        out.putDouble(protocol.setpointC());
        out.putByte(protocol.cycles().size());
        for (FreezeCycle cycle : protocol.cycles()) {
          out.putDouble(cycle.freezeSec());
          out.putDouble(cycle.thawSec());
        }
      }
      case ConsoleCommand.SetProbeValve valve -> out.putBoolean(valve.open());
      case ConsoleCommand.SetSupplyValve valve -> out.putBoolean(valve.open());
      default -> {} // the other commands carry no fields
    }
  }

  private static int bit(boolean value, int position) {
    return value ? 1 << position : 0;
  }

  // ------------------------------------------------------------------ decoding

  static boolean isSeal(byte[] payload, int offset) {
    return (payload[offset] & 0xFF) == SEAL_CODE;
  }

  static long decodeSeal(byte[] payload, int offset, int length) throws MalformedPayloadException {
    var in = new PayloadReader(payload, offset, length);
    in.unsignedByte("seal code");
    long count = in.int64("seal record count");
    in.requireEnd();
    return count;
  }

  /** The stored {@code tMs} of a payload, read without decoding the rest (for seeking). */
  static long peekTMs(byte[] payload, int offset) {
    return JournalFormat.getLong(payload, offset + 1);
  }

  static JournalRecord decode(byte[] payload, int offset, int length)
      throws MalformedPayloadException {
    var in = new PayloadReader(payload, offset, length);
    int kindCode = in.unsignedByte("kind");
    RecordKind kind = kindOf(kindCode);
    long tMs = in.int64("tMs");
    Instant utc = instant(in.int64("utc seconds"), in.int32("utc nanoseconds"));
    String operator = in.text("operator");
    try {
      JournalEvent event =
          switch (kind) {
            case TELEMETRY -> new TelemetrySample(decodeTelemetry(in));
            case COMMAND -> new CommandIssued(decodeCommand(in));
            case STATE ->
                new StateChanged(
                    stateOf(in.unsignedByte("previous state")),
                    stateOf(in.unsignedByte("state")),
                    in.text("reason"));
            case ALARM ->
                new AlarmEvent(
                    in.text("alarm"),
                    priorityOf(in.unsignedByte("priority")),
                    alarmEventOf(in.unsignedByte("alarm event")),
                    in.text("message"));
            case OPERATOR -> decodeOperatorAction(in);
          };
      in.requireEnd();
      return new JournalRecord(tMs, utc, operator, event);
    } catch (IllegalArgumentException e) {
      throw new MalformedPayloadException(
          "invalid " + kind.jsonName() + " record: " + e.getMessage());
    }
  }

  private static Instant instant(long epochSec, int nanos) throws MalformedPayloadException {
    try {
      return Instant.ofEpochSecond(epochSec, nanos);
    } catch (DateTimeException e) {
      throw new MalformedPayloadException("utc out of range: " + epochSec + " s " + nanos + " ns");
    }
  }

  private static Telemetry decodeTelemetry(PayloadReader in) throws MalformedPayloadException {
    long consoleTimeMs = in.int64("consoleTimeMs");
    double tipC = in.float64("tipC");
    double probeReturnC = in.float64("probeReturnC");
    double supplyKPa = in.float64("supplyKPa");
    double returnKPa = in.float64("returnKPa");
    int flags = in.unsignedByte("valve and switch flags");
    if ((flags & ~0x3F) != 0) {
      throw new MalformedPayloadException("valve and switch flags have unknown bits: " + flags);
    }
    double skinC = in.float64("skinC");
    int msSinceHeartbeat = in.int32("msSinceHeartbeat");
    return new Telemetry(
        consoleTimeMs,
        tipC,
        probeReturnC,
        supplyKPa,
        returnKPa,
        (flags & 1) != 0,
        (flags & 2) != 0,
        (flags & 4) != 0,
        (flags & 8) != 0,
        skinC,
        (flags & 16) != 0,
        (flags & 32) != 0,
        msSinceHeartbeat);
  }

  private static ConsoleCommand decodeCommand(PayloadReader in) throws MalformedPayloadException {
    int code = in.unsignedByte("command");
    return switch (code) {
      case 1 -> new ConsoleCommand.Identify();
      case 2 -> new ConsoleCommand.RunSelfTest();
      case 3 -> new ConsoleCommand.LoadProtocol(decodeProtocol(in));
      case 4 -> new ConsoleCommand.Arm();
      case 5 -> new ConsoleCommand.Start();
      case 6 -> new ConsoleCommand.Stop();
      case 7 -> new ConsoleCommand.Vent();
      case 8 -> new ConsoleCommand.SetProbeValve(in.bool("probe valve open"));
      case 9 -> new ConsoleCommand.SetSupplyValve(in.bool("supply valve open"));
      case 10 -> new ConsoleCommand.Heartbeat();
      default -> throw new MalformedPayloadException("unknown command code " + code);
    };
  }

  private static FreezeProtocol decodeProtocol(PayloadReader in) throws MalformedPayloadException {
    Gas gas = gasOf(in.unsignedByte("gas"));
    double setpointC = in.float64("setpointC");
    int cycleCount = in.unsignedByte("cycle count");
    List<FreezeCycle> cycles = new ArrayList<>(cycleCount);
    for (int i = 0; i < cycleCount; i++) {
      cycles.add(
          new FreezeCycle(
              in.float64("cycle " + i + " freezeSec"), in.float64("cycle " + i + " thawSec")));
    }
    return new FreezeProtocol(gas, setpointC, cycles);
  }

  private static OperatorAction decodeOperatorAction(PayloadReader in)
      throws MalformedPayloadException {
    String action = in.text("action");
    int count = in.unsignedByte("detail count");
    Map<String, String> details = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String key = in.text("detail " + i + " key");
      String value = in.text("detail " + i + " value");
      if (details.put(key, value) != null) {
        throw new MalformedPayloadException("detail key '" + key + "' appears twice");
      }
    }
    return new OperatorAction(action, details);
  }

  // ------------------------------------------------------------------ codes

  static int kindCode(RecordKind kind) {
    return switch (kind) {
      case TELEMETRY -> 1;
      case COMMAND -> 2;
      case STATE -> 3;
      case ALARM -> 4;
      case OPERATOR -> 5;
    };
  }

  private static RecordKind kindOf(int code) throws MalformedPayloadException {
    for (RecordKind kind : RecordKind.values()) {
      if (kindCode(kind) == code) {
        return kind;
      }
    }
    throw new MalformedPayloadException("unknown record kind code " + code);
  }

  private static int commandCode(ConsoleCommand command) {
    return switch (command) {
      case ConsoleCommand.Identify _ -> 1;
      case ConsoleCommand.RunSelfTest _ -> 2;
      case ConsoleCommand.LoadProtocol _ -> 3;
      case ConsoleCommand.Arm _ -> 4;
      case ConsoleCommand.Start _ -> 5;
      case ConsoleCommand.Stop _ -> 6;
      case ConsoleCommand.Vent _ -> 7;
      case ConsoleCommand.SetProbeValve _ -> 8;
      case ConsoleCommand.SetSupplyValve _ -> 9;
      case ConsoleCommand.Heartbeat _ -> 10;
    };
  }

  private static int gasCode(Gas gas) {
    return switch (gas) {
      case CO2 -> 1;
      case N2O -> 2;
      case ARGON ->
          throw new IllegalArgumentException(
              "the console drives CO2 and N2O; ARGON has no code on the wire or in the journal");
    };
  }

  private static Gas gasOf(int code) throws MalformedPayloadException {
    return switch (code) {
      case 1 -> Gas.CO2;
      case 2 -> Gas.N2O;
      default -> throw new MalformedPayloadException("unknown gas code " + code);
    };
  }

  static int stateCode(ControllerState state) {
    return switch (state) {
      case DISCONNECTED -> 1;
      case CONNECTED -> 2;
      case SELF_TEST -> 3;
      case READY -> 4;
      case ARMED -> 5;
      case FREEZING -> 6;
      case THAWING -> 7;
      case COMPLETE -> 8;
      case FAULT -> 9;
      case ESTOP -> 10;
    };
  }

  private static ControllerState stateOf(int code) throws MalformedPayloadException {
    for (ControllerState state : ControllerState.values()) {
      if (stateCode(state) == code) {
        return state;
      }
    }
    throw new MalformedPayloadException("unknown controller state code " + code);
  }

  private static int priorityCode(AlarmPriority priority) {
    return switch (priority) {
      case HIGH -> 1;
      case MEDIUM -> 2;
      case LOW -> 3;
    };
  }

  private static AlarmPriority priorityOf(int code) throws MalformedPayloadException {
    for (AlarmPriority priority : AlarmPriority.values()) {
      if (priorityCode(priority) == code) {
        return priority;
      }
    }
    throw new MalformedPayloadException("unknown alarm priority code " + code);
  }

  private static int alarmEventCode(AlarmEventType event) {
    return switch (event) {
      case RAISED -> 1;
      case CLEARED -> 2;
      case ACKNOWLEDGED -> 3;
      case AUDIO_PAUSED -> 4;
    };
  }

  private static AlarmEventType alarmEventOf(int code) throws MalformedPayloadException {
    for (AlarmEventType event : AlarmEventType.values()) {
      if (alarmEventCode(event) == code) {
        return event;
      }
    }
    throw new MalformedPayloadException("unknown alarm event code " + code);
  }
}
