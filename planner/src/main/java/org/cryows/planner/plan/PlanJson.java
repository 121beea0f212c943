package org.cryows.planner.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.NerveCatalog;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.cryows.treatment.PlanHash;

/**
 * PLAN.json, the file form of a {@link Plan} (schema {@value Plan#SCHEMA}; fields in
 * planner/docs/plan.md). Reading is strict: an unknown or repeated field, a missing one, a wrong
 * type, an unknown nerve, probe, tissue or frame, a setpoint beyond the gas, a schema other than
 * this one, each is a {@link PlanFormatException} naming the field's path. Writing gives every
 * field explicitly, in a fixed order.
 */
public final class PlanJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern SCHEMA_FORM = Pattern.compile("cryo-plan/([0-9]{1,9})");
  private static final int SCHEMA_VERSION = 1;

  private static final Set<String> TOP_FIELDS =
      Set.of(
          "schema",
          "frame",
          "image",
          "patient",
          "targets",
          "structures",
          "tissue",
          "contraindications",
          "images",
          "revision",
          "signature");
  private static final Set<String> SIGNATURE_FIELDS =
      Set.of(
          "user",
          "role",
          "signedUtc",
          "osUser",
          "planHash",
          "checkSummary",
          "acceptedFailed",
          "signedContent");

  private PlanJson() {}

  // ------------------------------------------------------------------ reading

  /** Reads a plan from PLAN.json text. */
  public static Plan read(String text) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new PlanFormatException(
          "(file)", "not valid JSON" + where + ": " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new PlanFormatException("(file)", "expected a JSON object (a cryo-plan/1 plan)");
    }
    schema(root.get("schema"));
    onlyFields(root, "", TOP_FIELDS);
    PlanFrame frame = frame(root);
    PatientIdentity patient =
        at("patient", () -> patient(object(root.get("patient"), "patient", "{id, name}")));
    List<Target> targets = targets(root.get("targets"));
    List<PlanStructure> structures = structures(root.get("structures"));
    String tissue = tissue(root.get("tissue"));
    Contraindications answers = contraindications(root.get("contraindications"));
    List<NamedImage> images = images(root.get("images"));
    long revision = revision(root.get("revision"));
    Optional<Signature> signature = signature(root.get("signature"));
    requireFrameImageNamed(frame, images);
    return at(
        "(file)",
        () ->
            new Plan(
                frame, patient, targets, structures, tissue, answers, images, revision, signature));
  }

  private static void schema(JsonNode node) {
    if (node == null) {
      throw new PlanFormatException("schema", "required (\"" + Plan.SCHEMA + "\")");
    }
    if (!node.isTextual()) {
      throw new PlanFormatException(
          "schema", "must be text (\"" + Plan.SCHEMA + "\"), found " + node);
    }
    Matcher form = SCHEMA_FORM.matcher(node.textValue());
    if (!form.matches()) {
      throw new PlanFormatException(
          "schema",
          "\"" + node.textValue() + "\" is not a plan schema (expected " + Plan.SCHEMA + ")");
    }
    int version = Integer.parseInt(form.group(1));
    if (version > SCHEMA_VERSION) {
      throw new PlanFormatException(
          "schema",
          node.textValue()
              + " is newer than this workstation reads ("
              + Plan.SCHEMA
              + "); open it with a newer version");
    }
    if (version < SCHEMA_VERSION) {
      throw new PlanFormatException(
          "schema",
          node.textValue() + " is not a schema this workstation knows (" + Plan.SCHEMA + ")");
    }
  }

  private static PlanFrame frame(JsonNode root) {
    JsonNode node = root.get("frame");
    String name = node == null ? "patient" : text(node, "frame");
    JsonNode image = root.get("image");
    return switch (name) {
      case "patient" -> {
        if (image != null) {
          throw new PlanFormatException(
              "image", "only with \"frame\": \"image\" (this plan is in the patient frame)");
        }
        yield new PlanFrame.Patient();
      }
      case "image" -> {
        if (image == null) {
          throw new PlanFormatException(
              "image", "required with \"frame\": \"image\": {sopInstanceUid, frame, region}");
        }
        object(image, "image", "{sopInstanceUid, frame, region}");
        onlyFields(image, "image.", Set.of("sopInstanceUid", "frame", "region"));
        String uid = text(image.get("sopInstanceUid"), "image.sopInstanceUid");
        int frameNumber = integer(image.get("frame"), "image.frame");
        int region = integer(image.get("region"), "image.region");
        if (frameNumber < 1) {
          throw new PlanFormatException(
              "image.frame", "frames are numbered from 1, was " + frameNumber);
        }
        if (region < 1) {
          throw new PlanFormatException(
              "image.region", "regions are numbered from 1, was " + region);
        }
        yield at("image", () -> new PlanFrame.Image(uid, frameNumber, region));
      }
      default ->
          throw new PlanFormatException(
              "frame", "unknown frame \"" + name + "\" (\"patient\" or \"image\")");
    };
  }

  private static PatientIdentity patient(JsonNode node) {
    onlyFields(node, "patient.", Set.of("id", "name"));
    String id = text(node.get("id"), "patient.id");
    if (id.isBlank()) {
      throw new PlanFormatException("patient.id", "must not be blank");
    }
    JsonNode name = node.get("name");
    return new PatientIdentity(id, name == null || name.isNull() ? "" : text(name, "patient.name"));
  }

  private static List<Target> targets(JsonNode node) {
    if (node == null) {
      throw new PlanFormatException(
          "targets", "required: [{nerve, side, pathMm, probes, protocol}]");
    }
    if (!node.isArray() || node.isEmpty()) {
      throw new PlanFormatException("targets", "must be an array of at least one target");
    }
    List<Target> targets = new ArrayList<>();
    Set<String> nerves = new HashSet<>();
    for (int t = 0; t < node.size(); t++) {
      String path = "targets[" + t + "]";
      Target target = target(node.get(t), path);
      if (!nerves.add(target.nerve())) {
        throw new PlanFormatException(
            path + ".nerve", target.nerve() + " is already a target; one target per nerve");
      }
      targets.add(target);
    }
    return targets;
  }

  private static Target target(JsonNode node, String path) {
    object(node, path, "{nerve, side, pathMm, probes, protocol}");
    onlyFields(node, path + ".", Set.of("nerve", "side", "pathMm", "probes", "protocol"));
    String nerveText = text(node.get("nerve"), path + ".nerve");
    String nerve = at(path + ".nerve", () -> NerveCatalog.byId(nerveText).id());
    String sideText = text(node.get("side"), path + ".side");
    Side side;
    try {
      side = Side.valueOf(sideText);
    } catch (IllegalArgumentException e) {
      throw new PlanFormatException(
          path + ".side", "must be \"L\" or \"R\", was \"" + sideText + "\"");
    }
    Target.sideOf(nerve)
        .filter(named -> named != side)
        .ifPresent(
            named -> {
              throw new PlanFormatException(
                  path + ".side", "nerve " + nerve + " lies on side " + named + ", not " + side);
            });
    List<Vector3> pathMm = polyline(node.get("pathMm"), path + ".pathMm", 2);
    FreezeProtocol protocol = protocol(node.get("protocol"), path + ".protocol");
    JsonNode probesNode = node.get("probes");
    if (probesNode == null || !probesNode.isArray() || probesNode.isEmpty()) {
      throw new PlanFormatException(
          path + ".probes", "required: an array of at least one {model, tipMm, entryMm}");
    }
    List<PlannedProbe> probes = new ArrayList<>();
    for (int p = 0; p < probesNode.size(); p++) {
      probes.add(probe(probesNode.get(p), path + ".probes[" + p + "]", protocol.gas()));
    }
    return at(path, () -> new Target(nerve, side, pathMm, probes, protocol));
  }

  private static PlannedProbe probe(JsonNode node, String path, Gas gas) {
    object(node, path, "{model, tipMm, entryMm}");
    onlyFields(node, path + ".", Set.of("model", "tipMm", "entryMm"));
    String modelText = text(node.get("model"), path + ".model");
    ProbeModel model = at(path + ".model", () -> ProbeCatalog.byId(modelText));
    if (model.gas() != gas) {
      throw new PlanFormatException(
          path + ".model",
          model.id() + " runs on " + model.gas() + " but the target's protocol on " + gas);
    }
    Vector3 tip = vector(node.get("tipMm"), path + ".tipMm");
    Vector3 entry = vector(node.get("entryMm"), path + ".entryMm");
    if (!(entry.minus(tip).length() > 0)) {
      throw new PlanFormatException(path + ".entryMm", "must differ from the tip");
    }
    return new PlannedProbe(model.id(), tip, entry);
  }

  private static FreezeProtocol protocol(JsonNode node, String path) {
    object(node, path, "{gas, setpointC, cycles}");
    onlyFields(node, path + ".", Set.of("gas", "setpointC", "cycles"));
    String gasText = text(node.get("gas"), path + ".gas");
    Gas gas;
    try {
      gas = Gas.valueOf(gasText);
    } catch (IllegalArgumentException e) {
      throw new PlanFormatException(
          path + ".gas", "unknown gas \"" + gasText + "\" (CO2 or N2O, the console's gases)");
    }
    double setpointC = number(node.get("setpointC"), path + ".setpointC");
    if (setpointC < gas.coldestTipC() || setpointC > FreezeProtocol.WARMEST_SETPOINT_C) {
      throw new PlanFormatException(
          path + ".setpointC",
          String.format(
              Locale.ROOT,
              "must be from %s C (the coldest %s reaches) to %s C, was %s",
              CanonicalJson.number(gas.coldestTipC()),
              gas,
              CanonicalJson.number(FreezeProtocol.WARMEST_SETPOINT_C),
              CanonicalJson.number(setpointC)));
    }
    JsonNode cyclesNode = node.get("cycles");
    if (cyclesNode == null
        || !cyclesNode.isArray()
        || cyclesNode.isEmpty()
        || cyclesNode.size() > FreezeProtocol.MAX_CYCLES) {
      throw new PlanFormatException(
          path + ".cycles",
          "required: an array of 1 to " + FreezeProtocol.MAX_CYCLES + " {freezeSec, thawSec}");
    }
    List<FreezeCycle> cycles = new ArrayList<>();
    for (int c = 0; c < cyclesNode.size(); c++) {
      String cyclePath = path + ".cycles[" + c + "]";
      JsonNode cycle = cyclesNode.get(c);
      object(cycle, cyclePath, "{freezeSec, thawSec}");
      onlyFields(cycle, cyclePath + ".", Set.of("freezeSec", "thawSec"));
      double freezeSec = number(cycle.get("freezeSec"), cyclePath + ".freezeSec");
      if (!(freezeSec > 0 && freezeSec <= FreezeCycle.MAX_PHASE_SEC)) {
        throw new PlanFormatException(
            cyclePath + ".freezeSec",
            "must be more than 0 and at most "
                + CanonicalJson.number(FreezeCycle.MAX_PHASE_SEC)
                + " s, was "
                + CanonicalJson.number(freezeSec));
      }
      double thawSec = number(cycle.get("thawSec"), cyclePath + ".thawSec");
      if (!(thawSec >= 0 && thawSec <= FreezeCycle.MAX_PHASE_SEC)) {
        throw new PlanFormatException(
            cyclePath + ".thawSec",
            "must be 0 to "
                + CanonicalJson.number(FreezeCycle.MAX_PHASE_SEC)
                + " s, was "
                + CanonicalJson.number(thawSec));
      }
      cycles.add(new FreezeCycle(freezeSec, thawSec));
    }
    return at(path, () -> new FreezeProtocol(gas, setpointC, cycles));
  }

  private static List<PlanStructure> structures(JsonNode node) {
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new PlanFormatException("structures", "must be an array of {kind, ...}");
    }
    List<PlanStructure> structures = new ArrayList<>();
    boolean skin = false;
    for (int s = 0; s < node.size(); s++) {
      String path = "structures[" + s + "]";
      PlanStructure structure = structure(node.get(s), path);
      if (structure instanceof PlanStructure.Skin) {
        if (skin) {
          throw new PlanFormatException(path, "a second skin plane; a plan has one at most");
        }
        skin = true;
      }
      structures.add(structure);
    }
    return structures;
  }

  private static PlanStructure structure(JsonNode node, String path) {
    object(node, path, "{kind, ...}");
    String kind = text(node.get("kind"), path + ".kind");
    return switch (kind) {
      case "skin" -> {
        onlyFields(node, path + ".", Set.of("kind", "pointMm", "normal"));
        yield new PlanStructure.Skin(
            vector(node.get("pointMm"), path + ".pointMm"),
            direction(node.get("normal"), path + ".normal"));
      }
      case "bone" -> {
        onlyFields(node, path + ".", Set.of("kind", "pointMm", "normal"));
        yield new PlanStructure.Bone(
            vector(node.get("pointMm"), path + ".pointMm"),
            direction(node.get("normal"), path + ".normal"));
      }
      case "vessel" -> {
        onlyFields(node, path + ".", Set.of("kind", "name", "pathMm", "diameterMm"));
        String name = text(node.get("name"), path + ".name");
        List<Vector3> pathMm = polyline(node.get("pathMm"), path + ".pathMm", 2);
        double diameter = number(node.get("diameterMm"), path + ".diameterMm");
        if (!(diameter > 0)) {
          throw new PlanFormatException(
              path + ".diameterMm",
              "must be more than 0 mm, was " + CanonicalJson.number(diameter));
        }
        yield new PlanStructure.Vessel(name, pathMm, diameter);
      }
      case "landmark" -> {
        onlyFields(node, path + ".", Set.of("kind", "name", "pointsMm"));
        String name = text(node.get("name"), path + ".name");
        if (name.isBlank()) {
          throw new PlanFormatException(path + ".name", "must not be blank");
        }
        yield new PlanStructure.Landmark(
            name, polyline(node.get("pointsMm"), path + ".pointsMm", 1));
      }
      default ->
          throw new PlanFormatException(
              path + ".kind", "unknown kind \"" + kind + "\" (skin, vessel, bone or landmark)");
    };
  }

  private static String tissue(JsonNode node) {
    if (node == null) {
      return "generic";
    }
    String name = text(node, "tissue");
    return at("tissue", () -> TissueCatalog.byName(name).name());
  }

  private static Contraindications contraindications(JsonNode node) {
    if (node == null) {
      return Contraindications.unanswered();
    }
    object(node, "contraindications", "{localInfection, coagulationDisorder, coldDisease}");
    onlyFields(
        node, "contraindications.", Set.of("localInfection", "coagulationDisorder", "coldDisease"));
    return new Contraindications(
        answer(node.get("localInfection"), "contraindications.localInfection"),
        answer(node.get("coagulationDisorder"), "contraindications.coagulationDisorder"),
        answer(node.get("coldDisease"), "contraindications.coldDisease"));
  }

  private static Optional<Boolean> answer(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      throw new PlanFormatException(
          path, "must be true, false or null (not answered), found " + node);
    }
    return Optional.of(node.booleanValue());
  }

  private static List<NamedImage> images(JsonNode node) {
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new PlanFormatException(
          "images", "must be an array of {sopInstanceUid, file, patientId, laterality}");
    }
    List<NamedImage> images = new ArrayList<>();
    Set<String> uids = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String path = "images[" + i + "]";
      JsonNode image = node.get(i);
      object(image, path, "{sopInstanceUid, file, patientId, laterality}");
      onlyFields(image, path + ".", Set.of("sopInstanceUid", "file", "patientId", "laterality"));
      String uid = text(image.get("sopInstanceUid"), path + ".sopInstanceUid");
      if (!uids.add(uid)) {
        throw new PlanFormatException(path + ".sopInstanceUid", uid + " is named twice");
      }
      Optional<String> file = optionalText(image.get("file"), path + ".file");
      String patientId = text(image.get("patientId"), path + ".patientId");
      Optional<String> laterality = optionalText(image.get("laterality"), path + ".laterality");
      images.add(at(path, () -> new NamedImage(uid, file, patientId, laterality)));
    }
    return images;
  }

  private static void requireFrameImageNamed(PlanFrame frame, List<NamedImage> images) {
    if (frame instanceof PlanFrame.Image image
        && images.stream().noneMatch(i -> i.sopInstanceUid().equals(image.sopInstanceUid()))) {
      throw new PlanFormatException(
          "image.sopInstanceUid",
          image.sopInstanceUid() + " is not among the plan's images (name it in \"images\")");
    }
  }

  private static long revision(JsonNode node) {
    if (node == null) {
      return 1;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 1) {
      throw new PlanFormatException("revision", "must be a whole number from 1, found " + node);
    }
    return node.longValue();
  }

  private static Optional<Signature> signature(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    String path = "signature";
    object(node, path, "{user, role, signedUtc, osUser, planHash, ...}");
    onlyFields(node, path + ".", SIGNATURE_FIELDS);
    String user = text(node.get("user"), path + ".user");
    String role = text(node.get("role"), path + ".role");
    String signedText = text(node.get("signedUtc"), path + ".signedUtc");
    Instant signedUtc;
    try {
      signedUtc = Instant.parse(signedText);
    } catch (DateTimeParseException e) {
      throw new PlanFormatException(path + ".signedUtc", "not an ISO-8601 UTC time: " + signedText);
    }
    String osUser = text(node.get("osUser"), path + ".osUser");
    String hashText = text(node.get("planHash"), path + ".planHash");
    PlanHash hash = at(path + ".planHash", () -> new PlanHash(hashText));
    String summary = text(node.get("checkSummary"), path + ".checkSummary");
    Optional<String> accepted = optionalText(node.get("acceptedFailed"), path + ".acceptedFailed");
    JsonNode content = node.get("signedContent");
    if (content == null || !content.isObject()) {
      throw new PlanFormatException(path + ".signedContent", "required: the plan as it was signed");
    }
    String signedContent = CanonicalJson.of(content);
    return Optional.of(
        at(
            path,
            () ->
                new Signature(
                    user, role, signedUtc, osUser, hash, summary, accepted, signedContent)));
  }

  // ------------------------------------------------------------------ writing

  /** The plan as PLAN.json text: every field, two-space indents, arrays on one line. */
  public static String write(Plan plan) {
    var printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance)
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    try {
      return MAPPER.writer(printer).writeValueAsString(tree(plan)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a plan as JSON", e);
    }
  }

  /** The whole plan as a JSON tree, signature included. */
  public static ObjectNode tree(Plan plan) {
    ObjectNode root = contentTree(plan);
    plan.signature().ifPresent(signature -> root.set("signature", signatureTree(signature)));
    return root;
  }

  /** What a signature covers: the whole plan but its signature. */
  public static ObjectNode contentTree(Plan plan) {
    ObjectNode root = NODES.objectNode();
    root.put("schema", Plan.SCHEMA);
    root.put("frame", plan.frame().jsonName());
    if (plan.frame() instanceof PlanFrame.Image image) {
      ObjectNode node = root.putObject("image");
      node.put("sopInstanceUid", image.sopInstanceUid());
      node.put("frame", image.frame());
      node.put("region", image.region());
    }
    ObjectNode patient = root.putObject("patient");
    patient.put("id", plan.patient().id());
    patient.put("name", plan.patient().name());
    ArrayNode targets = root.putArray("targets");
    for (Target target : plan.targets()) {
      ObjectNode node = targets.addObject();
      node.put("nerve", target.nerve());
      node.put("side", target.side().name());
      node.set("pathMm", polylineTree(target.pathMm()));
      ArrayNode probes = node.putArray("probes");
      for (PlannedProbe probe : target.probes()) {
        ObjectNode probeNode = probes.addObject();
        probeNode.put("model", probe.model());
        probeNode.set("tipMm", vectorTree(probe.tipMm()));
        probeNode.set("entryMm", vectorTree(probe.entryMm()));
      }
      node.set("protocol", protocolTree(target.protocol()));
    }
    ArrayNode structures = root.putArray("structures");
    for (PlanStructure structure : plan.structures()) {
      ObjectNode node = structures.addObject();
      node.put("kind", structure.kind());
      switch (structure) {
        case PlanStructure.Skin skin -> {
          node.set("pointMm", vectorTree(skin.pointMm()));
          node.set("normal", vectorTree(skin.normal()));
        }
        case PlanStructure.Bone bone -> {
          node.set("pointMm", vectorTree(bone.pointMm()));
          node.set("normal", vectorTree(bone.normal()));
        }
        case PlanStructure.Vessel vessel -> {
          node.put("name", vessel.vesselName());
          node.set("pathMm", polylineTree(vessel.pathMm()));
          node.set("diameterMm", number(vessel.diameterMm()));
        }
        case PlanStructure.Landmark landmark -> {
          node.put("name", landmark.landmarkName());
          node.set("pointsMm", polylineTree(landmark.pointsMm()));
        }
      }
    }
    root.put("tissue", plan.tissue());
    ObjectNode answers = root.putObject("contraindications");
    plan.contraindications()
        .byField()
        .forEach(
            (field, answer) -> {
              if (answer.isPresent()) {
                answers.put(field, answer.get());
              } else {
                answers.putNull(field);
              }
            });
    ArrayNode images = root.putArray("images");
    for (NamedImage image : plan.images()) {
      ObjectNode node = images.addObject();
      node.put("sopInstanceUid", image.sopInstanceUid());
      putOptional(node, "file", image.file());
      node.put("patientId", image.patientId());
      putOptional(node, "laterality", image.laterality());
    }
    root.put("revision", plan.revision());
    return root;
  }

  /** A protocol as PLAN.json and the scenario file write it: gas, setpointC, cycles. */
  public static ObjectNode protocolTree(FreezeProtocol protocol) {
    ObjectNode node = NODES.objectNode();
    node.put("gas", protocol.gas().name());
    node.set("setpointC", number(protocol.setpointC()));
    ArrayNode cycles = node.putArray("cycles");
    for (FreezeCycle cycle : protocol.cycles()) {
      ObjectNode cycleNode = cycles.addObject();
      cycleNode.set("freezeSec", number(cycle.freezeSec()));
      cycleNode.set("thawSec", number(cycle.thawSec()));
    }
    return node;
  }

  private static ObjectNode signatureTree(Signature signature) {
    ObjectNode node = NODES.objectNode();
    node.put("user", signature.user());
    node.put("role", signature.role());
    node.put("signedUtc", signature.signedUtc().toString());
    node.put("osUser", signature.osUser());
    node.put("planHash", signature.planHash().value());
    node.put("checkSummary", signature.checkSummary());
    putOptional(node, "acceptedFailed", signature.acceptedFailed());
    try {
      node.set("signedContent", MAPPER.readTree(signature.signedContent()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a signature's content is not JSON", e);
    }
    return node;
  }

  private static void putOptional(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }

  private static ArrayNode polylineTree(List<Vector3> points) {
    ArrayNode array = NODES.arrayNode();
    points.forEach(p -> array.add(vectorTree(p)));
    return array;
  }

  private static ArrayNode vectorTree(Vector3 v) {
    ArrayNode array = NODES.arrayNode();
    array.add(number(v.x()));
    array.add(number(v.y()));
    array.add(number(v.z()));
    return array;
  }

  /** Whole numbers without a fraction ({@code 120}, not {@code 120.0}), the others as doubles. */
  static JsonNode number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return NODES.numberNode((long) value);
    }
    return NODES.numberNode(value);
  }

  // ------------------------------------------------------------------ values

  private static <T> T at(String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (PlanFormatException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new PlanFormatException(path, e.getMessage(), e);
    }
  }

  private static JsonNode object(JsonNode node, String path, String shape) {
    if (node == null) {
      throw new PlanFormatException(path, "required: " + shape);
    }
    if (!node.isObject()) {
      throw new PlanFormatException(path, "must be an object " + shape + ", found " + node);
    }
    return node;
  }

  private static void onlyFields(JsonNode node, String prefix, Set<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new PlanFormatException(
            prefix + name,
            "unknown field (expected "
                + String.join(", ", allowed.stream().sorted().toList())
                + ")");
      }
    }
  }

  private static String text(JsonNode node, String path) {
    if (node == null) {
      throw new PlanFormatException(path, "required (text)");
    }
    if (!node.isTextual()) {
      throw new PlanFormatException(path, "must be text, found " + node);
    }
    return node.textValue();
  }

  private static Optional<String> optionalText(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return Optional.of(text(node, path));
  }

  private static double number(JsonNode node, String path) {
    if (node == null) {
      throw new PlanFormatException(path, "required (a number)");
    }
    if (!node.isNumber()) {
      throw new PlanFormatException(path, "must be a number, found " + node);
    }
    double value = node.doubleValue();
    if (!Double.isFinite(value)) {
      throw new PlanFormatException(path, "must be a finite number");
    }
    return value;
  }

  private static int integer(JsonNode node, String path) {
    if (node == null) {
      throw new PlanFormatException(path, "required (a whole number)");
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw new PlanFormatException(path, "must be a whole number, found " + node);
    }
    return node.intValue();
  }

  private static Vector3 vector(JsonNode node, String path) {
    if (node == null) {
      throw new PlanFormatException(path, "required: [x, y, z] in mm");
    }
    if (!node.isArray() || node.size() != 3) {
      throw new PlanFormatException(path, "must be [x, y, z] in mm, found " + node);
    }
    return new Vector3(
        number(node.get(0), path + "[0]"),
        number(node.get(1), path + "[1]"),
        number(node.get(2), path + "[2]"));
  }

  private static Vector3 direction(JsonNode node, String path) {
    Vector3 v = vector(node, path);
    if (!(v.length() > 0)) {
      throw new PlanFormatException(path, "must not be the zero vector");
    }
    return v;
  }

  private static List<Vector3> polyline(JsonNode node, String path, int least) {
    if (node == null) {
      throw new PlanFormatException(path, "required: [[x, y, z], ...] in mm");
    }
    if (!node.isArray() || node.size() < least) {
      throw new PlanFormatException(
          path, "must be an array of at least " + least + " [x, y, z] points in mm");
    }
    List<Vector3> points = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      Vector3 point = vector(node.get(i), path + "[" + i + "]");
      if (!points.isEmpty() && !(point.minus(points.getLast()).length() > 0)) {
        throw new PlanFormatException(path + "[" + i + "]", "repeats the point before it");
      }
      points.add(point);
    }
    return points;
  }
}
