package org.cryows.imaging.adapter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.Rescale;
import org.cryows.imaging.pixels.WindowPreset;
import org.cryows.imaging.ultrasound.CineTiming;
import org.cryows.imaging.ultrasound.CineTimings;
import org.cryows.imaging.ultrasound.Measurement;
import org.cryows.imaging.ultrasound.MeasurementUnit;
import org.cryows.imaging.ultrasound.PixelPoint;
import org.cryows.imaging.ultrasound.RegionCalibration;
import org.cryows.imaging.volume.SliceGeometry;
import org.cryows.imaging.volume.SliceHeaderReader;
import org.cryows.imaging.volume.Vector3;
import org.cryows.imaging.write.CalibratedRegion;
import org.cryows.imaging.write.CtSlice;
import org.cryows.imaging.write.DatasetSpec;
import org.cryows.imaging.write.DicomWriteException;
import org.cryows.imaging.write.Equipment;
import org.cryows.imaging.write.GreyFrames;
import org.cryows.imaging.write.ImagePlane;
import org.cryows.imaging.write.InstanceIdentity;
import org.cryows.imaging.write.Laterality;
import org.cryows.imaging.write.PatientIdentity;
import org.cryows.imaging.write.Pixels16;
import org.cryows.imaging.write.SeriesIdentity;
import org.cryows.imaging.write.StudyIdentity;
import org.cryows.imaging.write.UltrasoundCine;
import org.cryows.imaging.write.Vr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Objects written through the write API are valid for the standard's validator (dciodvfy), decode
 * in dcmtk, and read back through this module's own reader with the values that were written.
 */
class DicomWriterTest {
  static final LocalDate DATE = LocalDate.of(2024, 3, 14);
  static final LocalTime TIME = LocalTime.of(9, 30, 0);
  static final PatientIdentity PATIENT =
      new PatientIdentity("TEST^WRITER", "TEST-01", "O", Optional.empty(), "test object");
  static final StudyIdentity STUDY =
      new StudyIdentity("1.2.3.4.1", "1", DATE, TIME, "", "writer test", "");
  static final Equipment EQUIPMENT = new Equipment("cryows tests", "writer", "1");

  @TempDir Path folder;

  @Test
  void write_ultrasoundCine_readsBackWithItsFramesRegionAndTiming() throws Exception {
    int columns = 64;
    int rows = 48;
    List<byte[]> frames = new ArrayList<>();
    for (int f = 0; f < 3; f++) {
      byte[] frame = new byte[columns * rows];
      for (int i = 0; i < frame.length; i++) {
        frame[i] = (byte) ((i * 7 + f * 31) & 0xFF);
      }
      frames.add(frame);
    }
    var cine =
        new UltrasoundCine(
            PATIENT,
            STUDY,
            new SeriesIdentity("1.2.3.4.2", 3, "cine", DATE, TIME, Laterality.LEFT, "KNEE"),
            EQUIPMENT,
            new InstanceIdentity("1.2.3.4.3", 1, DATE, TIME),
            new CalibratedRegion(4, 2, 59, 45, 0.01, 0.02, 12_000),
            40,
            OptionalInt.of(72),
            "SMALL PARTS",
            "synthetic",
            GreyFrames.of(columns, rows, frames));
    Path file = folder.resolve("cine.dcm");

    DicomWriter.write(cine.toDataset(), file);

    DicomImage image = DicomImages.open(file);
    assertEquals(List.of(), image.problems());
    assertEquals(3, image.frameCount());
    for (int f = 0; f < 3; f++) {
      Frame frame = image.frames().frame(f);
      int[] samples = frame.copySamples();
      for (int i = 0; i < samples.length; i++) {
        assertEquals(frames.get(f)[i] & 0xFF, samples[i], "frame " + f + " pixel " + i);
      }
    }
    DicomDataset header = image.header();
    assertEquals(Optional.of("L"), header.string(Tags.IMAGE_LATERALITY));
    assertEquals(Optional.of("TEST-01"), header.string(Tags.PATIENT_ID));
    CineTiming timing = CineTimings.read(header);
    assertEquals(40.0, timing.frameTimeMsOrNull());
    Measurement across =
        RegionCalibration.of(header).distance(new PixelPoint(10, 10), new PixelPoint(20, 10));
    Measurement down =
        RegionCalibration.of(header).distance(new PixelPoint(10, 10), new PixelPoint(10, 20));
    assertEquals(MeasurementUnit.MM, across.unit());
    assertEquals(1.0, across.value(), 1e-12);
    assertEquals(2.0, down.value(), 1e-12);
    assertValid(file);
  }

  @Test
  void write_ctSlice_readsBackWithItsGeometryRescaleAndWindow() throws Exception {
    int columns = 32;
    int rows = 24;
    short[] stored = new short[columns * rows];
    for (int i = 0; i < stored.length; i++) {
      stored[i] = (short) (i * 5 % 4096);
    }
    var plane =
        new ImagePlane(
            new Vector3(-80, -60, 25.5), new Vector3(1, 0, 0), new Vector3(0, 1, 0), 0.5, 0.75);
    var slice =
        new CtSlice(
            PATIENT,
            STUDY,
            new SeriesIdentity("1.2.3.5.2", 2, "ct", DATE, TIME, Laterality.RIGHT, "KNEE"),
            EQUIPMENT,
            new InstanceIdentity("1.2.3.5.3", 7, DATE, TIME),
            "1.2.3.5.9",
            plane,
            1.0,
            new Rescale(1, -1024, "HU"),
            List.of(new WindowPreset(300, 1500, "BONE"), new WindowPreset(40, 400, "SOFT TISSUE")),
            120,
            "IODINE",
            "",
            new Pixels16(columns, rows, 12, stored));
    Path file = folder.resolve("ct.dcm");

    DicomWriter.write(slice.toDataset(), file);

    DicomImage image = DicomImages.open(file);
    assertEquals(List.of(), image.problems());
    int[] samples = image.frames().frame(0).copySamples();
    for (int i = 0; i < samples.length; i++) {
      assertEquals(stored[i], samples[i], "pixel " + i);
    }
    assertEquals(-1024, image.description().rescale().intercept());
    assertEquals(
        List.of(new WindowPreset(300, 1500, "BONE"), new WindowPreset(40, 400, "SOFT TISSUE")),
        image.description().windows());
    SliceGeometry geometry = SliceHeaderReader.geometry(image.header(), 0);
    assertEquals(Optional.of(new Vector3(-80, -60, 25.5)), geometry.position_Patient());
    assertEquals(0.5, geometry.columnSpacingMm(), 1e-12);
    assertEquals(0.75, geometry.rowSpacingMm(), 1e-12);
    assertValid(file);
  }

  @Test
  void write_withoutSopInstanceUid_refusedNamingTheAttributeAndNothingWritten() {
    DatasetSpec spec =
        DatasetSpec.builder("no uid")
            .text(Tags.SOP_CLASS_UID, Vr.UI, "1.2.840.10008.5.1.4.1.1.2")
            .build();
    Path file = folder.resolve("none.dcm");
    DicomWriteException e =
        assertThrows(DicomWriteException.class, () -> DicomWriter.write(spec, file));
    assertTrue(e.getMessage().contains("SOPInstanceUID (0008,0018)"), e.getMessage());
    assertFalse(Files.exists(file));
  }

  @Test
  void write_intoMissingFolder_failsNamingTheFileAndLeavesNoPartialFile() {
    Path file = folder.resolve("absent").resolve("x.dcm");
    DatasetSpec spec =
        DatasetSpec.builder("x")
            .text(Tags.SOP_CLASS_UID, Vr.UI, "1.2.840.10008.5.1.4.1.1.2")
            .text(Tags.SOP_INSTANCE_UID, Vr.UI, "1.2.3")
            .build();
    DicomWriteException e =
        assertThrows(DicomWriteException.class, () -> DicomWriter.write(spec, file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertFalse(Files.exists(folder.resolve("absent")));
  }

  @Test
  void write_sameDescriptionTwice_sameBytes() throws Exception {
    DatasetSpec spec =
        DatasetSpec.builder("x")
            .text(Tags.SOP_CLASS_UID, Vr.UI, "1.2.840.10008.5.1.4.1.1.2")
            .text(Tags.SOP_INSTANCE_UID, Vr.UI, "1.2.3")
            .text(Tags.PATIENT_NAME, Vr.PN, "A^B")
            .build();
    DicomWriter.write(spec, folder.resolve("a.dcm"));
    DicomWriter.write(spec, folder.resolve("b.dcm"));
    assertArrayEquals(
        Files.readAllBytes(folder.resolve("a.dcm")), Files.readAllBytes(folder.resolve("b.dcm")));
  }

  /** dciodvfy reports no error and dcmtk decodes every frame. */
  private void assertValid(Path file) throws Exception {
    String report = ExternalTool.runAnyExit("dciodvfy", file.toString());
    List<String> errors = report.lines().filter(l -> l.startsWith("Error")).toList();
    assertEquals(List.of(), errors, report);
    Path pnm = folder.resolve(file.getFileName() + ".pgm");
    ExternalTool.run("dcmj2pnm", "--all-frames", file.toString(), pnm.toString());
    assertTrue(
        Files.list(folder)
            .anyMatch(p -> p.getFileName().toString().startsWith(file.getFileName() + ".")),
        "dcmj2pnm wrote the frames");
  }
}
