package org.cryows.samples.cases;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cryows.imaging.write.CalibratedRegion;
import org.cryows.planner.catalog.NerveCatalog;
import org.cryows.samples.ultrasound.FrameTruth;
import org.cryows.samples.ultrasound.SynthesizedCine;

/**
 * A case's truth beside its cine, {@code truth.json}: where the nerve, the arteries, the skin and
 * the bones are in every frame, in the image frame of a plan ({@code "frame": "image"}), with the
 * region calibration and timing that tie those millimetres to pixels. Fields are written in a fixed
 * order with "\n" line ends, so the file is the same bytes on every machine.
 */
public final class TruthJson {
  public static final String SCHEMA = "cryo-sample-truth/1";

  public static final String CONVENTION =
      "Image frame, millimetres: x across the image to the right, y down (depth from the probe"
          + " face), z out of the image plane (right-handed). (0, 0) is the centre of the"
          + " calibrated region's top-left pixel (RegionLocationMinX0, RegionLocationMinY0), so a"
          + " pixel at column c, row r lies at x = (c - minX0) * physicalDeltaXCm * 10, y = (r -"
          + " minY0) * physicalDeltaYCm * 10. Frames are numbered from 1.";

  private static final ObjectMapper JSON = new ObjectMapper();

  private TruthJson() {}

  /**
   * @param fileName the cine's file name in the case folder
   */
  static ObjectNode of(
      UltrasoundCase c,
      SynthesizedCine cine,
      String fileName,
      String sopInstanceUid,
      int columns,
      int rows,
      CalibratedRegion region) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("case", c.folder());
    root.put("title", c.title());
    root.put("synthetic", true);
    root.put("frame", "image");
    root.put("convention", CONVENTION);
    ObjectNode image = root.putObject("image");
    image.put("file", fileName);
    image.put("sopInstanceUid", sopInstanceUid);
    image.put("columns", columns);
    image.put("rows", rows);
    image.put("frames", cine.spec().frames());
    image.put("frameTimeMs", cine.spec().frameTimeMs());
    image.put("heartRateBpm", cine.spec().heartRateBpm());
    ObjectNode r = root.putObject("region");
    r.put("index", 1);
    r.put("minX0", region.minX0());
    r.put("minY0", region.minY0());
    r.put("maxX1", region.maxX1());
    r.put("maxY1", region.maxY1());
    r.put("physicalUnits", "cm");
    r.put("physicalDeltaXCm", region.deltaXCm());
    r.put("physicalDeltaYCm", region.deltaYCm());
    r.put("widthMm", round(region.columns() * region.deltaXCm() * 10));
    r.put("depthMm", round(region.rows() * region.deltaYCm() * 10));
    ObjectNode patient = root.putObject("patient");
    patient.put("id", c.patient().patientId());
    patient.put("name", c.patient().identity().name());
    patient.put("laterality", c.patient().side().code());
    String nerveId = c.scene().nerve().id();
    ObjectNode nerve = root.putObject("nerve");
    nerve.put("id", nerveId);
    nerve.put("name", NerveCatalog.byId(nerveId).name());
    ObjectNode scanner = root.putObject("scanner");
    scanner.put("frequencyMHz", c.settings().frequencyMHz());
    scanner.put("focusDepthMm", c.settings().focusDepthMm());
    scanner.put("tgcAlphaDbPerCmMHz", c.settings().tgcAlphaDbPerCmMHz());
    scanner.put("dynamicRangeDb", c.settings().dynamicRangeDb());
    scanner.put("noiseFloorDb", c.settings().noiseFloorDb());
    ArrayNode frames = root.putArray("frames");
    for (FrameTruth truth : cine.truth()) {
      frames.add(frame(truth));
    }
    return root;
  }

  static void write(ObjectNode truth, Path file) throws IOException {
    var printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
    String text = JSON.writer(printer).writeValueAsString(truth) + "\n";
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static ObjectNode frame(FrameTruth truth) {
    ObjectNode f = JSON.createObjectNode();
    f.put("frame", truth.frame());
    f.put("timeMs", round(truth.timeMs()));
    f.put("probeOffsetMm", round(truth.probeOffsetMm()));
    ObjectNode nerve = f.putObject("nerve");
    nerve.put("id", truth.nerve().id());
    nerve.set("centreMm", point(truth.nerve().centreMm()));
    nerve.put("widthMm", round(truth.nerve().widthMm()));
    nerve.put("heightMm", round(truth.nerve().heightMm()));
    nerve.set("pathMm", points(truth.nerve().pathMm()));
    ArrayNode vessels = f.putArray("vessels");
    for (FrameTruth.VesselTruth v : truth.vessels()) {
      ObjectNode vessel = vessels.addObject();
      vessel.put("name", v.name());
      vessel.set("centreMm", point(v.centreMm()));
      vessel.put("lumenDiameterMm", round(v.lumenDiameterMm()));
      vessel.put("outerDiameterMm", round(v.outerDiameterMm()));
    }
    f.set("skinMm", points(truth.skinLine()));
    ArrayNode bones = f.putArray("bones");
    for (FrameTruth.BoneTruth b : truth.bones()) {
      ObjectNode bone = bones.addObject();
      bone.put("name", b.name());
      bone.set("surfaceMm", points(b.surfaceMm()));
    }
    truth.pleura().ifPresent(p -> f.set("pleuraMm", points(p)));
    return f;
  }

  private static ArrayNode point(double[] p) {
    ArrayNode a = JSON.createArrayNode();
    for (double v : p) {
      a.add(round(v));
    }
    return a;
  }

  private static ArrayNode points(List<double[]> points) {
    ArrayNode a = JSON.createArrayNode();
    for (double[] p : points) {
      a.add(point(p));
    }
    return a;
  }

  /** Hundredths of a millimetre: ten times finer than a pixel. */
  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
