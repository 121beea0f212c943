package org.cryows.imaging.ultrasound;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One item of the Sequence of Ultrasound Regions (0018,6011), PS3.3 C.8.5.5: a rectangle of the
 * image, in pixel columns {@code x} and rows {@code y} with both bounds inclusive, and how its
 * pixels map to physical values. Coded values keep their raw code so that a code the standard does
 * not define is still reported as written.
 *
 * @param index the item's position in the sequence, counted from 1 as in messages
 * @param physicalDeltaX the physical value of one pixel step along x, in {@link #unitsX()}
 * @param physicalDeltaY the physical value of one pixel step along y, in {@link #unitsY()}
 */
public record UltrasoundRegion(
    int index,
    long x0,
    long y0,
    long x1,
    long y1,
    int spatialFormatCode,
    int dataTypeCode,
    long flags,
    int unitsXCode,
    int unitsYCode,
    double physicalDeltaX,
    double physicalDeltaY,
    OptionalInt referencePixelX0,
    OptionalInt referencePixelY0,
    OptionalDouble referencePhysicalValueX,
    OptionalDouble referencePhysicalValueY) {

  private static final double MM_PER_CM = 10.0;

  public UltrasoundRegion {
    if (x0 < 0 || y0 < 0 || x1 < x0 || y1 < y0) {
      throw new IllegalArgumentException(
          "region "
              + index
              + " bounds must satisfy 0 <= x0 <= x1 and 0 <= y0 <= y1, not x0="
              + x0
              + " y0="
              + y0
              + " x1="
              + x1
              + " y1="
              + y1);
    }
  }

  public RegionSpatialFormat spatialFormat() {
    return RegionSpatialFormat.ofCode(spatialFormatCode);
  }

  public RegionDataType dataType() {
    return RegionDataType.ofCode(dataTypeCode);
  }

  public PhysicalUnit unitsX() {
    return PhysicalUnit.ofCode(unitsXCode);
  }

  public PhysicalUnit unitsY() {
    return PhysicalUnit.ofCode(unitsYCode);
  }

  /** Millimetres per pixel along x; empty unless x is a length unit. */
  public OptionalDouble deltaXmm() {
    return toMm(unitsX(), physicalDeltaX);
  }

  /** Millimetres per pixel along y; empty unless y is a length unit. */
  public OptionalDouble deltaYmm() {
    return toMm(unitsY(), physicalDeltaY);
  }

  /** Whether the point (column x, row y; pixel centres at whole numbers) lies inside. */
  public boolean contains(double x, double y) {
    return x >= x0 && x <= x1 && y >= y0 && y <= y1;
  }

  /** Region Flags bit 1: the scanner protects the region's scaling (it must not be rescaled). */
  public boolean scalingProtected() {
    return (flags & 0b10) != 0;
  }

  /** Region Flags bit 0: 1 means the region has low priority where regions overlap. */
  public boolean lowPriority() {
    return (flags & 0b1) != 0;
  }

  /** Same units and deltas: a measurement gives the same value in either region. */
  public boolean sameCalibrationAs(UltrasoundRegion other) {
    return unitsXCode == other.unitsXCode
        && unitsYCode == other.unitsYCode
        && Double.compare(physicalDeltaX, other.physicalDeltaX) == 0
        && Double.compare(physicalDeltaY, other.physicalDeltaY) == 0;
  }

  private static OptionalDouble toMm(PhysicalUnit unit, double delta) {
    return unit == PhysicalUnit.CM ? OptionalDouble.of(delta * MM_PER_CM) : OptionalDouble.empty();
  }
}
