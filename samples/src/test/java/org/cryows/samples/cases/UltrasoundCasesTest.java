package org.cryows.samples.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.ultrasound.CineTimings;
import org.cryows.imaging.ultrasound.UltrasoundRegion;
import org.cryows.imaging.ultrasound.UltrasoundRegions;
import org.cryows.planner.catalog.NerveCatalog;
import org.cryows.samples.GeneratedSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The five generated ultrasound cases, read back through the workstation's reader: the truth says
 * what the DICOM says (frames, timing, region, identity, side), and what it says is where the image
 * shows it: the nerve where its truth puts it, the artery's lumen anechoic, the skin under a dark
 * gel, the bone bright with a shadow under it, the pleura and its A-line, the speckle moving with
 * the probe's sweep and the artery pulsing.
 */
class UltrasoundCasesTest {
  private static final Logger LOG = LoggerFactory.getLogger(UltrasoundCasesTest.class);
  private static final List<String> CASES =
      List.of("knee-smgn", "knee-slgn", "knee-imgn", "intercostal", "occipital");
  private static final Map<String, CineUnderTest> CINES = new LinkedHashMap<>();

  @BeforeAll
  static void generate() throws IOException {
    Path folder = GeneratedSamples.folder();
    for (String name : CASES) {
      CINES.put(name, new CineUnderTest(folder.resolve(name)));
    }
  }

  @Test
  void truth_agreesWithTheDicomHeader() {
    for (CineUnderTest cine : CINES.values()) {
      DicomDataset header = cine.image.header();
      JsonNode image = cine.truth.get("image");
      assertEquals("image", cine.truth.get("frame").asText());
      assertEquals(cine.image.frameCount(), image.get("frames").asInt(), cine.name);
      assertTrue(cine.image.frameCount() >= 30, cine.name + ": at least 30 frames");
      assertEquals(
          CineTimings.read(header).frameTimeMsOrNull(), image.get("frameTimeMs").asDouble());
      assertEquals(
          header.string(Tags.SOP_INSTANCE_UID).orElseThrow(), image.get("sopInstanceUid").asText());
      List<UltrasoundRegion> regions = UltrasoundRegions.read(header);
      assertEquals(1, regions.size(), cine.name + ": one region");
      UltrasoundRegion region = regions.getFirst();
      JsonNode r = cine.truth.get("region");
      assertEquals(region.x0(), r.get("minX0").asLong(), cine.name);
      assertEquals(region.y0(), r.get("minY0").asLong(), cine.name);
      assertEquals(region.x1(), r.get("maxX1").asLong(), cine.name);
      assertEquals(region.y1(), r.get("maxY1").asLong(), cine.name);
      assertEquals(0.1, region.deltaXmm().orElseThrow(), 1e-12);
      assertEquals(0.1, region.deltaYmm().orElseThrow(), 1e-12);
      JsonNode patient = cine.truth.get("patient");
      assertEquals(Optional.of(patient.get("id").asText()), header.string(Tags.PATIENT_ID));
      assertTrue(patient.get("id").asText().startsWith("SAMPLE-"), "plainly synthetic");
      assertTrue(header.string(Tags.PATIENT_NAME).orElseThrow().startsWith("SAMPLE^"));
      assertEquals(
          Optional.of(patient.get("laterality").asText()), header.string(Tags.IMAGE_LATERALITY));
      String nerve = cine.truth.get("nerve").get("id").asText();
      assertEquals(NerveCatalog.byId(nerve).name(), cine.truth.get("nerve").get("name").asText());
    }
  }

  /** Frames the image checks look at: the first, and across the sweep and the heart beat. */
  private static final int[] FRAMES = {1, 13, 26, 38, 50};

  /** Three decibels of 60 dB shown over 255 grey levels. */
  private static final double THREE_DB_GREY = 3 * 255 / 60.0;

  @Test
  void nerve_standsOutWhereItsTruthPutsIt() throws IOException {
    for (CineUnderTest cine : CINES.values()) {
      // The greater occipital nerve is a hypoechoic oval on its bright fascial plane (the
      // planner's catalog); the genicular and intercostal nerves are hyperechoic dots.
      boolean hypoechoic = cine.name.equals("occipital");
      for (int frame : FRAMES) {
        JsonNode n = cine.frameTruth(frame).get("nerve");
        double cx = n.get("centreMm").get(0).asDouble();
        double cy = n.get("centreMm").get(1).asDouble();
        double hw = n.get("widthMm").asDouble() / 2;
        double hh = n.get("heightMm").asDouble() / 2;
        double inside = cine.mean(frame, CineUnderTest.ellipse(cx, cy, hw, hh, 0.7));
        double beside = besideAtSameDepth(cine, frame, cx, cy, hw, hh);
        String where = cine.name + " frame " + frame + ": nerve " + inside + ", beside " + beside;
        if (hypoechoic) {
          assertTrue(beside - inside >= THREE_DB_GREY, where);
        } else {
          assertTrue(inside - beside >= THREE_DB_GREY, where);
        }
      }
    }
  }

  @Test
  void artery_lumenIsAnechoic() throws IOException {
    for (CineUnderTest cine : CINES.values()) {
      for (int frame : FRAMES) {
        for (JsonNode v : cine.frameTruth(frame).get("vessels")) {
          double vx = v.get("centreMm").get(0).asDouble();
          double vy = v.get("centreMm").get(1).asDouble();
          double lumen = v.get("lumenDiameterMm").asDouble() / 2;
          double outer = v.get("outerDiameterMm").asDouble() / 2;
          double inside = cine.mean(frame, CineUnderTest.ellipse(vx, vy, lumen, lumen, 0.6));
          int f = frame;
          double around =
              cine.mean(
                  frame,
                  (x, y) -> {
                    double d = Math.hypot(x - vx, y - vy);
                    return d > outer + 0.5
                        && d < outer + 1.8
                        && y < cine.boneDepth(f, x) - 0.6
                        && !cine.inVessel(f, x, y, 0.3);
                  });
          String where = cine.name + " frame " + frame + " " + v.get("name").asText();
          assertTrue(inside < 45, where + ": lumen grey " + inside);
          assertTrue(inside < 0.4 * around, where + ": lumen " + inside + ", around " + around);
        }
      }
    }
  }

  @Test
  void bone_isBrightWithAShadowUnderIt() throws IOException {
    for (CineUnderTest cine : CINES.values()) {
      double depth = cine.regionRows() * cine.mmPerPixelY;
      for (int frame : new int[] {1, 26}) {
        int f = frame;
        for (JsonNode bone : cine.frameTruth(frame).get("bones")) {
          JsonNode surface = bone.get("surfaceMm");
          double shadow =
              cine.mean(
                  frame,
                  (x, y) -> {
                    double b = CineUnderTest.interpolate(surface, x);
                    return y >= b + 3 && y <= Math.min(b + 8, depth) && x > 1 && x < 37;
                  });
          double above =
              cine.mean(
                  frame,
                  (x, y) -> {
                    double b = CineUnderTest.interpolate(surface, x);
                    return y >= b - 4 && y <= b - 1.5 && !cine.inVessel(f, x, y, 0.3);
                  });
          double cortex =
              cine.mean(
                  frame,
                  (x, y) -> {
                    double b = CineUnderTest.interpolate(surface, x);
                    return Math.abs(y - b) <= 0.1;
                  });
          String where =
              cine.name
                  + " frame "
                  + frame
                  + " "
                  + bone.get("name").asText()
                  + ": above "
                  + above
                  + ", cortex "
                  + cortex
                  + ", shadow "
                  + shadow;
          assertTrue(shadow < 35, where);
          assertTrue(above - shadow > 50, where);
          assertTrue(cortex > 200, where);
        }
      }
    }
  }

  @Test
  void skin_liesUnderTheDarkGel() throws IOException {
    for (CineUnderTest cine : CINES.values()) {
      JsonNode skin = cine.frameTruth(1).get("skinMm");
      double gel =
          cine.mean(
              1, (x, y) -> y >= 0.05 && y <= CineUnderTest.interpolate(skin, x) - 0.2 && x < 37.5);
      double dermis =
          cine.mean(
              1,
              (x, y) -> {
                double s = CineUnderTest.interpolate(skin, x);
                return y >= s + 0.3 && y <= s + 1.3;
              });
      assertTrue(dermis - gel > 40, cine.name + ": gel " + gel + ", dermis " + dermis);
    }
  }

  @Test
  void pleura_isABrightLineWithItsALineBelow() throws IOException {
    CineUnderTest cine = CINES.get("intercostal");
    JsonNode pleura = cine.frameTruth(1).get("pleuraMm");
    assertTrue(pleura.size() >= 15, "the pleura shows between the ribs over at least 15 mm");
    double line =
        cine.mean(1, (x, y) -> Math.abs(y - CineUnderTest.interpolate(pleura, x)) <= 0.15);
    double between =
        cine.mean(1, (x, y) -> Math.abs(y - 1.5 * CineUnderTest.interpolate(pleura, x)) <= 0.3);
    double aLine =
        cine.mean(1, (x, y) -> Math.abs(y - 2 * CineUnderTest.interpolate(pleura, x)) <= 0.3);
    assertTrue(line > 200, "pleural line grey " + line);
    assertTrue(aLine - between > 40, "A-line " + aLine + ", above it " + between);
  }

  @Test
  void speckle_movesWithTheProbeAndTheTruthWithIt() throws IOException {
    for (CineUnderTest cine : CINES.values()) {
      JsonNode first = cine.frameTruth(1);
      JsonNode later = cine.frameTruth(13);
      double moved = later.get("probeOffsetMm").asDouble() - first.get("probeOffsetMm").asDouble();
      assertTrue(Math.abs(moved) > 1, cine.name + ": the probe sweeps");
      assertEquals(
          first.get("nerve").get("centreMm").get(0).asDouble() - moved,
          later.get("nerve").get("centreMm").get(0).asDouble(),
          0.011,
          cine.name + ": the truth moves against the probe");
      int expected = (int) Math.round(-moved / cine.mmPerPixelX);
      assertEquals(expected, bestShift(cine, 1, 13), 1, cine.name + ": image shift in pixels");
    }
  }

  @Test
  void artery_pulsesInTheTruthAndOnTheImage() throws IOException {
    for (CineUnderTest cine : CINES.values()) {
      int systole = 1;
      int diastole = 1;
      double widest = 0;
      double narrowest = Double.MAX_VALUE;
      for (int frame = 1; frame <= cine.image.frameCount(); frame++) {
        double lumen =
            cine.frameTruth(frame)
                .get("vessels")
                .get(lastArtery(cine))
                .get("lumenDiameterMm")
                .asDouble();
        if (lumen > widest) {
          widest = lumen;
          systole = frame;
        }
        if (lumen < narrowest) {
          narrowest = lumen;
          diastole = frame;
        }
      }
      assertEquals(1.08, widest / narrowest, 0.01, cine.name + ": 8 % pulse");
      assertTrue(
          darkPixelsAtArtery(cine, systole) > darkPixelsAtArtery(cine, diastole),
          cine.name
              + ": the lumen shows wider at systole (frame "
              + systole
              + ") than at"
              + " diastole (frame "
              + diastole
              + ")");
    }
  }

  /** The mean grey at the nerve's depth either side of it, clear of vessels and bone. */
  private static double besideAtSameDepth(
      CineUnderTest cine, int frame, double cx, double cy, double hw, double hh)
      throws IOException {
    return cine.mean(
        frame,
        (x, y) ->
            Math.abs(y - cy) <= hh
                && Math.abs(x - cx) >= hw + 1.0
                && Math.abs(x - cx) <= hw + 2.5
                && !cine.inVessel(frame, x, y, 0.3)
                && y < cine.boneDepth(frame, x) - 0.6);
  }

  /** The index of the pulsing artery among the frame's vessels (the vein does not pulse). */
  private static int lastArtery(CineUnderTest cine) {
    JsonNode vessels = cine.frameTruth(1).get("vessels");
    for (int i = vessels.size() - 1; i >= 0; i--) {
      if (vessels.get(i).get("name").asText().contains("artery")) {
        return i;
      }
    }
    throw new AssertionError(cine.name + " has no artery");
  }

  private static long darkPixelsAtArtery(CineUnderTest cine, int frame) throws IOException {
    JsonNode v = cine.frameTruth(frame).get("vessels").get(lastArtery(cine));
    double vx = v.get("centreMm").get(0).asDouble();
    double vy = v.get("centreMm").get(1).asDouble();
    double reach = v.get("outerDiameterMm").asDouble();
    var frameData = cine.frame(frame);
    long dark = 0;
    for (int r = cine.row(vy - reach); r <= cine.row(vy + reach); r++) {
      for (int c = cine.column(vx - reach); c <= cine.column(vx + reach); c++) {
        if (frameData.sample(r, c, 0) < 40) {
          dark++;
        }
      }
    }
    return dark;
  }

  /**
   * The lateral shift, in pixels, that best maps frame {@code a} onto frame {@code b} over the soft
   * tissue 2.5-6 mm deep (present in every case): b(column) = a(column - shift).
   */
  private static int bestShift(CineUnderTest cine, int a, int b) throws IOException {
    var fa = cine.frame(a);
    var fb = cine.frame(b);
    int best = 0;
    double bestScore = -Double.MAX_VALUE;
    for (int shift = -40; shift <= 40; shift++) {
      double sum = 0;
      int n = 0;
      for (int r = cine.row(2.5); r <= cine.row(6); r++) {
        for (int c = cine.minX0 + 50; c < cine.minX0 + cine.regionColumns() - 50; c++) {
          sum += fa.sample(r, c - shift, 0) * (double) fb.sample(r, c, 0);
          n++;
        }
      }
      double score = sum / n;
      if (score > bestScore) {
        bestScore = score;
        best = shift;
      }
    }
    return best;
  }
}
