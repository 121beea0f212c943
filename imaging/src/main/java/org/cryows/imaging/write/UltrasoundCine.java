package org.cryows.imaging.write;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.cryows.imaging.dataset.Tags;

/**
 * An Ultrasound Multi-frame Image (PS3.3 A.7) to write: 8-bit grey B-mode frames played at a fixed
 * frame time, with one calibrated spatial region.
 *
 * @param frameTimeMs Frame Time (0018,1063), the Frame Increment Pointer's attribute
 * @param heartRateBpm Heart Rate (0018,1088) of the cine module, when known
 * @param examType value 3 of the US Image Type (PS3.3 C.8.5.6.1.1), e.g. {@code SMALL PARTS}
 * @param imageComments Image Comments, e.g. how the image was made; may be empty
 */
public record UltrasoundCine(
    PatientIdentity patient,
    StudyIdentity study,
    SeriesIdentity series,
    Equipment equipment,
    InstanceIdentity instance,
    CalibratedRegion region,
    double frameTimeMs,
    OptionalInt heartRateBpm,
    String examType,
    String imageComments,
    GreyFrames frames) {

  public UltrasoundCine {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(study, "study");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(equipment, "equipment");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(heartRateBpm, "heartRateBpm");
    Objects.requireNonNull(frames, "frames");
    Objects.requireNonNull(examType, "examType");
    imageComments = imageComments == null ? "" : imageComments;
    if (!(frameTimeMs > 0) || !Double.isFinite(frameTimeMs)) {
      throw new IllegalArgumentException("frame time must be positive: " + frameTimeMs + " ms");
    }
    if (region.maxX1() >= frames.columns() || region.maxY1() >= frames.rows()) {
      throw new IllegalArgumentException(
          "the region reaches ("
              + region.maxX1()
              + ", "
              + region.maxY1()
              + ") outside the "
              + frames.columns()
              + " x "
              + frames.rows()
              + " image");
    }
  }

  /** The data set to write. */
  public DatasetSpec toDataset() {
    var b = DatasetSpec.builder("ultrasound cine " + instance.sopInstanceUid());
    CommonModules.sopCommon(b, SopClasses.ULTRASOUND_MULTI_FRAME_IMAGE, instance);
    CommonModules.patient(b, patient);
    CommonModules.study(b, study);
    CommonModules.series(b, series, "US");
    CommonModules.equipment(b, equipment);
    CommonModules.generalImage(b, instance, series.laterality(), imageComments);
    b.text(Tags.PATIENT_ORIENTATION, Vr.CS);
    // US Image module (C.8.5.6): a single 2-D (B-mode) image, value 4 is the mode bit map.
    b.text(Tags.IMAGE_TYPE, Vr.CS, "ORIGINAL", "PRIMARY", examType, "0001")
        .text(Tags.LOSSY_IMAGE_COMPRESSION, Vr.CS, "00")
        .integers(Tags.ULTRASOUND_COLOR_DATA_PRESENT, Vr.US, 0);
    // Image Pixel.
    b.integers(Tags.SAMPLES_PER_PIXEL, Vr.US, 1)
        .text(Tags.PHOTOMETRIC_INTERPRETATION, Vr.CS, "MONOCHROME2")
        .integers(Tags.ROWS, Vr.US, frames.rows())
        .integers(Tags.COLUMNS, Vr.US, frames.columns())
        .integers(Tags.BITS_ALLOCATED, Vr.US, 8)
        .integers(Tags.BITS_STORED, Vr.US, 8)
        .integers(Tags.HIGH_BIT, Vr.US, 7)
        .integers(Tags.PIXEL_REPRESENTATION, Vr.US, 0)
        .bytes(Tags.PIXEL_DATA, frames.allPixels());
    // Multi-frame and Cine.
    double framesPerSecond = 1000.0 / frameTimeMs;
    b.integers(Tags.NUMBER_OF_FRAMES, Vr.IS, frames.count())
        .tags(Tags.FRAME_INCREMENT_POINTER, Tags.FRAME_TIME)
        .decimals(Tags.FRAME_TIME, frameTimeMs)
        .integers(Tags.CINE_RATE, Vr.IS, Math.round(framesPerSecond))
        .integers(Tags.RECOMMENDED_DISPLAY_FRAME_RATE, Vr.IS, Math.round(framesPerSecond));
    heartRateBpm.ifPresent(bpm -> b.integers(Tags.HEART_RATE, Vr.IS, bpm));
    // US Region Calibration.
    b.sequence(Tags.SEQUENCE_OF_ULTRASOUND_REGIONS, List.of(regionItem()));
    return b.build();
  }

  private DatasetSpec regionItem() {
    return DatasetSpec.builder("ultrasound region 1")
        .integers(Tags.REGION_SPATIAL_FORMAT, Vr.US, CalibratedRegion.SPATIAL_FORMAT_2D)
        .integers(Tags.REGION_DATA_TYPE, Vr.US, CalibratedRegion.DATA_TYPE_TISSUE)
        .integers(Tags.REGION_FLAGS, Vr.UL, 0)
        .integers(Tags.REGION_LOCATION_MIN_X0, Vr.UL, region.minX0())
        .integers(Tags.REGION_LOCATION_MIN_Y0, Vr.UL, region.minY0())
        .integers(Tags.REGION_LOCATION_MAX_X1, Vr.UL, region.maxX1())
        .integers(Tags.REGION_LOCATION_MAX_Y1, Vr.UL, region.maxY1())
        .integers(Tags.REFERENCE_PIXEL_X0, Vr.SL, 0)
        .integers(Tags.REFERENCE_PIXEL_Y0, Vr.SL, 0)
        .integers(Tags.PHYSICAL_UNITS_X_DIRECTION, Vr.US, CalibratedRegion.UNITS_CM)
        .integers(Tags.PHYSICAL_UNITS_Y_DIRECTION, Vr.US, CalibratedRegion.UNITS_CM)
        .floats(Tags.REFERENCE_PIXEL_PHYSICAL_VALUE_X, Vr.FD, 0)
        .floats(Tags.REFERENCE_PIXEL_PHYSICAL_VALUE_Y, Vr.FD, 0)
        .floats(Tags.PHYSICAL_DELTA_X, Vr.FD, region.deltaXCm())
        .floats(Tags.PHYSICAL_DELTA_Y, Vr.FD, region.deltaYCm())
        .integers(Tags.TRANSDUCER_FREQUENCY, Vr.UL, region.transducerFrequencyKHz())
        .build();
  }
}
