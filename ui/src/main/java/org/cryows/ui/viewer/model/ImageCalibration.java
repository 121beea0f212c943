package org.cryows.ui.viewer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.ultrasound.Calibration;
import org.cryows.imaging.ultrasound.Measurement;
import org.cryows.imaging.ultrasound.MeasurementUnit;
import org.cryows.imaging.ultrasound.PixelPoint;
import org.cryows.imaging.ultrasound.RegionCalibration;
import org.cryows.imaging.ultrasound.UltrasoundRegion;
import org.cryows.imaging.ultrasound.UltrasoundRegions;

/**
 * How lengths on one image become millimetres, and what the viewer says about it. An ultrasound
 * image with regions measures through imaging's {@link RegionCalibration} (one region at a time,
 * never mixing scales); another image through its Pixel Spacing; otherwise in pixels with the
 * reason. Every answer is imaging's {@link Measurement}: value, unit, calibration and explanation.
 */
public sealed interface ImageCalibration {

  Measurement distance(PixelPoint a, PixelPoint b);

  Measurement area(List<PixelPoint> polygon);

  /** One line for the viewer's overlay: the scale in use, or why there is none. */
  String summary();

  /** Whether any measurement on this image can come out in millimetres. */
  boolean calibratesSomewhere();

  /** The rectangles whose scale the summary names, for outlining on the image; may be empty. */
  List<UltrasoundRegion> calibratedRegions();

  /** The calibration {@code header} allows. */
  static ImageCalibration of(DicomDataset header) {
    if (header.contains(Tags.SEQUENCE_OF_ULTRASOUND_REGIONS)) {
      List<UltrasoundRegion> regions;
      try {
        regions = UltrasoundRegions.read(header);
      } catch (DicomAttributeException e) {
        // Measuring next to a region that could not be read might pick the wrong scale.
        return new Uncalibrated("the ultrasound regions cannot be read: " + e.getMessage());
      }
      if (!regions.isEmpty()) {
        return Regions.of(
            new RegionCalibration(
                regions,
                header.integer(Tags.COLUMNS).orElse(0),
                header.integer(Tags.ROWS).orElse(0)));
      }
    }
    return PixelSpacing.read(header)
        .<ImageCalibration>map(s -> s)
        .orElseGet(
            () ->
                new Uncalibrated(
                    "no Pixel Spacing (0028,0030) and no ultrasound regions in the file"));
  }

  /** Ultrasound regions: millimetres inside one region whose units are centimetres. */
  record Regions(RegionCalibration calibration, String summary, List<UltrasoundRegion> calibrated)
      implements ImageCalibration {

    public Regions {
      calibrated = List.copyOf(calibrated);
    }

    static Regions of(RegionCalibration calibration) {
      List<UltrasoundRegion> calibrated = new ArrayList<>();
      List<String> refusals = new ArrayList<>();
      for (UltrasoundRegion region : calibration.regions()) {
        // Asking the calibration about the region's own centre gives imaging's verdict on it.
        PixelPoint centre =
            new PixelPoint((region.x0() + region.x1()) / 2.0, (region.y0() + region.y1()) / 2.0);
        Measurement probe = calibration.distance(centre, centre);
        if (probe.calibrated()) {
          calibrated.add(region);
        } else {
          refusals.add(probe.explanation() + consequence(probe.calibration()));
        }
      }
      String summary;
      if (calibrated.isEmpty()) {
        summary = "Uncalibrated, measures in px: " + String.join("; ", refusals);
      } else if (calibrated.size() == 1) {
        UltrasoundRegion r = calibrated.get(0);
        summary =
            String.format(
                Locale.ROOT,
                "Ultrasound region %d: %.4g x %.4g mm/px; measure inside it",
                r.index(),
                Math.abs(r.deltaXmm().orElse(Double.NaN)),
                Math.abs(r.deltaYmm().orElse(Double.NaN)));
      } else {
        summary =
            "Ultrasound regions "
                + String.join(
                    ", ", calibrated.stream().map(r -> Integer.toString(r.index())).toList())
                + ": each measurement must lie inside one of them";
      }
      return new Regions(calibration, summary, calibrated);
    }

    /** What a refusal means for the user, after imaging's explanation of it. */
    private static String consequence(Calibration why) {
      return switch (why) {
        case REGION_OUTSIDE_IMAGE -> " (the image was resized after the scanner calibrated it)";
        case UNEQUAL_UNITS -> " (not a plane of lengths, as in M-mode)";
        case INVALID_DELTA -> " (no usable pixel size)";
        default -> "";
      };
    }

    @Override
    public Measurement distance(PixelPoint a, PixelPoint b) {
      return calibration.distance(a, b);
    }

    @Override
    public Measurement area(List<PixelPoint> polygon) {
      return calibration.area(polygon);
    }

    @Override
    public boolean calibratesSomewhere() {
      return !calibrated.isEmpty();
    }

    @Override
    public List<UltrasoundRegion> calibratedRegions() {
      return calibrated;
    }
  }

  /**
   * Pixel Spacing (0028,0030): the distance between row centres, then between column centres, in mm
   * (PS3.3 10.7.1.3); from the top level or an enhanced image's first Pixel Measures item.
   */
  record PixelSpacing(double rowSpacingMm, double columnSpacingMm) implements ImageCalibration {

    public PixelSpacing {
      if (!(rowSpacingMm > 0)
          || !(columnSpacingMm > 0)
          || !Double.isFinite(rowSpacingMm)
          || !Double.isFinite(columnSpacingMm)) {
        throw new IllegalArgumentException(
            "a pixel spacing is positive and finite, not "
                + rowSpacingMm
                + " x "
                + columnSpacingMm);
      }
    }

    static java.util.Optional<PixelSpacing> read(DicomDataset header) {
      List<DicomDataset> places = new ArrayList<>();
      places.add(header);
      for (var groups :
          List.of(
              Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE, Tags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE)) {
        List<DicomDataset> items = header.sequence(groups);
        if (!items.isEmpty()) {
          places.addAll(items.get(0).sequence(Tags.PIXEL_MEASURES_SEQUENCE));
        }
      }
      for (DicomDataset place : places) {
        double[] spacing;
        try {
          spacing = place.decimals(Tags.PIXEL_SPACING);
        } catch (DicomAttributeException e) {
          continue;
        }
        if (spacing.length == 2
            && spacing[0] > 0
            && spacing[1] > 0
            && Double.isFinite(spacing[0])
            && Double.isFinite(spacing[1])) {
          return java.util.Optional.of(new PixelSpacing(spacing[0], spacing[1]));
        }
      }
      return java.util.Optional.empty();
    }

    @Override
    public Measurement distance(PixelPoint a, PixelPoint b) {
      double dx = (b.x() - a.x()) * columnSpacingMm;
      double dy = (b.y() - a.y()) * rowSpacingMm;
      return new Measurement(
          Math.hypot(dx, dy),
          MeasurementUnit.MM,
          Calibration.CALIBRATED,
          OptionalInt.empty(),
          summary());
    }

    @Override
    public Measurement area(List<PixelPoint> polygon) {
      return new Measurement(
          Polygons.area(polygon) * columnSpacingMm * rowSpacingMm,
          MeasurementUnit.MM2,
          Calibration.CALIBRATED,
          OptionalInt.empty(),
          summary());
    }

    @Override
    public String summary() {
      return String.format(
          Locale.ROOT,
          "Pixel Spacing %.4g x %.4g mm (row x column)",
          rowSpacingMm,
          columnSpacingMm);
    }

    @Override
    public boolean calibratesSomewhere() {
      return true;
    }

    @Override
    public List<UltrasoundRegion> calibratedRegions() {
      return List.of();
    }
  }

  /** Nothing says how large a pixel is: lengths in px, areas in px², with the reason. */
  record Uncalibrated(String reason) implements ImageCalibration {

    @Override
    public Measurement distance(PixelPoint a, PixelPoint b) {
      return new Measurement(
          Math.hypot(b.x() - a.x(), b.y() - a.y()),
          MeasurementUnit.PIXELS,
          Calibration.NO_REGION,
          OptionalInt.empty(),
          reason);
    }

    @Override
    public Measurement area(List<PixelPoint> polygon) {
      return new Measurement(
          Polygons.area(polygon),
          MeasurementUnit.PIXELS2,
          Calibration.NO_REGION,
          OptionalInt.empty(),
          reason);
    }

    @Override
    public String summary() {
      return "Uncalibrated, measures in px: " + reason;
    }

    @Override
    public boolean calibratesSomewhere() {
      return false;
    }

    @Override
    public List<UltrasoundRegion> calibratedRegions() {
      return List.of();
    }
  }
}
