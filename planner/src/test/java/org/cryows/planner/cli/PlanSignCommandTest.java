package org.cryows.planner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.AuditLog;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFile;
import org.cryows.planner.plan.PlanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sign, verify and the audit log, through the commands, on real predictions. */
class PlanSignCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private Path plan(Plan plan) throws Exception {
    Path file = folder.resolve("PLAN.json");
    Files.writeString(file, PlanJson.write(plan));
    return file;
  }

  private static PlanCommandRun sign(Path file, String... extra) {
    var args = new java.util.ArrayList<>(List.of("sign", file.toString(), "--user", "Dr Ada Lane"));
    args.addAll(List.of(extra));
    if (!args.contains("--role")) {
      args.addAll(List.of("--role", "radiologist"));
    }
    return PlanCommandRun.of(args.toArray(String[]::new));
  }

  @Test
  void sign_savesTheSignature_appendsTheAuditLog_andVerifies() throws Exception {
    Path file = plan(CommandPlans.axisymmetricKnee());
    var run = sign(file);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode line = JSON.readTree(run.out());
    assertTrue(line.get("signed").asBoolean());
    String hash = line.get("planHash").asText();
    Plan saved = PlanFile.load(file);
    var signature = saved.signature().orElseThrow();
    assertEquals(hash, signature.planHash().value());
    assertEquals("Dr Ada Lane", signature.user());
    assertEquals(System.getProperty("user.name"), signature.osUser());
    assertEquals("warn", signature.checkSummary());
    List<String> audit = Files.readAllLines(AuditLog.beside(file));
    assertEquals(1, audit.size());
    JsonNode entry = JSON.readTree(audit.getFirst());
    assertEquals("signed", entry.get("event").asText());
    assertEquals(hash, entry.get("planHash").asText());
    assertEquals(System.getProperty("user.name"), entry.get("osUser").asText());
    var verify = PlanCommandRun.of("verify", file.toString());
    assertEquals(0, verify.exitCode(), verify.err());
    JsonNode verified = JSON.readTree(verify.out());
    assertTrue(verified.get("verified").asBoolean());
    assertEquals("matched", verified.get("auditLog").asText());
  }

  @Test
  void nurse_exit2_andNothingWritten() throws Exception {
    Path file = plan(CommandPlans.axisymmetricKnee());
    byte[] before = Files.readAllBytes(file);
    var run = sign(file, "--role", "nurse");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--role: only a radiologist may sign"), run.err());
    assertArrayEquals(before, Files.readAllBytes(file));
    assertFalse(Files.exists(AuditLog.beside(file)));
    try (var listing = Files.list(folder)) {
      assertEquals(1, listing.count());
    }
  }

  @Test
  void failingCheck_exit1_unlessAccepted_andTheReasonIsRecorded() throws Exception {
    // The nerve 8 mm from the probe: no dose.
    Plan far =
        CommandPlans.axisymmetricKnee()
            .withNervePath(0, List.of(new Vector3(46, 18, -465), new Vector3(74, 18, -465)));
    Path file = plan(far);
    byte[] before = Files.readAllBytes(file);
    var refused = sign(file);
    assertEquals(1, refused.exitCode(), refused.err());
    assertTrue(refused.err().contains("failed nerveDose (SMGN)"), refused.err());
    assertArrayEquals(before, Files.readAllBytes(file));
    assertFalse(Files.exists(AuditLog.beside(file)));
    var accepted = sign(file, "--accept-failed", "nerve to be reached by a second probe");
    assertEquals(0, accepted.exitCode(), accepted.err());
    var signature = PlanFile.load(file).signature().orElseThrow();
    assertEquals("fail", signature.checkSummary());
    assertEquals("nerve to be reached by a second probe", signature.acceptedFailed().orElseThrow());
    JsonNode entry = JSON.readTree(Files.readAllLines(AuditLog.beside(file)).getFirst());
    assertEquals("nerve to be reached by a second probe", entry.get("acceptedFailed").asText());
  }

  @Test
  void signedTwice_refused_aNewRevisionIsSigned_andTheLogOnlyGrows() throws Exception {
    Path file = plan(CommandPlans.axisymmetricKnee());
    assertEquals(0, sign(file).exitCode());
    String firstEntry = Files.readAllLines(AuditLog.beside(file)).getFirst();
    var again = sign(file);
    assertEquals(1, again.exitCode());
    assertTrue(again.err().contains("already signed"), again.err());
    Plan edited = PlanFile.load(file).withTissue("muscle");
    PlanFile.save(file, edited);
    assertEquals(1, PlanCommandRun.of("verify", file.toString()).exitCode());
    assertEquals(0, sign(file).exitCode());
    List<String> audit = Files.readAllLines(AuditLog.beside(file));
    assertEquals(2, audit.size());
    assertEquals(firstEntry, audit.getFirst());
    assertEquals(2, JSON.readTree(audit.get(1)).get("revision").asInt());
    assertEquals(0, PlanCommandRun.of("verify", file.toString()).exitCode());
  }

  @Test
  void verify_aValueChangedInTheFile_exit1_namingIt() throws Exception {
    Path file = plan(CommandPlans.axisymmetricKnee());
    assertEquals(0, sign(file).exitCode());
    String text = Files.readString(file);
    String changed = text.replaceFirst("\"setpointC\": -70", "\"setpointC\": -85");
    assertFalse(text.equals(changed));
    Files.writeString(file, changed);
    var verify = PlanCommandRun.of("verify", file.toString());
    assertEquals(1, verify.exitCode());
    assertTrue(verify.err().contains("targets[0].protocol.setpointC: -70 -> -85"), verify.err());
    assertEquals("changed", JSON.readTree(verify.out()).get("status").asText());
  }

  @Test
  void verify_aSignatureEditedByHand_disagreesWithTheAuditLog() throws Exception {
    Path file = plan(CommandPlans.axisymmetricKnee());
    assertEquals(0, sign(file).exitCode());
    Files.writeString(
        file, Files.readString(file).replace("\"Dr Ada Lane\"", "\"Dr Someone Else\""));
    var verify = PlanCommandRun.of("verify", file.toString());
    assertEquals(1, verify.exitCode());
    assertTrue(verify.err().contains("signature.user"), verify.err());
  }

  @Test
  void verify_unsigned_exit1() throws Exception {
    Path file = plan(CommandPlans.axisymmetricKnee());
    var verify = PlanCommandRun.of("verify", file.toString());
    assertEquals(1, verify.exitCode());
    assertEquals("unsigned", JSON.readTree(verify.out()).get("status").asText());
  }
}
