package org.cryows.probecontrol.protocol;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleIdentity;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.SelfTestResult;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/** Random valid values of every message the wire carries. */
final class WireArbitraries {

  private WireArbitraries() {}

  static Arbitrary<WireMessage> messages() {
    return Arbitraries.oneOf(
        commands().map(WireMessage.CommandMessage::new),
        reports().map(WireMessage.ReportMessage::new),
        Arbitraries.just(new WireMessage.Ack()),
        Arbitraries.just(new WireMessage.LinkSync()),
        nonBlankText().map(WireMessage.Nak::new));
  }

  static Arbitrary<Frame> frames() {
    return Combinators.combine(Arbitraries.integers().between(0, 65535), messages()).as(Frame::new);
  }

  static Arbitrary<ConsoleCommand> commands() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            new ConsoleCommand.Identify(),
            new ConsoleCommand.RunSelfTest(),
            new ConsoleCommand.Arm(),
            new ConsoleCommand.Start(),
            new ConsoleCommand.Stop(),
            new ConsoleCommand.Vent(),
            new ConsoleCommand.Heartbeat()),
        Arbitraries.of(true, false).map(ConsoleCommand.SetProbeValve::new),
        Arbitraries.of(true, false).map(ConsoleCommand.SetSupplyValve::new),
        protocols().map(ConsoleCommand.LoadProtocol::new));
  }

  /** Commands that are acked (every one but the heartbeat). */
  static Arbitrary<ConsoleCommand> ackedCommands() {
    return commands().filter(c -> !(c instanceof ConsoleCommand.Heartbeat));
  }

  static Arbitrary<FreezeProtocol> protocols() {
    return Arbitraries.of(List.copyOf(ConsoleCapabilities.STANDARD.gases()))
        .flatMap(
            gas ->
                Combinators.combine(
                        Arbitraries.doubles()
                            .between(gas.coldestTipC(), FreezeProtocol.WARMEST_SETPOINT_C)
                            .ofScale(6),
                        cycles().list().ofMinSize(1).ofMaxSize(FreezeProtocol.MAX_CYCLES))
                    .as((setpointC, cycles) -> new FreezeProtocol(gas, setpointC, cycles)));
  }

  static Arbitrary<FreezeCycle> cycles() {
    return Combinators.combine(
            Arbitraries.doubles().between(0, false, FreezeCycle.MAX_PHASE_SEC, true).ofScale(6),
            Arbitraries.doubles().between(0, FreezeCycle.MAX_PHASE_SEC).ofScale(6))
        .as(FreezeCycle::new);
  }

  static Arbitrary<ConsoleReport> reports() {
    return Arbitraries.oneOf(
        identities().map(ConsoleReport.IdentityReport::new),
        selfTests().map(ConsoleReport.SelfTestReport::new),
        telemetry().map(ConsoleReport.TelemetryReport::new),
        Combinators.combine(text(), text()).as(ConsoleReport.ConsoleAlarmRaised::new),
        text().map(ConsoleReport.ConsoleAlarmCleared::new),
        events(),
        Arbitraries.just(new ConsoleReport.ConsoleHeartbeat()));
  }

  static Arbitrary<ConsoleReport> events() {
    return Combinators.combine(
            Arbitraries.longs().greaterOrEqual(0),
            Arbitraries.of(List.copyOf(Fault.consoleDetected())),
            Arbitraries.of(true, false),
            nonBlankText())
        .as(ConsoleReport.ConsoleEvent::new);
  }

  static Arbitrary<ConsoleIdentity> identities() {
    return Combinators.combine(
            nonBlankText(),
            nonBlankText(),
            text(),
            Arbitraries.integers().greaterOrEqual(0),
            Arbitraries.integers().greaterOrEqual(0))
        .as(ConsoleIdentity::new);
  }

  static Arbitrary<SelfTestResult> selfTests() {
    return nonBlankText()
        .list()
        .ofMaxSize(5)
        .map(failures -> new SelfTestResult(failures.isEmpty(), failures));
  }

  /** Every field, with NaN, infinities and signed zeros among the measurements. */
  static Arbitrary<Telemetry> telemetry() {
    Arbitrary<Double> measurement = Arbitraries.doubles().withStandardSpecialValues();
    return Combinators.combine(
            Arbitraries.longs().greaterOrEqual(0),
            measurement.list().ofSize(5),
            Arbitraries.integers().between(0, 63),
            Arbitraries.integers().greaterOrEqual(0))
        .as(
            (timeMs, m, flags, msSinceHeartbeat) ->
                new Telemetry(
                    timeMs,
                    m.get(0),
                    m.get(1),
                    m.get(2),
                    m.get(3),
                    (flags & 1) != 0,
                    (flags & 2) != 0,
                    (flags & 4) != 0,
                    (flags & 8) != 0,
                    m.get(4),
                    (flags & 16) != 0,
                    (flags & 32) != 0,
                    msSinceHeartbeat));
  }

  /** Text in any script, including characters outside the Basic Multilingual Plane. */
  static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.of("", "Cryo-Ω 7", "tip \u00b0C", "probe \ud83e\uddca", "e-stop pressed"));
  }

  static Arbitrary<String> nonBlankText() {
    return text().filter(s -> !s.isBlank());
  }

  static List<WireMessage> sampleOfEveryType() {
    return List.of(
        new WireMessage.LinkSync(),
        new WireMessage.Ack(),
        new WireMessage.Nak("not armed"),
        cmd(new ConsoleCommand.Identify()),
        cmd(new ConsoleCommand.RunSelfTest()),
        cmd(
            new ConsoleCommand.LoadProtocol(
                new FreezeProtocol(
                    Gas.N2O, -70, List.of(new FreezeCycle(120, 60), new FreezeCycle(90.5, 0))))),
        cmd(new ConsoleCommand.Arm()),
        cmd(new ConsoleCommand.Start()),
        cmd(new ConsoleCommand.Stop()),
        cmd(new ConsoleCommand.Vent()),
        cmd(new ConsoleCommand.SetProbeValve(true)),
        cmd(new ConsoleCommand.SetSupplyValve(false)),
        cmd(new ConsoleCommand.Heartbeat()),
        rep(
            new ConsoleReport.IdentityReport(
                new ConsoleIdentity("CS-0042", "2.3.1", "CryoNeedle 22G", 3, 10))),
        rep(new ConsoleReport.SelfTestReport(SelfTestResult.fail(List.of("supply sensor")))),
        rep(new ConsoleReport.SelfTestReport(SelfTestResult.pass())),
        rep(new ConsoleReport.ConsoleAlarmRaised("WATCHDOG", "no heartbeat for 500 ms")),
        rep(new ConsoleReport.ConsoleAlarmCleared("WATCHDOG")),
        rep(
            new ConsoleReport.ConsoleEvent(
                987_654, Fault.SUPPLY_PRESSURE_HIGH, true, "supply 4712 kPa above 4700 kPa")),
        rep(
            new ConsoleReport.TelemetryReport(
                new Telemetry(
                    123456,
                    Double.NaN,
                    -60.25,
                    5400,
                    101.5,
                    true,
                    true,
                    true,
                    false,
                    31.5,
                    false,
                    true,
                    20))),
        rep(new ConsoleReport.ConsoleHeartbeat()));
  }

  private static WireMessage cmd(ConsoleCommand command) {
    return new WireMessage.CommandMessage(command);
  }

  private static WireMessage rep(ConsoleReport report) {
    return new WireMessage.ReportMessage(report);
  }
}
