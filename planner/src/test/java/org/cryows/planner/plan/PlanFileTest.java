package org.cryows.planner.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileTest {

  @TempDir Path folder;

  @Test
  void save_thenLoad_givesTheSamePlan_andLeavesNoTemporaryFile() throws IOException {
    Plan plan = ExamplePlans.plan(ExamplePlans.KNEE).withTissue("muscle");
    Path file = folder.resolve("PLAN.json");
    PlanFile.save(file, plan);
    assertEquals(plan, PlanFile.load(file));
    try (var listing = Files.list(folder)) {
      assertEquals(1, listing.count());
    }
  }

  @Test
  void save_whenTheStepBeforeReplacingFails_leavesTheOldFile() throws IOException {
    Path file = folder.resolve("PLAN.json");
    Files.writeString(file, ExamplePlans.text(ExamplePlans.KNEE));
    byte[] before = Files.readAllBytes(file);
    Plan changed = PlanFile.load(file).withTissue("fat");
    assertThrows(
        IOException.class,
        () ->
            PlanFile.save(
                file,
                changed,
                () -> {
                  throw new IOException("audit log not writable");
                }));
    assertArrayEquals(before, Files.readAllBytes(file));
    try (var listing = Files.list(folder)) {
      assertEquals(1, listing.count());
    }
  }

  @Test
  void load_newerSchema_isRefusedAndTheFileUntouched() throws IOException {
    Path file = folder.resolve("PLAN.json");
    String newer = ExamplePlans.text(ExamplePlans.KNEE).replace("cryo-plan/1", "cryo-plan/7");
    Files.writeString(file, newer);
    var e = assertThrows(PlanFormatException.class, () -> PlanFile.load(file));
    assertEquals("schema", e.field());
    assertEquals(newer, Files.readString(file));
  }
}
