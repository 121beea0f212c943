package org.cryows.planner.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cryows.planner.plan.ExamplePlans;
import org.cryows.planner.plan.NamedImage;
import org.cryows.planner.plan.PatientIdentity;
import org.cryows.planner.plan.Plan;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The identity check against a real ultrasound file (Patient ID 98279, Laterality R). */
class IdentityCheckTest {

  private static final String ALOKA = "gdcm-US-ALOKA-16_palette16_implicitLE.dcm";

  @TempDir Path folder;

  private Plan ultrasoundPlanBesideItsImage() throws IOException {
    Files.copy(SharedTestData.dicom("us/" + ALOKA), folder.resolve(ALOKA));
    return ExamplePlans.plan(ExamplePlans.ULTRASOUND);
  }

  private CheckResult identity(Plan plan) {
    return IdentityCheck.evaluate(
        plan, plan.targets().getFirst(), ImageIdentities.read(plan, folder));
  }

  @Test
  void samePatientAndSide_passes() throws IOException {
    CheckResult result = identity(ultrasoundPlanBesideItsImage());
    assertEquals(CheckStatus.PASS, result.status(), result.message());
    assertTrue(result.message().contains("laterality R"), result.message());
  }

  @Test
  void anotherPatient_fails() throws IOException {
    Plan plan =
        ultrasoundPlanBesideItsImage().withPatient(new PatientIdentity("12345", "Someone^Else"));
    CheckResult result = identity(plan);
    assertEquals(CheckStatus.FAIL, result.status());
    assertTrue(result.message().contains("is not the plan's patient \"12345\""), result.message());
  }

  @Test
  void fileReplacedByAnotherImage_fails() throws IOException {
    Plan plan = ultrasoundPlanBesideItsImage();
    Files.copy(
        SharedTestData.dicom("us/OBXXXX1A_palette_explicitLE.dcm"),
        folder.resolve(ALOKA),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CheckResult result = identity(plan);
    assertEquals(CheckStatus.FAIL, result.status());
    assertTrue(result.message().contains("the file holds image"), result.message());
  }

  @Test
  void recordedLateralityOfTheOtherSide_fails() throws IOException {
    Plan plan = ultrasoundPlanBesideItsImage();
    NamedImage recorded = plan.images().getFirst();
    Plan noFile =
        plan.withImages(
            List.of(
                new NamedImage(
                    recorded.sopInstanceUid(), Optional.empty(), "98279", Optional.of("L"))));
    CheckResult result = identity(noFile);
    assertEquals(CheckStatus.FAIL, result.status());
    assertTrue(result.message().contains("the image is of side L"), result.message());
  }

  @Test
  void unreadableFile_warnsAndComparesTheRecord() throws IOException {
    Plan plan = ExamplePlans.plan(ExamplePlans.ULTRASOUND);
    Files.writeString(folder.resolve(ALOKA), "not a DICOM file");
    CheckResult result = identity(plan);
    assertEquals(CheckStatus.WARN, result.status(), result.message());
    assertTrue(result.message().contains("cannot read"), result.message());
  }

  @Test
  void noImagesNamed_warns() {
    Plan knee = ExamplePlans.plan(ExamplePlans.KNEE);
    CheckResult result = IdentityCheck.evaluate(knee, knee.targets().getFirst(), List.of());
    assertEquals(CheckStatus.WARN, result.status());
    assertTrue(result.message().contains("names no images"));
  }
}
