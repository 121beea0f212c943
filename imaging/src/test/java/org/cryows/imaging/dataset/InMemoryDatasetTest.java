package org.cryows.imaging.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryDatasetTest {

  @Test
  void numbersReadBackAsTheyWereWritten() {
    DicomDataset item = InMemoryDataset.builder("item").put(Tags.ROWS, 512).build();
    DicomDataset data =
        InMemoryDataset.builder("test")
            .put(Tags.PIXEL_SPACING, 0.5, 0.25)
            .put(Tags.MODALITY, "CT")
            .putTags(Tags.FRAME_INCREMENT_POINTER, Tags.FRAME_TIME)
            .putSequence(Tags.SEQUENCE_OF_ULTRASOUND_REGIONS, List.of(item))
            .build();
    assertArrayEquals(new double[] {0.5, 0.25}, data.decimals(Tags.PIXEL_SPACING));
    assertEquals("CT", data.string(Tags.MODALITY).orElseThrow());
    assertEquals(
        Tags.FRAME_TIME, Tag.fromInt(data.integer(Tags.FRAME_INCREMENT_POINTER).getAsInt()));
    assertEquals(
        512,
        data.sequence(Tags.SEQUENCE_OF_ULTRASOUND_REGIONS).get(0).integer(Tags.ROWS).getAsInt());
    assertTrue(data.string(Tags.PATIENT_ID).isEmpty());
    assertEquals(0, data.decimals(Tags.SLICE_THICKNESS).length);
  }

  @Test
  void aValueThatIsNotANumberIsNamedInTheError() {
    DicomDataset data =
        InMemoryDataset.builder("scan.dcm").put(Tags.PIXEL_SPACING, "0.5", "abc").build();
    DicomAttributeException e =
        assertThrows(DicomAttributeException.class, () -> data.decimals(Tags.PIXEL_SPACING));
    assertEquals("scan.dcm: PixelSpacing (0028,0030): 'abc' is not a number", e.getMessage());
  }
}
