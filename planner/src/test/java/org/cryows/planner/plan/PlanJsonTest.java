package org.cryows.planner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.cryows.imaging.volume.Vector3;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

class PlanJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The example plan with one change made to its JSON tree. */
  private static String changed(String example, Consumer<ObjectNode> change) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(ExamplePlans.text(example));
    change.accept(root);
    return JSON.writeValueAsString(root);
  }

  private static ObjectNode target0(ObjectNode root) {
    return (ObjectNode) root.get("targets").get(0);
  }

  private static ObjectNode probe0(ObjectNode root) {
    return (ObjectNode) target0(root).get("probes").get(0);
  }

  private static PlanFormatException refused(String json) {
    return assertThrows(PlanFormatException.class, () -> PlanJson.read(json));
  }

  @Test
  void read_kneeExample_holdsItsValues() {
    Plan plan = ExamplePlans.plan(ExamplePlans.KNEE);
    assertEquals(new PlanFrame.Patient(), plan.frame());
    assertEquals("KNEE-DEMO-001", plan.patient().id());
    Target smgn = plan.targets().getFirst();
    assertEquals("SMGN", smgn.nerve());
    assertEquals(Side.L, smgn.side());
    assertEquals(new Vector3(60.9, 0, -444.5), smgn.probes().getFirst().tipMm());
    assertEquals(Gas.CO2, smgn.protocol().gas());
    assertEquals(-70, smgn.protocol().setpointC());
    assertEquals(2, smgn.protocol().cycles().size());
    assertEquals(3, plan.structures().size());
    assertTrue(plan.skin().isPresent());
    assertEquals(1, plan.revision());
    assertTrue(plan.signature().isEmpty());
  }

  @Test
  void read_ultrasoundExample_isInTheImageFrame() {
    Plan plan = ExamplePlans.plan(ExamplePlans.ULTRASOUND);
    var frame = (PlanFrame.Image) plan.frame();
    assertEquals(1, frame.frame());
    assertEquals(1, frame.region());
    assertEquals("R", plan.frameImage().orElseThrow().laterality().orElseThrow());
    assertEquals("ICN-T7-R", plan.targets().getFirst().nerve());
  }

  @Test
  void read_sampleKneeExample_namesTheSampleCine() {
    Plan plan = ExamplePlans.plan(ExamplePlans.SAMPLE_KNEE);
    assertEquals("cine.dcm", plan.frameImage().orElseThrow().file().orElseThrow());
    assertEquals("SAMPLE-KNEE-01", plan.patient().id());
    assertEquals(Side.R, plan.targets().getFirst().side());
  }

  @Test
  void write_thenRead_givesTheSameValue() {
    for (String example :
        new String[] {ExamplePlans.KNEE, ExamplePlans.ULTRASOUND, ExamplePlans.SAMPLE_KNEE}) {
      Plan plan = ExamplePlans.plan(example);
      String written = PlanJson.write(plan);
      assertEquals(plan, PlanJson.read(written), example);
      assertEquals(written, PlanJson.write(PlanJson.read(written)), example);
    }
  }

  @Test
  void hash_ignoresSpacingKeyOrderAndNumberSpelling_notValues() throws Exception {
    Plan plan = ExamplePlans.plan(ExamplePlans.KNEE);
    String compact =
        changed(
            ExamplePlans.KNEE,
            root -> {
              ObjectNode protocol = (ObjectNode) target0(root).get("protocol");
              protocol.put("setpointC", -70.0);
              ObjectNode reordered = JSON.createObjectNode();
              reordered.set("targets", root.get("targets"));
              root.remove("targets");
              reordered.setAll(root);
              root.removeAll();
              root.setAll(reordered);
            });
    assertEquals(PlanHashes.of(plan), PlanHashes.of(PlanJson.read(compact)));
    String moved =
        changed(ExamplePlans.KNEE, root -> ((ArrayNode) probe0(root).get("tipMm")).set(2, -444.4));
    assertNotEquals(PlanHashes.of(plan), PlanHashes.of(PlanJson.read(moved)));
    assertTrue(PlanHashes.of(plan).value().matches("sha256:[0-9a-f]{64}"));
  }

  @Test
  void read_malformedJson_namesTheFileAndPlace() {
    var e = refused("{\"schema\": \"cryo-plan/1\", \"targets\": [");
    assertEquals("(file)", e.field());
    assertTrue(e.getMessage().contains("not valid JSON at line 1"), e.getMessage());
  }

  @Test
  void read_newerSchema_saysSo() throws Exception {
    var e = refused(changed(ExamplePlans.KNEE, root -> root.put("schema", "cryo-plan/2")));
    assertEquals("schema", e.field());
    assertTrue(e.getMessage().contains("cryo-plan/2 is newer than this workstation reads"));
  }

  @Test
  void read_brokenOrMissingSchema_isRefused() throws Exception {
    assertEquals(
        "schema", refused(changed(ExamplePlans.KNEE, root -> root.put("schema", "plan"))).field());
    assertEquals(
        "schema", refused(changed(ExamplePlans.KNEE, root -> root.remove("schema"))).field());
  }

  @Test
  void read_unknownNerve_namesTheField() throws Exception {
    var e = refused(changed(ExamplePlans.KNEE, root -> target0(root).put("nerve", "XGN")));
    assertEquals("targets[0].nerve", e.field());
    assertTrue(e.getMessage().contains("unknown nerve 'XGN'"), e.getMessage());
  }

  @Test
  void read_unknownProbe_namesTheField() throws Exception {
    var e = refused(changed(ExamplePlans.KNEE, root -> probe0(root).put("model", "console-9g")));
    assertEquals("targets[0].probes[0].model", e.field());
  }

  @Test
  void read_probeOfAnotherGas_namesTheProbe() throws Exception {
    var e =
        refused(changed(ExamplePlans.KNEE, root -> probe0(root).put("model", "console-14g-n2o")));
    assertEquals("targets[0].probes[0].model", e.field());
    assertTrue(e.getMessage().contains("runs on N2O"), e.getMessage());
  }

  @Test
  void read_unknownFrame_namesTheField() throws Exception {
    var e = refused(changed(ExamplePlans.KNEE, root -> root.put("frame", "scanner")));
    assertEquals("frame", e.field());
    assertTrue(e.getMessage().contains("unknown frame \"scanner\""), e.getMessage());
  }

  @Test
  void read_setpointBeyondTheGas_namesTheSetpoint() throws Exception {
    var e =
        refused(
            changed(
                ExamplePlans.KNEE,
                root -> ((ObjectNode) target0(root).get("protocol")).put("setpointC", -85)));
    assertEquals("targets[0].protocol.setpointC", e.field());
    assertTrue(e.getMessage().contains("the coldest CO2 reaches"), e.getMessage());
  }

  @Test
  void read_unknownOrRepeatedField_isRefused() throws Exception {
    var unknown = refused(changed(ExamplePlans.KNEE, root -> probe0(root).put("tipMM", 1)));
    assertEquals("targets[0].probes[0].tipMM", unknown.field());
    var repeated =
        refused(
            ExamplePlans.text(ExamplePlans.KNEE)
                .replace(
                    "\"tissue\": \"generic\"", "\"tissue\": \"generic\", \"tissue\": \"fat\""));
    assertEquals("(file)", repeated.field());
  }

  @Test
  void read_sideAgainstTheNervesOwnSide_isRefused() throws Exception {
    var e = refused(changed(ExamplePlans.ULTRASOUND, root -> target0(root).put("side", "L")));
    assertEquals("targets[0].side", e.field());
  }

  @Test
  void read_frameImageNotNamed_isRefused() throws Exception {
    var e = refused(changed(ExamplePlans.ULTRASOUND, root -> root.putArray("images")));
    assertEquals("image.sopInstanceUid", e.field());
  }

  @Test
  void read_sameNerveTwice_isRefused() throws Exception {
    var e =
        refused(
            changed(
                ExamplePlans.KNEE,
                root -> ((ArrayNode) root.get("targets")).add(target0(root).deepCopy())));
    assertEquals("targets[1].nerve", e.field());
  }

  @Test
  void read_vectorOfTwo_namesIt() throws Exception {
    var e =
        refused(
            changed(
                ExamplePlans.KNEE,
                root -> probe0(root).set("entryMm", JSON.createArrayNode().add(1).add(2))));
    assertEquals("targets[0].probes[0].entryMm", e.field());
  }
}
