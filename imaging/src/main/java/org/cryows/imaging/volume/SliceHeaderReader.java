package org.cryows.imaging.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tag;
import org.cryows.imaging.dataset.Tags;

/**
 * Reads the geometry and attributes of every frame of a CT or MR header: classic images from their
 * top-level attributes, enhanced multi-frame images from the Per-Frame Functional Groups, falling
 * back to the Shared Functional Groups and then to the top level (per-frame overrides shared).
 * Errors name the file, the frame (counted from 1, as DICOM does) and the tag.
 */
public final class SliceHeaderReader {

  /** Orientation cosines are decimal strings of limited precision; this much slack is normal. */
  static final double ORIENTATION_TOLERANCE = 1e-3;

  private SliceHeaderReader() {}

  /** The number of frames: Number of Frames, 1 when absent. */
  public static int frameCount(DicomDataset header) {
    int frames = header.integer(Tags.NUMBER_OF_FRAMES).orElse(1);
    if (frames < 1) {
      throw new DicomAttributeException(
          header.origin(), Tags.NUMBER_OF_FRAMES, frames + " is not a frame count");
    }
    return frames;
  }

  /** True for an enhanced multi-frame image, whose frames are described by functional groups. */
  public static boolean isEnhanced(DicomDataset header) {
    return header.contains(Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE)
        || header.contains(Tags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE);
  }

  /** One geometry per frame, in frame order. */
  public static List<SliceGeometry> geometries(DicomDataset header) {
    int frames = frameCount(header);
    List<SliceGeometry> result = new ArrayList<>(frames);
    for (int f = 0; f < frames; f++) {
      result.add(geometry(header, f));
    }
    return result;
  }

  /** The geometry of frame {@code frameIndex} (from 0). */
  public static SliceGeometry geometry(DicomDataset header, int frameIndex) {
    FrameView frame = FrameView.of(header, frameIndex);
    String origin = frame.origin();
    int rows = positiveInteger(header, Tags.ROWS);
    int columns = positiveInteger(header, Tags.COLUMNS);

    double[] orientation =
        frame.decimals(Tags.PLANE_ORIENTATION_SEQUENCE, Tags.IMAGE_ORIENTATION_PATIENT);
    if (orientation.length == 0) {
      throw frame.missing(Tags.PLANE_ORIENTATION_SEQUENCE, Tags.IMAGE_ORIENTATION_PATIENT);
    }
    if (orientation.length != 6) {
      throw new DicomAttributeException(
          origin, Tags.IMAGE_ORIENTATION_PATIENT, orientation.length + " values, not 6");
    }
    Vector3 row = new Vector3(orientation[0], orientation[1], orientation[2]);
    Vector3 column = new Vector3(orientation[3], orientation[4], orientation[5]);
    checkUnit(origin, "row", row);
    checkUnit(origin, "column", column);
    double dot = row.dot(column);
    if (Math.abs(dot) > ORIENTATION_TOLERANCE) {
      throw new DicomAttributeException(
          origin,
          Tags.IMAGE_ORIENTATION_PATIENT,
          String.format(
              java.util.Locale.ROOT,
              "row and column directions are not orthogonal (dot product %.4f, angle %.2f degrees)",
              dot,
              row.angleDegreesTo(column)));
    }
    // Decimal strings round the cosines; make them exactly orthonormal (Gram-Schmidt) so the
    // volume's transform is a rotation times the spacings.
    Vector3 rowUnit = row.normalized();
    Vector3 columnUnit = column.minus(rowUnit.times(column.dot(rowUnit))).normalized();

    double[] spacing = frame.decimals(Tags.PIXEL_MEASURES_SEQUENCE, Tags.PIXEL_SPACING);
    if (spacing.length == 0) {
      throw frame.missing(Tags.PIXEL_MEASURES_SEQUENCE, Tags.PIXEL_SPACING);
    }
    if (spacing.length != 2 || !(spacing[0] > 0) || !(spacing[1] > 0)) {
      throw new DicomAttributeException(
          origin,
          Tags.PIXEL_SPACING,
          "needs two positive values (row spacing, column spacing), not "
              + java.util.Arrays.toString(spacing));
    }

    double[] position = frame.decimals(Tags.PLANE_POSITION_SEQUENCE, Tags.IMAGE_POSITION_PATIENT);
    if (position.length != 0 && position.length != 3) {
      throw new DicomAttributeException(
          origin, Tags.IMAGE_POSITION_PATIENT, position.length + " values, not 3");
    }
    if (!frame.enhanced() && frameCount(header) > 1 && position.length == 3) {
      throw new DicomAttributeException(
          origin,
          Tags.NUMBER_OF_FRAMES,
          frameCount(header)
              + " frames share one Image Position (Patient) and there is no Per-Frame Functional"
              + " Groups Sequence (5200,9230) to place them");
    }
    Optional<Vector3> position_Patient =
        position.length == 3
            ? Optional.of(new Vector3(position[0], position[1], position[2]))
            : Optional.empty();

    return new SliceGeometry(
        origin,
        frameIndex,
        rows,
        columns,
        position_Patient,
        rowUnit,
        columnUnit,
        spacing[0],
        spacing[1],
        positiveOrEmpty(frame, Tags.PIXEL_MEASURES_SEQUENCE, Tags.SPACING_BETWEEN_SLICES),
        positiveOrEmpty(frame, Tags.PIXEL_MEASURES_SEQUENCE, Tags.SLICE_THICKNESS));
  }

  /** Patient, frame of reference, laterality and rescale of frame {@code frameIndex}. */
  public static SliceAttributes attributes(DicomDataset header, int frameIndex) {
    FrameView frame = FrameView.of(header, frameIndex);
    String laterality = frame.text(VolumeTags.FRAME_ANATOMY_SEQUENCE, VolumeTags.FRAME_LATERALITY);
    if (laterality.isEmpty()) {
      laterality = header.string(Tags.IMAGE_LATERALITY).orElse("");
    }
    if (laterality.isEmpty()) {
      laterality = header.string(Tags.LATERALITY).orElse("");
    }
    double[] slope = frame.decimals(Tags.PIXEL_VALUE_TRANSFORMATION_SEQUENCE, Tags.RESCALE_SLOPE);
    double[] intercept =
        frame.decimals(Tags.PIXEL_VALUE_TRANSFORMATION_SEQUENCE, Tags.RESCALE_INTERCEPT);
    double slopeValue = slope.length == 0 ? 1 : slope[0];
    double interceptValue = intercept.length == 0 ? 0 : intercept[0];
    if (!Double.isFinite(slopeValue) || slopeValue == 0) {
      throw new DicomAttributeException(
          frame.origin(), Tags.RESCALE_SLOPE, slopeValue + " cannot scale stored values");
    }
    if (!Double.isFinite(interceptValue)) {
      throw new DicomAttributeException(
          frame.origin(), Tags.RESCALE_INTERCEPT, interceptValue + " is not a finite number");
    }
    return new SliceAttributes(
        frame.origin(),
        header.string(Tags.PATIENT_ID).orElse(""),
        header.string(Tags.PATIENT_NAME).orElse(""),
        header.string(Tags.FRAME_OF_REFERENCE_UID).orElse(""),
        laterality.toUpperCase(java.util.Locale.ROOT),
        header.integer(Tags.INSTANCE_NUMBER),
        slopeValue,
        interceptValue);
  }

  private static void checkUnit(String origin, String which, Vector3 v) {
    double length = v.length();
    if (Math.abs(length - 1) > ORIENTATION_TOLERANCE) {
      throw new DicomAttributeException(
          origin,
          Tags.IMAGE_ORIENTATION_PATIENT,
          String.format(
              java.util.Locale.ROOT,
              "the %s direction %s is not a unit vector (length %.4f)",
              which,
              v,
              length));
    }
  }

  private static int positiveInteger(DicomDataset header, Tag tag) {
    int value =
        header
            .integer(tag)
            .orElseThrow(() -> new DicomAttributeException(header.origin(), tag, "missing"));
    if (value <= 0) {
      throw new DicomAttributeException(header.origin(), tag, value + " is not positive");
    }
    return value;
  }

  private static OptionalDouble positiveOrEmpty(FrameView frame, Tag group, Tag tag) {
    double[] values = frame.decimals(group, tag);
    return values.length > 0 && values[0] > 0
        ? OptionalDouble.of(values[0])
        : OptionalDouble.empty();
  }

  /** The attributes one frame sees: its per-frame group, the shared group, then the top level. */
  private record FrameView(DicomDataset header, int frameIndex, boolean enhanced, String origin) {

    static FrameView of(DicomDataset header, int frameIndex) {
      int frames = frameCount(header);
      if (frameIndex < 0 || frameIndex >= frames) {
        throw new IndexOutOfBoundsException(
            header.origin() + ": frame " + (frameIndex + 1) + " of " + frames);
      }
      boolean enhanced = isEnhanced(header);
      String origin =
          frames > 1 || enhanced ? header.origin() + " frame " + (frameIndex + 1) : header.origin();
      return new FrameView(header, frameIndex, enhanced, origin);
    }

    double[] decimals(Tag group, Tag tag) {
      for (DicomDataset item : groupItems(group)) {
        double[] values = item.decimals(tag);
        if (values.length > 0) {
          return values;
        }
      }
      return header.decimals(tag);
    }

    String text(Tag group, Tag tag) {
      for (DicomDataset item : groupItems(group)) {
        Optional<String> value = item.string(tag);
        if (value.isPresent()) {
          return value.get();
        }
      }
      return "";
    }

    /** The first item of {@code group} in this frame's per-frame item, then in the shared item. */
    private List<DicomDataset> groupItems(Tag group) {
      if (!enhanced) {
        return List.of();
      }
      List<DicomDataset> items = new ArrayList<>(2);
      List<DicomDataset> perFrame = header.sequence(Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE);
      if (frameIndex < perFrame.size()) {
        perFrame.get(frameIndex).sequence(group).stream().findFirst().ifPresent(items::add);
      }
      List<DicomDataset> shared = header.sequence(Tags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE);
      if (!shared.isEmpty()) {
        shared.get(0).sequence(group).stream().findFirst().ifPresent(items::add);
      }
      return items;
    }

    DicomAttributeException missing(Tag group, Tag tag) {
      String where =
          enhanced
              ? "missing (not in the "
                  + Tags.describe(group)
                  + " of the per-frame or shared functional groups, nor at the top level)"
              : "missing";
      return new DicomAttributeException(origin, tag, where);
    }
  }
}
