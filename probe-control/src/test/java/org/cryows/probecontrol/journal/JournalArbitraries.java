package org.cryows.probecontrol.journal;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;

/** Random journal records of every kind, with awkward values (NaN, infinities, any Unicode). */
final class JournalArbitraries {
  private JournalArbitraries() {}

  static Arbitrary<JournalRecord> records() {
    return Combinators.combine(
            Arbitraries.longs().between(0, Long.MAX_VALUE), instants(), names(), events())
        .as(JournalRecord::new);
  }

  static Arbitrary<JournalEvent> events() {
    return Arbitraries.oneOf(
        telemetry().map(JournalEvent.TelemetrySample::new),
        commands().map(JournalEvent.CommandIssued::new),
        Combinators.combine(
                Arbitraries.of(ControllerState.class),
                Arbitraries.of(ControllerState.class),
                texts())
            .as(JournalEvent.StateChanged::new),
        Combinators.combine(
                names(),
                Arbitraries.of(AlarmPriority.class),
                Arbitraries.of(AlarmEventType.class),
                texts())
            .as(JournalEvent.AlarmEvent::new),
        Combinators.combine(names(), Arbitraries.maps(names(), texts()).ofMaxSize(5))
            .as(JournalEvent.OperatorAction::new));
  }

  static Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  /** Any well-formed Unicode, including characters outside the Basic Multilingual Plane. */
  static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange('\u0000', '\uD7FF')
        .withCharRange('\uE000', '\uFFFF')
        .ofMaxLength(30)
        .flatMap(
            text ->
                Arbitraries.of("", "\uD83E\uDDCA", "\u00e9", "\u6c37").map(extra -> text + extra));
  }

  static Arbitrary<String> names() {
    return texts().filter(text -> !text.isBlank());
  }

  static Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e6, 1e6),
        Arbitraries.of(
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            -0.0,
            Double.MIN_VALUE,
            Double.MAX_VALUE));
  }

  static Arbitrary<Telemetry> telemetry() {
    return Combinators.combine(
            Arbitraries.longs().between(0, Long.MAX_VALUE),
            doubles(),
            doubles(),
            doubles(),
            doubles(),
            doubles(),
            Arbitraries.integers().between(0, 63),
            Arbitraries.integers().between(0, Integer.MAX_VALUE))
        .as(
            (consoleTimeMs, tipC, probeReturnC, supplyKPa, returnKPa, skinC, flags, msSince) ->
                new Telemetry(
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
                    msSince));
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
            new ConsoleCommand.Heartbeat(),
            new ConsoleCommand.SetProbeValve(true),
            new ConsoleCommand.SetProbeValve(false),
            new ConsoleCommand.SetSupplyValve(true),
            new ConsoleCommand.SetSupplyValve(false)),
        protocols().map(ConsoleCommand.LoadProtocol::new));
  }

  static Arbitrary<FreezeProtocol> protocols() {
    Arbitrary<FreezeCycle> cycles =
        Combinators.combine(
                Arbitraries.doubles().between(0.001, FreezeCycle.MAX_PHASE_SEC).ofScale(3),
                Arbitraries.doubles().between(0, FreezeCycle.MAX_PHASE_SEC).ofScale(3))
            .as(FreezeCycle::new);
    return Arbitraries.of(List.copyOf(ConsoleCapabilities.STANDARD.gases()))
        .flatMap(
            gas ->
                Combinators.combine(
                        Arbitraries.doubles()
                            .between(gas.coldestTipC(), FreezeProtocol.WARMEST_SETPOINT_C)
                            .ofScale(3),
                        cycles.list().ofMinSize(1).ofMaxSize(FreezeProtocol.MAX_CYCLES))
                    .as((setpointC, list) -> new FreezeProtocol(gas, setpointC, list)));
  }
}
