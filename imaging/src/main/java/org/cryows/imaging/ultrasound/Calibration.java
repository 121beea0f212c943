package org.cryows.imaging.ultrasound;

/**
 * Whether a measurement is in millimetres and, when it is not, why. Only one region, or regions
 * that agree exactly, may calibrate a measurement: mixing the scales of two regions would give a
 * length that belongs to neither.
 */
public enum Calibration {
  /** Every point lies in one region whose X and Y units are both centimetres. */
  CALIBRATED,
  /** The image has no regions, or a point lies outside every region. */
  NO_REGION,
  /** The points lie in different regions, or in overlapping regions whose scales differ. */
  SEVERAL_REGIONS,
  /** The region's X and Y units are the same but not a length (time, velocity, none...). */
  NON_SPATIAL_UNITS,
  /** The region's X and Y units differ (an M-mode strip: time across, depth down). */
  UNEQUAL_UNITS,
  /** The region is in centimetres but a pixel step is zero, missing or not finite. */
  INVALID_DELTA,
  /**
   * The region reaches beyond the image: the pixels were resampled after the scanner calibrated
   * them, so its deltas no longer describe this image's pixels.
   */
  REGION_OUTSIDE_IMAGE
}
