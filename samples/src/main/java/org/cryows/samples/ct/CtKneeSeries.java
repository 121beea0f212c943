package org.cryows.samples.ct;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.cryows.imaging.adapter.DicomWriter;
import org.cryows.imaging.pixels.Rescale;
import org.cryows.imaging.pixels.WindowPreset;
import org.cryows.imaging.volume.Vector3;
import org.cryows.imaging.write.CtSlice;
import org.cryows.imaging.write.ImagePlane;
import org.cryows.imaging.write.InstanceIdentity;
import org.cryows.imaging.write.Pixels16;
import org.cryows.imaging.write.SeriesIdentity;
import org.cryows.samples.SamplePatient;
import org.cryows.samples.SampleUids;

/**
 * The CT knee phantom as one axial CT series: 320 x 320 pixels of 0.5 mm (a 160 mm field of view
 * round the right knee), 120 slices 1 mm apart from 60 mm above the joint line to 59 mm below, feet
 * first supine. The phantom is sampled at each pixel's centre, smoothed with a [1 2 1] / 4 kernel
 * across the slice (a soft reconstruction kernel's partial volume), and given Gaussian noise of 10
 * HU from a generator seeded per slice. Stored as HU + 1024 in 12 bits.
 *
 * <p>Beside the slices, {@code truth.json}: every vessel's centre line in the patient frame (LPS,
 * mm) with its diameter, and the joint line's height.
 */
public final class CtKneeSeries {
  public static final int COLUMNS = 320;
  public static final int ROWS = 320;
  public static final int SLICES = 120;
  public static final double PIXEL_MM = 0.5;
  public static final double SLICE_MM = 1.0;
  public static final double NOISE_HU = 10;

  /** Where the knee lies in the patient frame: the right knee, 100 mm right of the midline. */
  public static final Vector3 KNEE_ORIGIN_PATIENT = new Vector3(-100, 0, -400);

  static final int CT_STUDY = 2;
  static final int SERIES = 1;
  static final long SEED = 4242;
  static final String TRUTH_FILE = "truth.json";
  static final List<WindowPreset> WINDOWS =
      List.of(new WindowPreset(60, 500, "SOFT TISSUE"), new WindowPreset(400, 1800, "BONE"));
  static final String IMAGE_COMMENTS =
      "Synthetic CT angiogram phantom of a right knee (samples generator). Not a patient.";

  private CtKneeSeries() {}

  /** The file name of slice {@code index} (from 1). */
  public static String fileName(int index) {
    return String.format("CT%04d.dcm", index);
  }

  /** Writes the series and its truth into {@code folder}; returns the files in order. */
  public static List<Path> write(Path folder) throws IOException {
    var phantom = new KneePhantom();
    SamplePatient patient = SamplePatient.KNEE;
    int p = patient.number();
    LocalTime seriesTime = patient.studyTime(CT_STUDY).plusMinutes(2);
    var series =
        new SeriesIdentity(
            SampleUids.series(p, CT_STUDY, SERIES),
            SERIES,
            "CTA knee phantom, right (synthetic)",
            SamplePatient.STUDY_DATE,
            seriesTime,
            patient.side(),
            "KNEE");
    var study = patient.study(CT_STUDY, "CT angiography, right knee (synthetic)");
    String frameOfReference = SampleUids.frameOfReference(p, CT_STUDY, SERIES);
    double x0 = KNEE_ORIGIN_PATIENT.x() - (COLUMNS - 1) * PIXEL_MM / 2;
    double y0 = KNEE_ORIGIN_PATIENT.y() + 5 - (ROWS - 1) * PIXEL_MM / 2;
    List<Path> files = new ArrayList<>();
    for (int k = 0; k < SLICES; k++) {
      double kneeZ = 60 - k * SLICE_MM;
      double[] hu =
          phantom.slice(
              kneeZ,
              x0 - KNEE_ORIGIN_PATIENT.x(),
              y0 - KNEE_ORIGIN_PATIENT.y(),
              PIXEL_MM,
              COLUMNS,
              ROWS);
      short[] stored = stored(smoothed(hu), new Well19937c(SEED + k));
      var plane =
          new ImagePlane(
              new Vector3(x0, y0, KNEE_ORIGIN_PATIENT.z() + kneeZ),
              new Vector3(1, 0, 0),
              new Vector3(0, 1, 0),
              PIXEL_MM,
              PIXEL_MM);
      var slice =
          new CtSlice(
              patient.identity(),
              study,
              series,
              SamplePatient.EQUIPMENT,
              new InstanceIdentity(
                  SampleUids.instance(p, CT_STUDY, SERIES, k + 1),
                  k + 1,
                  SamplePatient.STUDY_DATE,
                  seriesTime),
              frameOfReference,
              plane,
              SLICE_MM,
              new Rescale(1, -1024, "HU"),
              WINDOWS,
              120,
              "IODINATED CONTRAST (SYNTHETIC)",
              IMAGE_COMMENTS,
              new Pixels16(COLUMNS, ROWS, 12, stored));
      Path file = folder.resolve(fileName(k + 1));
      DicomWriter.write(slice.toDataset(), file);
      files.add(file);
    }
    Path truth = folder.resolve(TRUTH_FILE);
    writeTruth(phantom, truth);
    files.add(truth);
    return files;
  }

  /** [1 2 1] / 4 along rows, then along columns. */
  static double[] smoothed(double[] hu) {
    double[] across = new double[hu.length];
    for (int r = 0; r < ROWS; r++) {
      for (int c = 0; c < COLUMNS; c++) {
        int i = r * COLUMNS + c;
        double left = hu[c > 0 ? i - 1 : i];
        double right = hu[c < COLUMNS - 1 ? i + 1 : i];
        across[i] = (left + 2 * hu[i] + right) / 4;
      }
    }
    double[] down = new double[hu.length];
    for (int r = 0; r < ROWS; r++) {
      for (int c = 0; c < COLUMNS; c++) {
        int i = r * COLUMNS + c;
        double up = across[r > 0 ? i - COLUMNS : i];
        double below = across[r < ROWS - 1 ? i + COLUMNS : i];
        down[i] = (up + 2 * across[i] + below) / 4;
      }
    }
    return down;
  }

  /** HU plus noise, as 12-bit stored values (HU + 1024, clamped to 0..4095). */
  static short[] stored(double[] hu, Well19937c noise) {
    short[] stored = new short[hu.length];
    for (int i = 0; i < hu.length; i++) {
      double value = hu[i] + (hu[i] > -900 ? NOISE_HU * noise.nextGaussian() : 0) + 1024;
      stored[i] = (short) Math.max(0, Math.min(4095, Math.round(value)));
    }
    return stored;
  }

  private static void writeTruth(KneePhantom phantom, Path file) throws IOException {
    var json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("schema", "cryo-sample-truth/1");
    root.put("case", "ct-knee");
    root.put("synthetic", true);
    root.put("frame", "patient");
    root.put(
        "convention",
        "DICOM patient frame (LPS), millimetres: x towards the patient's left, y posterior, z"
            + " towards the head. The knee is the right one; its joint line lies at z ="
            + " "
            + KNEE_ORIGIN_PATIENT.z()
            + ".");
    root.put("jointLineZMm", KNEE_ORIGIN_PATIENT.z());
    root.put("slices", SLICES);
    root.put("firstFile", fileName(1));
    ArrayNode vessels = root.putArray("vessels");
    for (KneePhantom.Vessel v : phantom.vessels()) {
      ObjectNode vessel = vessels.addObject();
      vessel.put("name", v.name());
      vessel.put("diameterMm", 2 * v.radiusMm());
      vessel.put("contrast", v.hu() >= KneePhantom.ARTERY);
      ArrayNode path = vessel.putArray("pathMm");
      for (double[] point : v.path()) {
        ArrayNode p = path.addArray();
        p.add(round(point[0] + KNEE_ORIGIN_PATIENT.x()));
        p.add(round(point[1] + KNEE_ORIGIN_PATIENT.y()));
        p.add(round(point[2] + KNEE_ORIGIN_PATIENT.z()));
      }
    }
    var printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
    Files.writeString(
        file, json.writer(printer).writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
