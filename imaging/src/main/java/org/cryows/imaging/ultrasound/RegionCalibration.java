package org.cryows.imaging.ultrasound;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tags;

/**
 * Measures distances and areas on an ultrasound image through its regions. A value is calibrated
 * only when all its points lie in one region whose X and Y units are both centimetres (regions that
 * overlap there must agree exactly); otherwise it is given in pixels with the reason. Each axis is
 * scaled by its own delta, so non-square pixels measure correctly.
 */
public final class RegionCalibration {

  private final List<UltrasoundRegion> regions;
  private final long columns;
  private final long rows;

  /**
   * @param columns the image width in pixels, 0 when unknown (no check of the regions against it)
   * @param rows the image height in pixels, 0 when unknown
   */
  public RegionCalibration(List<UltrasoundRegion> regions, long columns, long rows) {
    this.regions = List.copyOf(regions);
    this.columns = columns;
    this.rows = rows;
  }

  /** The regions and the size of {@code image}. */
  public static RegionCalibration of(DicomDataset image) {
    return new RegionCalibration(
        UltrasoundRegions.read(image),
        image.integer(Tags.COLUMNS).orElse(0),
        image.integer(Tags.ROWS).orElse(0));
  }

  public List<UltrasoundRegion> regions() {
    return regions;
  }

  /** The straight-line distance from {@code a} to {@code b}. */
  public Measurement distance(PixelPoint a, PixelPoint b) {
    double dx = b.x() - a.x();
    double dy = b.y() - a.y();
    Scale scale = resolve(List.of(a, b));
    if (scale.calibration != Calibration.CALIBRATED) {
      return scale.measurement(Math.hypot(dx, dy), MeasurementUnit.PIXELS);
    }
    return scale.measurement(
        Math.hypot(dx * scale.mmPerPixelX, dy * scale.mmPerPixelY), MeasurementUnit.MM);
  }

  /**
   * The area enclosed by a polygon given by its vertices in order (the shoelace formula; a
   * self-intersecting outline gives the net area of its loops).
   */
  public Measurement area(List<PixelPoint> polygon) {
    if (polygon.size() < 3) {
      throw new IllegalArgumentException(
          "a polygon needs at least 3 vertices, not " + polygon.size());
    }
    double twiceArea = 0;
    for (int i = 0; i < polygon.size(); i++) {
      PixelPoint p = polygon.get(i);
      PixelPoint q = polygon.get((i + 1) % polygon.size());
      twiceArea += p.x() * q.y() - q.x() * p.y();
    }
    double pixels = Math.abs(twiceArea) / 2;
    Scale scale = resolve(polygon);
    if (scale.calibration != Calibration.CALIBRATED) {
      return scale.measurement(pixels, MeasurementUnit.PIXELS2);
    }
    // Scaling x by sx and y by sy scales every area by sx * sy.
    return scale.measurement(pixels * scale.mmPerPixelX * scale.mmPerPixelY, MeasurementUnit.MM2);
  }

  private Scale resolve(List<PixelPoint> points) {
    if (regions.isEmpty()) {
      return Scale.refused(Calibration.NO_REGION, null, "the image has no ultrasound regions");
    }
    for (PixelPoint point : points) {
      if (regionsHolding(List.of(point)).isEmpty()) {
        return Scale.refused(
            Calibration.NO_REGION,
            null,
            "point (" + point.x() + ", " + point.y() + ") lies in no region");
      }
    }
    List<UltrasoundRegion> holding = regionsHolding(points);
    if (holding.isEmpty()) {
      return Scale.refused(
          Calibration.SEVERAL_REGIONS,
          null,
          "the points lie in different regions (" + regionsOfEachPoint(points) + ")");
    }
    UltrasoundRegion region = holding.get(0);
    // Any region under any of the points counts: a point on a gray bar drawn over the sector
    // belongs to both, and which scale it was meant in cannot be told.
    for (UltrasoundRegion other : regionsUnderAny(points)) {
      if (!other.sameCalibrationAs(region)) {
        return Scale.refused(
            Calibration.SEVERAL_REGIONS,
            null,
            "regions "
                + region.index()
                + " and "
                + other.index()
                + " overlap here with different calibrations");
      }
    }
    if (region.unitsXCode() != region.unitsYCode()) {
      return Scale.refused(
          Calibration.UNEQUAL_UNITS,
          region,
          "region "
              + region.index()
              + " has X in "
              + unitName(region.unitsX(), region.unitsXCode())
              + " and Y in "
              + unitName(region.unitsY(), region.unitsYCode()));
    }
    if (!region.unitsX().isSpatial()) {
      return Scale.refused(
          Calibration.NON_SPATIAL_UNITS,
          region,
          "region "
              + region.index()
              + " is in "
              + unitName(region.unitsX(), region.unitsXCode())
              + ", not a length");
    }
    double sx = Math.abs(region.deltaXmm().orElse(Double.NaN));
    double sy = Math.abs(region.deltaYmm().orElse(Double.NaN));
    if (!(sx > 0) || !(sy > 0) || !Double.isFinite(sx) || !Double.isFinite(sy)) {
      return Scale.refused(
          Calibration.INVALID_DELTA,
          region,
          "region "
              + region.index()
              + " has physical deltas "
              + region.physicalDeltaX()
              + " and "
              + region.physicalDeltaY()
              + " cm");
    }
    if ((columns > 0 && region.x1() > columns) || (rows > 0 && region.y1() > rows)) {
      return Scale.refused(
          Calibration.REGION_OUTSIDE_IMAGE,
          region,
          "region "
              + region.index()
              + " reaches ("
              + region.x1()
              + ", "
              + region.y1()
              + ") on a "
              + columns
              + " x "
              + rows
              + " image");
    }
    String note = holding.size() > 1 ? " (overlapping regions agree)" : "";
    return new Scale(
        Calibration.CALIBRATED,
        region,
        sx,
        sy,
        String.format("region %d: %.6g x %.6g mm per pixel%s", region.index(), sx, sy, note));
  }

  private List<UltrasoundRegion> regionsHolding(List<PixelPoint> points) {
    List<UltrasoundRegion> holding = new ArrayList<>();
    for (UltrasoundRegion region : regions) {
      if (points.stream().allMatch(p -> region.contains(p.column(), p.row()))) {
        holding.add(region);
      }
    }
    return holding;
  }

  private static String unitName(PhysicalUnit unit, int code) {
    return unit == PhysicalUnit.UNKNOWN ? "unknown units (code " + code + ")" : unit.symbol();
  }

  private List<UltrasoundRegion> regionsUnderAny(List<PixelPoint> points) {
    return regions.stream()
        .filter(r -> points.stream().anyMatch(p -> r.contains(p.column(), p.row())))
        .toList();
  }

  /** The regions each point falls in, for the message: "1, 2" or "1+3, 2". */
  private String regionsOfEachPoint(List<PixelPoint> points) {
    return points.stream()
        .map(
            p ->
                regionsHolding(List.of(p)).stream()
                    .map(r -> Integer.toString(r.index()))
                    .collect(Collectors.joining("+")))
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private record Scale(
      Calibration calibration,
      UltrasoundRegion region,
      double mmPerPixelX,
      double mmPerPixelY,
      String explanation) {

    static Scale refused(Calibration why, UltrasoundRegion region, String explanation) {
      return new Scale(why, region, Double.NaN, Double.NaN, explanation);
    }

    Measurement measurement(double value, MeasurementUnit unit) {
      return new Measurement(value, unit, calibration, index(), explanation);
    }

    private OptionalInt index() {
      return region == null ? OptionalInt.empty() : OptionalInt.of(region.index());
    }
  }
}
