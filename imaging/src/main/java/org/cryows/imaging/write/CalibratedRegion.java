package org.cryows.imaging.write;

/**
 * One spatial region of an ultrasound image for the Sequence of Ultrasound Regions (PS3.3 C.8.5.5):
 * a 2-D tissue rectangle, calibrated in centimetres in both directions, its reference pixel at the
 * region's top-left pixel with physical value 0, so that a pixel's physical position is {@code
 * (column - minX0) * deltaXCm} across and {@code (row - minY0) * deltaYCm} down.
 *
 * @param minX0 first column of the region (inclusive)
 * @param minY0 first row (inclusive)
 * @param maxX1 last column (inclusive)
 * @param maxY1 last row (inclusive)
 * @param deltaXCm centimetres per pixel across
 * @param deltaYCm centimetres per pixel down
 * @param transducerFrequencyKHz Transducer Frequency (0018,6030), kHz
 */
public record CalibratedRegion(
    int minX0,
    int minY0,
    int maxX1,
    int maxY1,
    double deltaXCm,
    double deltaYCm,
    long transducerFrequencyKHz) {

  /** Region Spatial Format 1: 2-D tissue or flow. */
  static final int SPATIAL_FORMAT_2D = 1;

  /** Region Data Type 1: tissue. */
  static final int DATA_TYPE_TISSUE = 1;

  /** Physical Units code 3: centimetres. */
  static final int UNITS_CM = 3;

  public CalibratedRegion {
    if (minX0 < 0 || minY0 < 0 || maxX1 < minX0 || maxY1 < minY0) {
      throw new IllegalArgumentException(
          "a region's bounds run from its first to its last pixel: ("
              + minX0
              + ", "
              + minY0
              + ") to ("
              + maxX1
              + ", "
              + maxY1
              + ")");
    }
    if (!(deltaXCm > 0) || !(deltaYCm > 0) || !Double.isFinite(deltaXCm + deltaYCm)) {
      throw new IllegalArgumentException(
          "a region's deltas are positive: " + deltaXCm + ", " + deltaYCm + " cm");
    }
    if (transducerFrequencyKHz <= 0) {
      throw new IllegalArgumentException("transducer frequency must be positive");
    }
  }

  public int columns() {
    return maxX1 - minX0 + 1;
  }

  public int rows() {
    return maxY1 - minY0 + 1;
  }
}
