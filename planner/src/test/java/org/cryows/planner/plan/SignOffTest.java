package org.cryows.planner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.junit.jupiter.api.Test;

class SignOffTest {

  private static final Plan KNEE = ExamplePlans.plan(ExamplePlans.KNEE);
  private static final Instant NOW = Instant.parse("2026-12-07T09:30:00Z");
  private static final SignOff.Request RADIOLOGIST =
      new SignOff.Request("Dr Ada Lane", "radiologist", Optional.empty());

  private static Plan signed(Plan plan, String summary, SignOff.Request request) {
    var outcome = SignOff.sign(plan, summary, request, NOW, "alane");
    return assertInstanceOf(SignOff.Signed.class, outcome).plan();
  }

  @Test
  void sign_recordsWhoWhenAndTheContentHash() {
    Plan plan = signed(KNEE, "warn", RADIOLOGIST);
    Signature signature = plan.signature().orElseThrow();
    assertEquals("Dr Ada Lane", signature.user());
    assertEquals("alane", signature.osUser());
    assertEquals(NOW, signature.signedUtc());
    assertEquals(PlanHashes.of(KNEE), signature.planHash());
    assertEquals(KNEE.revision(), plan.revision());
    assertTrue(PlanVerification.of(plan).intact());
  }

  @Test
  void nurse_isRefusedAsInvalidInput() {
    var outcome =
        SignOff.sign(
            KNEE, "pass", new SignOff.Request("Sam", "nurse", Optional.empty()), NOW, "sam");
    var refused = assertInstanceOf(SignOff.Refused.class, outcome);
    assertEquals("--role", refused.field());
    assertTrue(refused.invalidInput());
  }

  @Test
  void failedCheck_needsAReason_whichIsRecorded() {
    var refused =
        assertInstanceOf(SignOff.Refused.class, SignOff.sign(KNEE, "fail", RADIOLOGIST, NOW, "a"));
    assertFalse(refused.invalidInput());
    Plan accepted =
        signed(
            KNEE,
            "fail",
            new SignOff.Request(
                "Dr Ada Lane", "radiologist", Optional.of("dose judged on the 3-D model's limit")));
    assertEquals(
        Optional.of("dose judged on the 3-D model's limit"),
        accepted.signature().orElseThrow().acceptedFailed());
  }

  @Test
  void signedAndIntact_isNotSignedAgain_changedIsSignedAsANewRevision() {
    Plan plan = signed(KNEE, "warn", RADIOLOGIST);
    assertInstanceOf(SignOff.Refused.class, SignOff.sign(plan, "warn", RADIOLOGIST, NOW, "a"));
    // A value changed under the signature (as a hand edit of the file would).
    Plan tampered =
        new Plan(
            plan.frame(),
            plan.patient(),
            plan.withProbeTip(0, 0, new Vector3(61, 0, -444.5)).targets(),
            plan.structures(),
            plan.tissue(),
            plan.contraindications(),
            plan.images(),
            plan.revision(),
            plan.signature());
    assertFalse(PlanVerification.of(tampered).intact());
    Plan resigned = signed(tampered, "warn", RADIOLOGIST);
    assertEquals(plan.revision() + 1, resigned.revision());
    assertTrue(PlanVerification.of(resigned).intact());
  }

  @Test
  void verification_namesTheChangedValue() {
    Plan plan = signed(KNEE, "warn", RADIOLOGIST);
    Plan tampered =
        new Plan(
            plan.frame(),
            plan.patient(),
            plan.withProtocol(
                    0,
                    new org.cryows.treatment.FreezeProtocol(
                        org.cryows.treatment.Gas.CO2,
                        -65,
                        plan.targets().getFirst().protocol().cycles()))
                .targets(),
            plan.structures(),
            plan.tissue(),
            plan.contraindications(),
            plan.images(),
            plan.revision(),
            plan.signature());
    var verification = PlanVerification.of(tampered);
    assertEquals(PlanVerification.Status.CHANGED, verification.status());
    assertEquals(
        java.util.List.of("targets[0].protocol.setpointC: -70 -> -65"), verification.changes());
    assertEquals(PlanVerification.Status.UNSIGNED, PlanVerification.of(KNEE).status());
  }
}
