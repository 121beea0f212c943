package org.cryows.imaging.ultrasound;

/**
 * A region as the {@code info} output prints it: raw deltas in their own units, millimetres per
 * pixel only for spatial units. Absent or non-spatial values are null, so they print as JSON null.
 */
public record RegionSummary(
    long x0,
    long y0,
    long x1,
    long y1,
    String unitsX,
    String unitsY,
    Double deltaX,
    Double deltaY,
    Double deltaXmm,
    Double deltaYmm) {

  public static RegionSummary of(UltrasoundRegion region) {
    return new RegionSummary(
        region.x0(),
        region.y0(),
        region.x1(),
        region.y1(),
        label(region.unitsX(), region.unitsXCode()),
        label(region.unitsY(), region.unitsYCode()),
        finiteOrNull(region.physicalDeltaX()),
        finiteOrNull(region.physicalDeltaY()),
        region.deltaXmm().isPresent() ? finiteOrNull(region.deltaXmm().getAsDouble()) : null,
        region.deltaYmm().isPresent() ? finiteOrNull(region.deltaYmm().getAsDouble()) : null);
  }

  /** The unit's symbol; an undefined code prints as {@code unknown(0x0020)}. */
  static String label(PhysicalUnit unit, int code) {
    return unit == PhysicalUnit.UNKNOWN ? String.format("unknown(0x%04X)", code) : unit.symbol();
  }

  private static Double finiteOrNull(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
