package org.cryows.imaging.write;

import java.util.List;
import java.util.Objects;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.Rescale;
import org.cryows.imaging.pixels.WindowPreset;

/**
 * One CT Image (PS3.3 A.3) to write: a slice of a series that shares its study, series and frame of
 * reference with its neighbours.
 *
 * @param frameOfReferenceUid the series' Frame of Reference UID
 * @param sliceThicknessMm Slice Thickness (0018,0050)
 * @param rescale stored value to Hounsfield units
 * @param windows the presets, the first the one the slice opens with
 * @param kvp peak kilovoltage (0018,0060)
 * @param contrastAgent Contrast/Bolus Agent (0018,0010); empty for none
 * @param imageComments e.g. how the image was made; may be empty
 */
public record CtSlice(
    PatientIdentity patient,
    StudyIdentity study,
    SeriesIdentity series,
    Equipment equipment,
    InstanceIdentity instance,
    String frameOfReferenceUid,
    ImagePlane plane,
    double sliceThicknessMm,
    Rescale rescale,
    List<WindowPreset> windows,
    double kvp,
    String contrastAgent,
    String imageComments,
    Pixels16 pixels) {

  public CtSlice {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(study, "study");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(equipment, "equipment");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(frameOfReferenceUid, "frameOfReferenceUid");
    Objects.requireNonNull(plane, "plane");
    Objects.requireNonNull(rescale, "rescale");
    windows = List.copyOf(windows);
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("a CT slice carries at least one window");
    }
    Objects.requireNonNull(pixels, "pixels");
    contrastAgent = contrastAgent == null ? "" : contrastAgent;
    imageComments = imageComments == null ? "" : imageComments;
    if (!(sliceThicknessMm > 0) || !(kvp > 0)) {
      throw new IllegalArgumentException("slice thickness and kVp are positive");
    }
  }

  /** The data set to write. */
  public DatasetSpec toDataset() {
    var b = DatasetSpec.builder("CT slice " + instance.sopInstanceUid());
    CommonModules.sopCommon(b, SopClasses.CT_IMAGE, instance);
    CommonModules.patient(b, patient);
    CommonModules.study(b, study);
    CommonModules.series(b, series, "CT");
    b.text(Tags.PATIENT_POSITION, Vr.CS, "FFS");
    CommonModules.equipment(b, equipment);
    CommonModules.generalImage(b, instance, series.laterality(), imageComments);
    // Frame of Reference.
    b.text(Tags.FRAME_OF_REFERENCE_UID, Vr.UI, frameOfReferenceUid)
        .text(Tags.POSITION_REFERENCE_INDICATOR, Vr.LO);
    // Image Plane.
    var p = plane.firstPixel_Patient();
    var r = plane.rowDirection();
    var c = plane.columnDirection();
    b.decimals(Tags.PIXEL_SPACING, plane.rowSpacingMm(), plane.columnSpacingMm())
        .decimals(Tags.IMAGE_ORIENTATION_PATIENT, r.x(), r.y(), r.z(), c.x(), c.y(), c.z())
        .decimals(Tags.IMAGE_POSITION_PATIENT, p.x(), p.y(), p.z())
        .decimals(Tags.SLICE_THICKNESS, sliceThicknessMm)
        .decimals(Tags.SLICE_LOCATION, p.dot(plane.normal()));
    // Image Pixel.
    b.integers(Tags.SAMPLES_PER_PIXEL, Vr.US, 1)
        .text(Tags.PHOTOMETRIC_INTERPRETATION, Vr.CS, "MONOCHROME2")
        .integers(Tags.ROWS, Vr.US, pixels.rows())
        .integers(Tags.COLUMNS, Vr.US, pixels.columns())
        .integers(Tags.BITS_ALLOCATED, Vr.US, 16)
        .integers(Tags.BITS_STORED, Vr.US, pixels.bitsStored())
        .integers(Tags.HIGH_BIT, Vr.US, pixels.bitsStored() - 1)
        .integers(Tags.PIXEL_REPRESENTATION, Vr.US, 0)
        .words(Tags.PIXEL_DATA, pixels.stored());
    // CT Image.
    b.text(Tags.IMAGE_TYPE, Vr.CS, "ORIGINAL", "PRIMARY", "AXIAL")
        .decimals(Tags.RESCALE_INTERCEPT, rescale.intercept())
        .decimals(Tags.RESCALE_SLOPE, rescale.slope())
        .decimals(Tags.KVP, kvp)
        .integers(Tags.ACQUISITION_NUMBER, Vr.IS, 1);
    if (!rescale.type().isEmpty()) {
      b.text(Tags.RESCALE_TYPE, Vr.LO, rescale.type());
    }
    // Contrast/Bolus (required when contrast was used) and VOI LUT.
    if (!contrastAgent.isEmpty()) {
      b.text(Tags.CONTRAST_BOLUS_AGENT, Vr.LO, contrastAgent);
    }
    b.decimals(Tags.WINDOW_CENTER, windows.stream().mapToDouble(WindowPreset::center).toArray())
        .decimals(Tags.WINDOW_WIDTH, windows.stream().mapToDouble(WindowPreset::width).toArray());
    if (windows.stream().anyMatch(w -> !w.explanation().isEmpty())) {
      b.text(
          Tags.WINDOW_CENTER_WIDTH_EXPLANATION,
          Vr.LO,
          windows.stream().map(WindowPreset::explanation).toArray(String[]::new));
    }
    return b.build();
  }
}
