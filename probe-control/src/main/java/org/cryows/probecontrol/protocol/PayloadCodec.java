package org.cryows.probecontrol.protocol;

import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleIdentity;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.SelfTestResult;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/**
 * The payload of each message type, field by field, in the order docs/protocol.md lists them.
 * Decoding builds the console vocabulary's records, so their own validation applies to what
 * arrives; a value they refuse becomes a payload error naming the type.
 */
final class PayloadCodec {

  private static final int TELEMETRY_RESERVED_FLAGS = 0xC0;

  private PayloadCodec() {}

  static void write(WireMessage message, PayloadWriter out) throws PayloadException {
    switch (message) {
      case WireMessage.LinkSync s -> {}
      case WireMessage.Ack a -> {}
      case WireMessage.Nak n -> out.text("reason", n.reason());
      case WireMessage.CommandMessage c -> writeCommand(c.command(), out);
      case WireMessage.ReportMessage r -> writeReport(r.report(), out);
    }
  }

  static WireMessage read(MessageType type, PayloadReader in) throws PayloadException {
    WireMessage message;
    try {
      message = readFields(type, in);
    } catch (IllegalArgumentException e) {
      throw new PayloadException(type.name(), "invalid value: " + e.getMessage());
    }
    in.requireEnd(type.name());
    return message;
  }

  private static void writeCommand(ConsoleCommand command, PayloadWriter out)
      throws PayloadException {
    switch (command) {
      case ConsoleCommand.LoadProtocol load -> {
        FreezeProtocol protocol = load.protocol();
        out.u8("gas", gasCode(protocol.gas()));
        out.f64("setpointC", protocol.setpointC());
        out.u8("cycleCount", protocol.cycles().size());
        for (FreezeCycle cycle : protocol.cycles()) {
          if (cycle.activeThawSec() > 0) {
            throw new PayloadException("thawSec", "the console thaws passively only");
          }
          out.f64("freezeSec", cycle.freezeSec());
          out.f64("thawSec", cycle.thawSec());
        }
      }
      case ConsoleCommand.SetProbeValve valve -> out.bool("open", valve.open());
      case ConsoleCommand.SetSupplyValve valve -> out.bool("open", valve.open());
      case ConsoleCommand.Identify c -> {}
      case ConsoleCommand.RunSelfTest c -> {}
      case ConsoleCommand.Arm c -> {}
      case ConsoleCommand.Start c -> {}
      case ConsoleCommand.Stop c -> {}
      case ConsoleCommand.Vent c -> {}
      case ConsoleCommand.Heartbeat c -> {}
    }
  }

  private static void writeReport(ConsoleReport report, PayloadWriter out) throws PayloadException {
    switch (report) {
      case ConsoleReport.IdentityReport r -> {
        ConsoleIdentity identity = r.identity();
        out.text("consoleSerial", identity.consoleSerial());
        out.text("firmwareVersion", identity.firmwareVersion());
        out.text("probeModel", identity.probeModel());
        out.i32("probeUseCount", identity.probeUseCount());
        out.i32("probeMaxUses", identity.probeMaxUses());
      }
      case ConsoleReport.SelfTestReport r -> {
        List<String> failures = r.result().failures();
        if (failures.size() > 255) {
          throw new PayloadException("failureCount", "at most 255, was " + failures.size());
        }
        out.bool("passed", r.result().passed());
        out.u8("failureCount", failures.size());
        for (String failure : failures) {
          out.text("failure", failure);
        }
      }
      case ConsoleReport.TelemetryReport r -> writeTelemetry(r.telemetry(), out);
      case ConsoleReport.ConsoleAlarmRaised r -> {
        out.text("code", r.code());
        out.text("message", r.message());
      }
      case ConsoleReport.ConsoleAlarmCleared r -> out.text("code", r.code());
      case ConsoleReport.ConsoleEvent r -> {
        out.i64("consoleTimeMs", r.consoleTimeMs());
        out.u8("fault", faultCode(r.fault()));
        out.bool("present", r.present());
        out.text("detail", r.detail());
      }
      case ConsoleReport.ConsoleHeartbeat r -> {}
      case ConsoleReport.CommandRejected r ->
          throw new PayloadException("report", "CommandRejected is never sent on the wire");
      case ConsoleReport.CommandUndelivered r ->
          throw new PayloadException("report", "CommandUndelivered is never sent on the wire");
    }
  }

  private static void writeTelemetry(Telemetry t, PayloadWriter out) throws PayloadException {
    out.i64("consoleTimeMs", t.consoleTimeMs());
    out.f64("tipC", t.tipC());
    out.f64("probeReturnC", t.probeReturnC());
    out.f64("supplyKPa", t.supplyKPa());
    out.f64("returnKPa", t.returnKPa());
    out.f64("skinC", t.skinC());
    int flags =
        bit(t.probeValveCommandedOpen(), 0)
            | bit(t.probeValveSensedOpen(), 1)
            | bit(t.supplyValveCommandedOpen(), 2)
            | bit(t.supplyValveSensedOpen(), 3)
            | bit(t.estopPressed(), 4)
            | bit(t.footSwitchPressed(), 5);
    out.u8("flags", flags);
    out.i32("msSinceHeartbeat", t.msSinceHeartbeat());
  }

  private static WireMessage readFields(MessageType type, PayloadReader in)
      throws PayloadException {
    return switch (type) {
      case LINK_SYNC -> new WireMessage.LinkSync();
      case ACK -> new WireMessage.Ack();
      case NAK -> new WireMessage.Nak(in.text("reason"));
      case IDENTIFY -> command(new ConsoleCommand.Identify());
      case RUN_SELF_TEST -> command(new ConsoleCommand.RunSelfTest());
      case LOAD_PROTOCOL -> command(new ConsoleCommand.LoadProtocol(readProtocol(in)));
      case ARM -> command(new ConsoleCommand.Arm());
      case START -> command(new ConsoleCommand.Start());
      case STOP -> command(new ConsoleCommand.Stop());
      case VENT -> command(new ConsoleCommand.Vent());
      case SET_PROBE_VALVE -> command(new ConsoleCommand.SetProbeValve(in.bool("open")));
      case SET_SUPPLY_VALVE -> command(new ConsoleCommand.SetSupplyValve(in.bool("open")));
      case WORKSTATION_HEARTBEAT -> command(new ConsoleCommand.Heartbeat());
      case IDENTITY ->
          report(
              new ConsoleReport.IdentityReport(
                  new ConsoleIdentity(
                      in.text("consoleSerial"),
                      in.text("firmwareVersion"),
                      in.text("probeModel"),
                      in.i32("probeUseCount"),
                      in.i32("probeMaxUses"))));
      case SELF_TEST_RESULT -> report(new ConsoleReport.SelfTestReport(readSelfTest(in)));
      case ALARM_RAISED ->
          report(new ConsoleReport.ConsoleAlarmRaised(in.text("code"), in.text("message")));
      case ALARM_CLEARED -> report(new ConsoleReport.ConsoleAlarmCleared(in.text("code")));
      case CONSOLE_EVENT ->
          report(
              new ConsoleReport.ConsoleEvent(
                  in.i64("consoleTimeMs"),
                  faultFromCode(in.u8("fault")),
                  in.bool("present"),
                  in.text("detail")));
      case TELEMETRY -> report(new ConsoleReport.TelemetryReport(readTelemetry(in)));
      case CONSOLE_HEARTBEAT -> report(new ConsoleReport.ConsoleHeartbeat());
    };
  }

  private static FreezeProtocol readProtocol(PayloadReader in) throws PayloadException {
    Gas gas = gasFromCode(in.u8("gas"));
    double setpointC = in.f64("setpointC");
    int cycleCount = in.u8("cycleCount");
    if (cycleCount < 1 || cycleCount > FreezeProtocol.MAX_CYCLES) {
      throw new PayloadException(
          "cycleCount", "must be 1 to " + FreezeProtocol.MAX_CYCLES + ", was " + cycleCount);
    }
    List<FreezeCycle> cycles = new ArrayList<>(cycleCount);
    for (int i = 0; i < cycleCount; i++) {
      cycles.add(new FreezeCycle(in.f64("freezeSec"), in.f64("thawSec")));
    }
    return new FreezeProtocol(gas, setpointC, cycles);
  }

  private static SelfTestResult readSelfTest(PayloadReader in) throws PayloadException {
    boolean passed = in.bool("passed");
    int failureCount = in.u8("failureCount");
    List<String> failures = new ArrayList<>(failureCount);
    for (int i = 0; i < failureCount; i++) {
      failures.add(in.text("failure"));
    }
    return new SelfTestResult(passed, failures);
  }

  private static Telemetry readTelemetry(PayloadReader in) throws PayloadException {
    long consoleTimeMs = in.i64("consoleTimeMs");
    double tipC = in.f64("tipC");
    double probeReturnC = in.f64("probeReturnC");
    double supplyKPa = in.f64("supplyKPa");
    double returnKPa = in.f64("returnKPa");
    double skinC = in.f64("skinC");
    int flags = in.u8("flags");
    if ((flags & TELEMETRY_RESERVED_FLAGS) != 0) {
      throw new PayloadException("flags", "reserved bits 6-7 set: 0x" + Integer.toHexString(flags));
    }
    int msSinceHeartbeat = in.i32("msSinceHeartbeat");
    return new Telemetry(
        consoleTimeMs,
        tipC,
        probeReturnC,
        supplyKPa,
        returnKPa,
        isSet(flags, 0),
        isSet(flags, 1),
        isSet(flags, 2),
        isSet(flags, 3),
        skinC,
        isSet(flags, 4),
        isSet(flags, 5),
        msSinceHeartbeat);
  }

  /** Explicit codes, not ordinals: reordering the enum must not change the wire. 0 is unused. */
  static int gasCode(Gas gas) {
    return switch (gas) {
      case CO2 -> 1;
      case N2O -> 2;
      case ARGON ->
          throw new IllegalArgumentException(
              "the console drives CO2 and N2O; ARGON has no code on the wire or in the journal");
    };
  }

  private static Gas gasFromCode(int code) throws PayloadException {
    return switch (code) {
      case 1 -> Gas.CO2;
      case 2 -> Gas.N2O;
      default -> throw new PayloadException("gas", "unknown gas code " + code);
    };
  }

  /**
   * The faults an event frame can name, by explicit code (0 unused): never renumber one. Only the
   * faults the console detects itself have a code.
   */
  static int faultCode(Fault fault) throws PayloadException {
    return switch (fault) {
      case TIP_SENSOR_OPEN -> 1;
      case ESTOP -> 2;
      case FOOT_SWITCH_RELEASED -> 3;
      case SUPPLY_PRESSURE_LOW -> 4;
      case SUPPLY_PRESSURE_HIGH -> 5;
      case EXHAUST_BLOCKED -> 6;
      case VALVE_STUCK_OPEN -> 7;
      case SKIN_TEMP_LOW -> 8;
      case COMM_LOSS, LINE_NOISE, TIP_SENSOR_SHORT, BLOCKED_PROBE, LEAK, FIRMWARE_HANG ->
          throw new PayloadException("fault", fault + " is not a fault the console reports");
    };
  }

  private static Fault faultFromCode(int code) throws PayloadException {
    return switch (code) {
      case 1 -> Fault.TIP_SENSOR_OPEN;
      case 2 -> Fault.ESTOP;
      case 3 -> Fault.FOOT_SWITCH_RELEASED;
      case 4 -> Fault.SUPPLY_PRESSURE_LOW;
      case 5 -> Fault.SUPPLY_PRESSURE_HIGH;
      case 6 -> Fault.EXHAUST_BLOCKED;
      case 7 -> Fault.VALVE_STUCK_OPEN;
      case 8 -> Fault.SKIN_TEMP_LOW;
      default -> throw new PayloadException("fault", "unknown fault code " + code);
    };
  }

  private static WireMessage command(ConsoleCommand command) {
    return new WireMessage.CommandMessage(command);
  }

  private static WireMessage report(ConsoleReport report) {
    return new WireMessage.ReportMessage(report);
  }

  private static int bit(boolean value, int index) {
    return value ? 1 << index : 0;
  }

  private static boolean isSet(int flags, int index) {
    return (flags & (1 << index)) != 0;
  }
}
