package org.cryows.imaging.adapter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.dataset.Tag;
import org.cryows.imaging.dataset.Tags;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DicomHeadersTest {

  @Test
  void readsTheHeaderOfARealUltrasoundFileWithItsRegions() throws Exception {
    DicomDataset header =
        DicomHeaders.read(SharedTestData.dicom("us/OBXXXX1A_palette_explicitLE.dcm"));
    assertEquals("US", header.string(Tags.MODALITY).orElseThrow());
    assertEquals(600, header.integer(Tags.ROWS).getAsInt());
    assertEquals("1.2.840.10008.1.2.1", header.string(Tags.TRANSFER_SYNTAX_UID).orElseThrow());
    var regions = header.sequence(Tags.SEQUENCE_OF_ULTRASOUND_REGIONS);
    assertEquals(2, regions.size());
    assertEquals(0.0262288, regions.get(0).decimal(Tags.PHYSICAL_DELTA_X).getAsDouble(), 1e-7);
    assertEquals(3, regions.get(0).integer(Tags.PHYSICAL_UNITS_X_DIRECTION).getAsInt());
    assertTrue(!header.contains(Tags.PIXEL_DATA), "pixel data is not read with the header");
  }

  @Test
  void framePointerIsReadAsATag() throws Exception {
    DicomDataset header =
        DicomHeaders.read(SharedTestData.dicom("us/examples_ybr_color_mf30_jpegbaseline.dcm"));
    int[] pointer = header.integers(Tags.FRAME_INCREMENT_POINTER);
    assertTrue(pointer.length >= 1);
    Tag first = Tag.fromInt(pointer[0]);
    assertTrue(
        first.equals(Tags.FRAME_TIME) || first.equals(Tags.FRAME_TIME_VECTOR), first.toString());
    assertArrayEquals(new int[] {240}, header.integers(Tags.ROWS));
  }

  @Test
  void aFileThatIsNotDicomIsRefusedWithItsName(@TempDir Path dir) throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "shopping list: ice, more ice\n");
    DicomReadException e = assertThrows(DicomReadException.class, () -> DicomHeaders.read(notes));
    assertTrue(e.getMessage().startsWith(notes.toString()), e.getMessage());
  }
}
