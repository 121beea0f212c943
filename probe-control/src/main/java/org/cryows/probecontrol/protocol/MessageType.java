package org.cryows.probecontrol.protocol;

import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;

/**
 * Every message type with its code on the wire, who sends it and how it is delivered. Codes are
 * part of the protocol: never renumber one, retire it.
 */
public enum MessageType {
  LINK_SYNC(0x01, Sender.EITHER, Delivery.ACKED),
  ACK(0x02, Sender.EITHER, Delivery.REPLY),
  NAK(0x03, Sender.EITHER, Delivery.REPLY),

  IDENTIFY(0x10, Sender.WORKSTATION, Delivery.ACKED),
  RUN_SELF_TEST(0x11, Sender.WORKSTATION, Delivery.ACKED),
  LOAD_PROTOCOL(0x12, Sender.WORKSTATION, Delivery.ACKED),
  ARM(0x13, Sender.WORKSTATION, Delivery.ACKED),
  START(0x14, Sender.WORKSTATION, Delivery.ACKED),
  STOP(0x15, Sender.WORKSTATION, Delivery.ACKED),
  VENT(0x16, Sender.WORKSTATION, Delivery.ACKED),
  SET_PROBE_VALVE(0x17, Sender.WORKSTATION, Delivery.ACKED),
  SET_SUPPLY_VALVE(0x18, Sender.WORKSTATION, Delivery.ACKED),
  WORKSTATION_HEARTBEAT(0x1F, Sender.WORKSTATION, Delivery.PERIODIC),

  IDENTITY(0x20, Sender.CONSOLE, Delivery.ACKED),
  SELF_TEST_RESULT(0x21, Sender.CONSOLE, Delivery.ACKED),
  ALARM_RAISED(0x22, Sender.CONSOLE, Delivery.ACKED),
  ALARM_CLEARED(0x23, Sender.CONSOLE, Delivery.ACKED),
  CONSOLE_EVENT(0x24, Sender.CONSOLE, Delivery.ACKED),
  TELEMETRY(0x30, Sender.CONSOLE, Delivery.PERIODIC),
  CONSOLE_HEARTBEAT(0x3F, Sender.CONSOLE, Delivery.PERIODIC);

  /** Which end of the link may send a message type. */
  public enum Sender {
    WORKSTATION,
    CONSOLE,
    EITHER
  }

  /** How a message type travels. */
  public enum Delivery {
    /** Acknowledged, retried on timeout, executed at most once by the receiver. */
    ACKED,
    /** Sent periodically and never acknowledged: the next one replaces a lost one. */
    PERIODIC,
    /** An ack or nak answering an {@link #ACKED} frame. */
    REPLY
  }

  private static final MessageType[] BY_CODE = new MessageType[256];

  static {
    for (MessageType type : values()) {
      BY_CODE[type.code] = type;
    }
  }

  private final int code;
  private final Sender sender;
  private final Delivery delivery;

  MessageType(int code, Sender sender, Delivery delivery) {
    this.code = code;
    this.sender = sender;
    this.delivery = delivery;
  }

  /** The type byte on the wire. */
  public int code() {
    return code;
  }

  public Sender sender() {
    return sender;
  }

  public Delivery delivery() {
    return delivery;
  }

  /** The type with this code, or null when the code is unknown. */
  public static MessageType fromCode(int code) {
    return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
  }

  /** The type that carries {@code message}. */
  public static MessageType of(WireMessage message) {
    return switch (message) {
      case WireMessage.LinkSync s -> LINK_SYNC;
      case WireMessage.Ack a -> ACK;
      case WireMessage.Nak n -> NAK;
      case WireMessage.CommandMessage c -> of(c.command());
      case WireMessage.ReportMessage r -> of(r.report());
    };
  }

  static MessageType of(ConsoleCommand command) {
    return switch (command) {
      case ConsoleCommand.Identify c -> IDENTIFY;
      case ConsoleCommand.RunSelfTest c -> RUN_SELF_TEST;
      case ConsoleCommand.LoadProtocol c -> LOAD_PROTOCOL;
      case ConsoleCommand.Arm c -> ARM;
      case ConsoleCommand.Start c -> START;
      case ConsoleCommand.Stop c -> STOP;
      case ConsoleCommand.Vent c -> VENT;
      case ConsoleCommand.SetProbeValve c -> SET_PROBE_VALVE;
      case ConsoleCommand.SetSupplyValve c -> SET_SUPPLY_VALVE;
      case ConsoleCommand.Heartbeat c -> WORKSTATION_HEARTBEAT;
    };
  }

  static MessageType of(ConsoleReport report) {
    return switch (report) {
      case ConsoleReport.IdentityReport r -> IDENTITY;
      case ConsoleReport.SelfTestReport r -> SELF_TEST_RESULT;
      case ConsoleReport.ConsoleAlarmRaised r -> ALARM_RAISED;
      case ConsoleReport.ConsoleAlarmCleared r -> ALARM_CLEARED;
      case ConsoleReport.ConsoleEvent r -> CONSOLE_EVENT;
      case ConsoleReport.TelemetryReport r -> TELEMETRY;
      case ConsoleReport.ConsoleHeartbeat r -> CONSOLE_HEARTBEAT;
      case ConsoleReport.CommandRejected r ->
          throw new IllegalArgumentException("CommandRejected is made by the link, not sent");
      case ConsoleReport.CommandUndelivered r ->
          throw new IllegalArgumentException("CommandUndelivered is made by the link, not sent");
    };
  }
}
