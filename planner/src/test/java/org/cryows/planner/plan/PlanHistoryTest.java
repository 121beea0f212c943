package org.cryows.planner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.junit.jupiter.api.Test;

class PlanHistoryTest {

  private static final Plan KNEE = ExamplePlans.plan(ExamplePlans.KNEE);

  private static Signature signatureOf(Plan plan) {
    String content = PlanHashes.canonicalContent(plan);
    return new Signature(
        "Dr A",
        "radiologist",
        Instant.parse("2026-12-07T10:00:00Z"),
        "dra",
        PlanHashes.ofCanonical(content),
        "pass",
        Optional.empty(),
        content);
  }

  @Test
  void edit_makesANewUnsignedRevision() {
    Plan signed = KNEE.signedWith(signatureOf(KNEE));
    Plan moved = signed.withProbeTip(0, 0, new Vector3(61, 0, -444.5));
    assertEquals(2, moved.revision());
    assertTrue(moved.signature().isEmpty());
    assertEquals(
        new Vector3(61, 0, -444.5), moved.targets().getFirst().probes().getFirst().tipMm());
    assertEquals(
        new Vector3(60.9, 0, -444.5), signed.targets().getFirst().probes().getFirst().tipMm());
  }

  @Test
  void undoRedo_bringBackEachRevisionAsItWas() {
    var history = PlanHistory.of(KNEE);
    var one = history.edit(p -> p.withProbeTip(0, 0, new Vector3(61, 0, -444.5)));
    var two = one.edit(p -> p.withTissue("muscle"));
    assertEquals(3, two.current().revision());
    var back = two.undo();
    assertEquals(one.current(), back.current());
    assertEquals(KNEE, back.undo().current());
    assertFalse(back.undo().canUndo());
    assertEquals(two.current(), back.redo().current());
  }

  @Test
  void editAfterUndo_neverReusesARevisionNumber() {
    var history =
        PlanHistory.of(KNEE)
            .edit(p -> p.withTissue("muscle"))
            .edit(p -> p.withTissue("fat"))
            .undo()
            .undo();
    var replaced = history.edit(p -> p.withTissue("skin"));
    assertEquals(4, replaced.current().revision());
    assertFalse(replaced.canRedo());
  }

  @Test
  void signing_freezesTheCurrentRevision_andUndoKeepsTheSignature() {
    var history = PlanHistory.of(KNEE).edit(p -> p.withTissue("muscle"));
    var signed = history.signed(signatureOf(history.current()));
    assertTrue(signed.current().isSigned());
    var edited = signed.edit(p -> p.withTissue("fat"));
    assertFalse(edited.current().isSigned());
    assertTrue(edited.undo().current().isSigned());
  }

  @Test
  void edit_thatChangesNothing_isNoRevision() {
    var history = PlanHistory.of(KNEE);
    assertSame(history, history.edit(p -> p));
  }

  @Test
  void undo_withNothingToUndo_isRefused() {
    assertThrows(IllegalStateException.class, () -> PlanHistory.of(KNEE).undo());
  }
}
