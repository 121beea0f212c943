package org.cryows.imaging.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.imaging.dataset.Tags;
import org.junit.jupiter.api.Test;

class DatasetSpecTest {

  @Test
  void decimalString_fitsSixteenCharactersAndReadsBackClosely() {
    assertEquals("0.01", DecimalString.format(0.01));
    assertEquals("-1024", DecimalString.format(-1024));
    assertEquals("0", DecimalString.format(-0.0));
    assertEquals("1E-20", DecimalString.format(1e-20));
    for (double value :
        new double[] {1.0 / 3, -159.7500000001, 123456789.123456789, Math.PI * 1e9}) {
      String text = DecimalString.format(value);
      assertTrue(text.length() <= 16, text);
      assertEquals(value, Double.parseDouble(text), Math.abs(value) * 1e-12, text);
    }
    assertThrows(IllegalArgumentException.class, () -> DecimalString.format(Double.NaN));
  }

  @Test
  void builder_refusesValuesTheStandardRefuses_namingTheAttribute() {
    var b = DatasetSpec.builder("test");
    assertRefused(() -> b.text(Tags.PATIENT_ID, Vr.LO, "x".repeat(65)), "PatientID (0010,0020)");
    assertRefused(() -> b.text(Tags.SOP_INSTANCE_UID, Vr.UI, "1.02.3"), "not a UID");
    assertRefused(() -> b.text(Tags.MODALITY, Vr.CS, "us"), "not a code string");
    assertRefused(() -> b.text(Tags.PATIENT_NAME, Vr.PN, "A\\B"), "backslash");
    assertRefused(() -> b.text(Tags.PATIENT_NAME, Vr.PN, "Zoë"), "U+00EB");
    assertRefused(() -> b.integers(Tags.ROWS, Vr.US, 70_000), "outside the range of US");
    assertRefused(() -> b.floats(Tags.PHYSICAL_DELTA_X, Vr.FD, Double.NaN), "finite");
    assertRefused(() -> b.text(Tags.ROWS, Vr.US, "1"), "not a text value representation");
  }

  @Test
  void spec_readsAsADataset_numbersSequencesAndTags() {
    DatasetSpec item =
        DatasetSpec.builder("item").floats(Tags.PHYSICAL_DELTA_X, Vr.FD, 0.01).build();
    DatasetSpec spec =
        DatasetSpec.builder("spec")
            .integers(Tags.ROWS, Vr.US, 400)
            .decimals(Tags.PIXEL_SPACING, 0.5, 0.25)
            .tags(Tags.FRAME_INCREMENT_POINTER, Tags.FRAME_TIME)
            .sequence(Tags.SEQUENCE_OF_ULTRASOUND_REGIONS, List.of(item))
            .build();
    assertEquals(400, spec.integer(Tags.ROWS).getAsInt());
    assertEquals(0.25, spec.decimals(Tags.PIXEL_SPACING)[1]);
    assertEquals(Tags.FRAME_TIME.asInt(), spec.integer(Tags.FRAME_INCREMENT_POINTER).getAsInt());
    assertEquals(
        0.01,
        spec.sequence(Tags.SEQUENCE_OF_ULTRASOUND_REGIONS)
            .getFirst()
            .decimal(Tags.PHYSICAL_DELTA_X)
            .getAsDouble());
  }

  private static void assertRefused(Runnable add, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, add::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
