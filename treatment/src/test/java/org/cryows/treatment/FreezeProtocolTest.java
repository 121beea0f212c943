package org.cryows.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cryows.treatment.FreezeCycle.PhaseKind;
import org.junit.jupiter.api.Test;

class FreezeProtocolTest {

  private static final List<FreezeCycle> TWO_CYCLES =
      List.of(new FreezeCycle(180, 60), new FreezeCycle(180, 0));

  @Test
  void new_setpointColderThanTheGas_isRefusedNamingIt() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> new FreezeProtocol(Gas.CO2, -85, TWO_CYCLES));
    assertTrue(e.getMessage().contains("setpoint -85.0 C is colder than CO2"), e.getMessage());
  }

  @Test
  void new_setpointWarmerThanMinus20_isRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new FreezeProtocol(Gas.N2O, -10, TWO_CYCLES));
  }

  @Test
  void new_activeThawWithoutHeating_isRefused() {
    var cycles = List.of(new FreezeCycle(60, 10, 30));
    assertThrows(IllegalArgumentException.class, () -> new FreezeProtocol(Gas.N2O, -88.5, cycles));
    var withHeat =
        new FreezeProtocol(Gas.N2O, -88.5, cycles, Optional.of(new ActiveThaw.HeatInput(40)));
    assertTrue(withHeat.hasActiveThaw());
  }

  @Test
  void phases_freezeThawFreeze_inOrderOnTheTimeLine() {
    var phases = FreezeProtocol.coldestFor(Gas.CO2, TWO_CYCLES).phases();
    assertEquals(
        List.of(
            new FreezeCycle.Phase(PhaseKind.FREEZE, 0, 180),
            new FreezeCycle.Phase(PhaseKind.PASSIVE_THAW, 180, 60),
            new FreezeCycle.Phase(PhaseKind.FREEZE, 240, 180)),
        phases);
    assertEquals(PhaseKind.FREEZE, FreezeCycle.phaseAt(phases, 180).kind());
    assertEquals(PhaseKind.PASSIVE_THAW, FreezeCycle.phaseAt(phases, 180.5).kind());
    assertEquals(PhaseKind.FREEZE, FreezeCycle.phaseAt(phases, 500).kind());
    assertEquals(420, FreezeCycle.totalSec(TWO_CYCLES));
    assertEquals(360, FreezeCycle.totalFreezeSec(TWO_CYCLES));
  }

  @Test
  void phases_passiveThenActiveThaw_bothAfterTheFreeze() {
    var phases = FreezeCycle.phases(List.of(new FreezeCycle(30, 10, 10)));
    assertEquals(
        List.of(PhaseKind.FREEZE, PhaseKind.PASSIVE_THAW, PhaseKind.ACTIVE_THAW),
        phases.stream().map(FreezeCycle.Phase::kind).toList());
    assertEquals(40, phases.get(2).startSec());
  }

  @Test
  void refusal_standardConsole_refusesArgonAndActiveThaw() {
    var console = ConsoleCapabilities.STANDARD;
    assertTrue(console.refusal(FreezeProtocol.coldestFor(Gas.CO2, TWO_CYCLES)).isEmpty());
    assertEquals(
        "the console drives CO2 and N2O, not ARGON",
        console.refusal(FreezeProtocol.coldestFor(Gas.ARGON, TWO_CYCLES)).orElseThrow());
    var active =
        new FreezeProtocol(
            Gas.CO2,
            -70,
            List.of(new FreezeCycle(60, 0, 30)),
            Optional.of(new ActiveThaw.WarmWall(30)));
    assertTrue(console.refusal(active).orElseThrow().contains("passively"));
  }

  @Test
  void freezeCycle_longerThanThirtyMinutes_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> new FreezeCycle(1801, 0));
    assertThrows(IllegalArgumentException.class, () -> new FreezeCycle(60, -1));
  }
}
