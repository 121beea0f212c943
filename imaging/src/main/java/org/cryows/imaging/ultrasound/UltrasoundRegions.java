package org.cryows.imaging.ultrasound;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tag;
import org.cryows.imaging.dataset.Tags;

/** Reads the Sequence of Ultrasound Regions (0018,6011) of an image into typed regions. */
public final class UltrasoundRegions {

  private UltrasoundRegions() {}

  /**
   * The regions in sequence order; empty when the image has none.
   *
   * @throws DicomAttributeException naming the item and the tag when a region lacks its bounds or
   *     holds a value that cannot be used; the regions are read all or nothing, since measuring
   *     beside a region that could not be read might use the wrong calibration
   */
  public static List<UltrasoundRegion> read(DicomDataset image) {
    List<DicomDataset> items = image.sequence(Tags.SEQUENCE_OF_ULTRASOUND_REGIONS);
    List<UltrasoundRegion> regions = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String origin =
          image.origin()
              + " "
              + Tags.describe(Tags.SEQUENCE_OF_ULTRASOUND_REGIONS)
              + " item "
              + (i + 1);
      regions.add(readRegion(items.get(i), i + 1, origin));
    }
    return List.copyOf(regions);
  }

  private static UltrasoundRegion readRegion(DicomDataset item, int index, String origin) {
    long x0 = bound(item, Tags.REGION_LOCATION_MIN_X0, origin);
    long y0 = bound(item, Tags.REGION_LOCATION_MIN_Y0, origin);
    long x1 = bound(item, Tags.REGION_LOCATION_MAX_X1, origin);
    long y1 = bound(item, Tags.REGION_LOCATION_MAX_Y1, origin);
    if (x1 < x0) {
      throw new DicomAttributeException(
          origin, Tags.REGION_LOCATION_MAX_X1, "x1=" + x1 + " lies left of x0=" + x0);
    }
    if (y1 < y0) {
      throw new DicomAttributeException(
          origin, Tags.REGION_LOCATION_MAX_Y1, "y1=" + y1 + " lies above y0=" + y0);
    }
    return new UltrasoundRegion(
        index,
        x0,
        y0,
        x1,
        y1,
        code(item, Tags.REGION_SPATIAL_FORMAT, origin),
        code(item, Tags.REGION_DATA_TYPE, origin),
        item.integer(Tags.REGION_FLAGS).orElse(0) & 0xFFFFFFFFL,
        code(item, Tags.PHYSICAL_UNITS_X_DIRECTION, origin),
        code(item, Tags.PHYSICAL_UNITS_Y_DIRECTION, origin),
        delta(item, Tags.PHYSICAL_DELTA_X, origin),
        delta(item, Tags.PHYSICAL_DELTA_Y, origin),
        item.integer(Tags.REFERENCE_PIXEL_X0),
        item.integer(Tags.REFERENCE_PIXEL_Y0),
        item.decimal(Tags.REFERENCE_PIXEL_PHYSICAL_VALUE_X),
        item.decimal(Tags.REFERENCE_PIXEL_PHYSICAL_VALUE_Y));
  }

  // Region Location values are UL: a library handing them over as int shows values of 2^31 and
  // more as negative numbers. No image is that wide, so either way the value is refused.
  private static long bound(DicomDataset item, Tag tag, String origin) {
    OptionalInt value = item.integer(tag);
    if (value.isEmpty()) {
      throw new DicomAttributeException(
          origin, tag, "missing; a region without its bounds cannot be placed on the image");
    }
    if (value.getAsInt() < 0) {
      throw new DicomAttributeException(
          origin, tag, (value.getAsInt() & 0xFFFFFFFFL) + " is not a pixel position");
    }
    return value.getAsInt();
  }

  // An absent code reads as 0 (none / not applicable): the region is then never calibrated.
  private static int code(DicomDataset item, Tag tag, String origin) {
    int code = item.integer(tag).orElse(0);
    if (code < 0 || code > 0xFFFF) {
      throw new DicomAttributeException(origin, tag, code + " is not a 16-bit code");
    }
    return code;
  }

  // An absent delta reads as NaN so that it can never calibrate a measurement.
  private static double delta(DicomDataset item, Tag tag, String origin) {
    OptionalDouble value = item.decimal(tag);
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new DicomAttributeException(origin, tag, value.getAsDouble() + " is not finite");
    }
    return value.orElse(Double.NaN);
  }
}
