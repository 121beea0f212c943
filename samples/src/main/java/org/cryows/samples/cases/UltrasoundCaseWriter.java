package org.cryows.samples.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.cryows.imaging.adapter.DicomWriter;
import org.cryows.imaging.write.CalibratedRegion;
import org.cryows.imaging.write.GreyFrames;
import org.cryows.imaging.write.InstanceIdentity;
import org.cryows.imaging.write.SeriesIdentity;
import org.cryows.imaging.write.UltrasoundCine;
import org.cryows.samples.SamplePatient;
import org.cryows.samples.SampleUids;
import org.cryows.samples.ultrasound.CineSynthesizer;
import org.cryows.samples.ultrasound.SynthesizedCine;

/** Synthesises an {@link UltrasoundCase} and writes it: {@code cine.dcm} and {@code truth.json}. */
public final class UltrasoundCaseWriter {
  public static final String CINE_FILE = "cine.dcm";
  public static final String TRUTH_FILE = "truth.json";

  /** Ultrasound studies are study 1 of their patient. */
  static final int ULTRASOUND_STUDY = 1;

  static final String IMAGE_COMMENTS =
      "Synthetic B-mode cine: label map, Rayleigh speckle, Gaussian point spread, interface echoes,"
          + " attenuation, TGC, noise, 60 dB log compression (samples generator). Not a patient.";

  private UltrasoundCaseWriter() {}

  /** Writes the case into {@code folder} (which exists) and returns the files written, in order. */
  public static List<Path> write(UltrasoundCase c, Path folder) throws IOException {
    SynthesizedCine cine = CineSynthesizer.synthesize(c.scene(), c.settings(), c.spec());
    ScreenLayout layout = ScreenLayout.SCANNER;
    int columns = layout.columns(cine.columns());
    int rows = layout.rows(cine.rows());
    List<byte[]> screens = new ArrayList<>();
    for (int f = 0; f < cine.frames().size(); f++) {
      screens.add(layout.compose(cine.frame(f), cine.columns(), cine.rows(), cine.pixelMm()));
    }
    double deltaCm = cine.pixelMm() / 10;
    var region =
        new CalibratedRegion(
            layout.left(),
            layout.top(),
            layout.left() + cine.columns() - 1,
            layout.top() + cine.rows() - 1,
            deltaCm,
            deltaCm,
            Math.round(c.settings().frequencyMHz() * 1000));
    SamplePatient patient = c.patient();
    int p = patient.number();
    String sopInstanceUid = SampleUids.instance(p, ULTRASOUND_STUDY, c.seriesNumber(), 1);
    LocalTime seriesTime = patient.studyTime(ULTRASOUND_STUDY).plusMinutes(c.seriesNumber());
    var series =
        new SeriesIdentity(
            SampleUids.series(p, ULTRASOUND_STUDY, c.seriesNumber()),
            c.seriesNumber(),
            c.seriesDescription(),
            SamplePatient.STUDY_DATE,
            seriesTime,
            patient.side(),
            c.bodyPart());
    var dicom =
        new UltrasoundCine(
            patient.identity(),
            patient.study(ULTRASOUND_STUDY, c.studyDescription()),
            series,
            SamplePatient.EQUIPMENT,
            new InstanceIdentity(sopInstanceUid, 1, SamplePatient.STUDY_DATE, seriesTime),
            region,
            c.spec().frameTimeMs(),
            OptionalInt.of(c.spec().heartRateBpm()),
            c.examType(),
            IMAGE_COMMENTS,
            GreyFrames.of(columns, rows, screens));
    Path cineFile = folder.resolve(CINE_FILE);
    DicomWriter.write(dicom.toDataset(), cineFile);
    Path truthFile = folder.resolve(TRUTH_FILE);
    TruthJson.write(
        TruthJson.of(c, cine, CINE_FILE, sopInstanceUid, columns, rows, region), truthFile);
    return List.of(cineFile, truthFile);
  }
}
