package org.cryows.planner.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.Contraindications;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.Side;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

/** Checks that need no prediction: capabilities, motor block, contraindications. */
class PlanLevelChecksTest {

  private static final List<Vector3> NERVE =
      List.of(new Vector3(1.5, -15, -25), new Vector3(1.5, 15, -25));

  private static Plan plan(FreezeProtocol protocol) {
    return CheckFixtures.onePlan(
        NERVE, new Vector3(0, 0, -30), new Vector3(0, 0, 10), protocol, List.of());
  }

  @Test
  void capabilities_setpointWithinReach_passes_colderThanTheTipReaches_warns() {
    var within =
        CapabilitiesCheck.evaluate(
            plan(CheckFixtures.ONE_FREEZE).targets().getFirst(), ConsoleCapabilities.STANDARD);
    assertEquals(CheckStatus.PASS, within.status(), within.message());
    assertEquals(-75.7, within.limit().getAsDouble());
    var cold = new FreezeProtocol(Gas.CO2, -78, List.of(new FreezeCycle(150, 60)));
    var beyond =
        CapabilitiesCheck.evaluate(plan(cold).targets().getFirst(), ConsoleCapabilities.STANDARD);
    assertEquals(CheckStatus.WARN, beyond.status());
    assertTrue(beyond.message().contains("colder than the console's CO2 tip reaches"));
  }

  @Test
  void capabilities_consoleWithoutTheGas_fails() {
    var co2Only =
        new ConsoleCapabilities(java.util.EnumSet.of(Gas.N2O), 4000, 4700, 4480, 83, false);
    var result =
        CapabilitiesCheck.evaluate(plan(CheckFixtures.ONE_FREEZE).targets().getFirst(), co2Only);
    assertEquals(CheckStatus.FAIL, result.status());
  }

  @Test
  void motorBlock_mixedNerveWarns_sensoryPasses() {
    assertEquals(
        CheckStatus.PASS,
        MotorBlockCheck.evaluate(plan(CheckFixtures.ONE_FREEZE).targets().getFirst()).status());
    Plan intercostal =
        CheckFixtures.onePlan(
            "ICN-T5-R",
            Side.R,
            NERVE,
            new Vector3(0, 0, -30),
            new Vector3(0, 0, 10),
            CheckFixtures.ONE_FREEZE,
            List.of());
    var mixed = MotorBlockCheck.evaluate(intercostal.targets().getFirst());
    assertEquals(CheckStatus.WARN, mixed.status());
    assertTrue(mixed.message().contains("motor block"));
  }

  @Test
  void contraindications_presentOrUnanswered_fail_allNo_passes() {
    Plan none = plan(CheckFixtures.ONE_FREEZE);
    assertEquals(CheckStatus.PASS, ContraindicationsCheck.evaluate(none).status());
    var unanswered =
        ContraindicationsCheck.evaluate(none.withContraindications(Contraindications.unanswered()));
    assertEquals(CheckStatus.FAIL, unanswered.status());
    assertTrue(unanswered.message().contains("not answered: localInfection"));
    var raynaud =
        ContraindicationsCheck.evaluate(
            none.withContraindications(
                new Contraindications(Optional.of(false), Optional.of(false), Optional.of(true))));
    assertEquals(CheckStatus.FAIL, raynaud.status());
    assertTrue(raynaud.message().contains("Raynaud"), raynaud.message());
    assertTrue(raynaud.target().isEmpty());
  }
}
