package org.cryows.imaging.volume;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.volume.SeriesProblem.Handling;
import org.cryows.imaging.volume.SeriesProblem.Kind;

/**
 * Turns the slices of one series into a voxel grid: sorts them along the normal of their
 * orientation (row direction x column direction), measures the spacing from their positions
 * projected on that normal (never from Spacing Between Slices or Slice Thickness while positions
 * exist), and reports, with the numbers, everything that keeps the stack from being a regular grid,
 * deciding for each whether to resample or refuse.
 */
public final class SeriesAnalyzer {

  /** Steps within this fraction of their mean are regular. */
  public static final double REGULAR_STEP_TOLERANCE = 0.02;

  /** Two slices closer than this along the normal share a position. */
  public static final double DUPLICATE_DISTANCE_MM = 0.01;

  /** Orientations further apart than this are mixed. */
  public static final double ORIENTATION_TOLERANCE_DEGREES = 0.1;

  /** A shear of the stack larger than this is gantry tilt; below, it is rounding of positions. */
  public static final double TILT_TOLERANCE_DEGREES = 0.1;

  /**
   * Gaps up to this many expected steps (two missing slices) are resampled; larger ones refused.
   */
  public static final double LARGEST_RESAMPLED_GAP_IN_STEPS = 3.0;

  /** Header and measured spacing further apart than this are reported. */
  private static final double HEADER_SPACING_TOLERANCE = 0.02;

  private SeriesAnalyzer() {}

  /** Analyses every frame of every header (classic images have one frame each). */
  public static SeriesGeometry analyzeHeaders(List<DicomDataset> headers) {
    List<SliceGeometry> geometries = new ArrayList<>();
    List<SliceAttributes> attributes = new ArrayList<>();
    for (DicomDataset header : headers) {
      int frames = SliceHeaderReader.frameCount(header);
      for (int f = 0; f < frames; f++) {
        geometries.add(SliceHeaderReader.geometry(header, f));
        attributes.add(SliceHeaderReader.attributes(header, f));
      }
    }
    return analyze(geometries, attributes);
  }

  /**
   * Analyses slices given as parallel lists (entry n of both describes input slice n).
   *
   * @throws IllegalArgumentException when the lists are empty or of different lengths
   */
  public static SeriesGeometry analyze(
      List<SliceGeometry> slices, List<SliceAttributes> attributes) {
    if (slices.isEmpty() || slices.size() != attributes.size()) {
      throw new IllegalArgumentException(
          "a series needs slices, with one set of attributes each: "
              + slices.size()
              + " slices, "
              + attributes.size()
              + " attribute sets");
    }
    List<SeriesProblem> problems = new ArrayList<>();
    checkConsistency(attributes, problems);
    SliceGeometry reference = mostCommonOrientation(slices);
    checkSizes(slices, reference, problems);
    checkOrientations(slices, reference, problems);

    long withPosition = slices.stream().filter(s -> s.position_Patient().isPresent()).count();
    if (withPosition == 0) {
      return withoutPositions(slices, attributes, problems);
    }
    if (withPosition < slices.size()) {
      SliceGeometry missing =
          slices.stream().filter(s -> s.position_Patient().isEmpty()).findFirst().orElseThrow();
      problems.add(
          SeriesProblem.of(
              Kind.NO_POSITIONS,
              Handling.REFUSED,
              missing.origin()
                  + " has no Image Position (Patient) (0020,0032) while "
                  + withPosition
                  + " of "
                  + slices.size()
                  + " slices have one: they cannot be placed together"));
      List<Integer> order = IntStream.range(0, slices.size()).boxed().toList();
      return refusedGrid(slices, order, problems, fallbackSpacing(reference));
    }
    return withPositions(slices, reference, problems);
  }

  private static SeriesGeometry withPositions(
      List<SliceGeometry> slices, SliceGeometry reference, List<SeriesProblem> problems) {
    Vector3 normal = reference.normal();
    double[] distance = new double[slices.size()];
    for (int n = 0; n < distance.length; n++) {
      distance[n] = slices.get(n).position_Patient().orElseThrow().dot(normal);
    }
    List<Integer> order =
        IntStream.range(0, slices.size())
            .boxed()
            .sorted(Comparator.comparingDouble(n -> distance[n]))
            .toList();
    List<SliceGeometry> sorted = order.stream().map(slices::get).toList();
    int count = sorted.size();
    if (count == 1) {
      double spacing = fallbackSpacing(reference);
      problems.add(
          SeriesProblem.of(
              Kind.SINGLE_SLICE,
              Handling.ACCEPTED,
              String.format(
                  Locale.ROOT,
                  "a single slice: no spacing can be measured; %.3f mm taken from %s",
                  spacing,
                  reference.spacingBetweenSlicesMm().isPresent()
                      ? "Spacing Between Slices (0018,0088)"
                      : reference.sliceThicknessMm().isPresent()
                          ? "Slice Thickness (0018,0050)"
                          : "neither header (assumed)")));
      return grid(sorted, order, count, spacing, normal.times(spacing), problems);
    }

    double[] steps = new double[count - 1];
    for (int k = 0; k + 1 < count; k++) {
      steps[k] = distance[order.get(k + 1)] - distance[order.get(k)];
    }
    double first = distance[order.get(0)];
    double extent = distance[order.get(count - 1)] - first;
    double meanStep = extent / (count - 1);

    checkDuplicates(sorted, steps, distance[order.get(0)], problems);
    double[] distinct = Arrays.stream(steps).filter(s -> s >= DUPLICATE_DISTANCE_MM).toArray();
    if (distinct.length == 0) {
      // Every slice at one place: a cine or multi-echo acquisition, not a volume.
      return refusedGrid(sorted, order, problems, fallbackSpacing(reference));
    }
    boolean regular =
        distinct.length == steps.length
            && Arrays.stream(steps)
                .allMatch(s -> Math.abs(s - meanStep) <= REGULAR_STEP_TOLERANCE * meanStep);
    double gridSpacing = meanStep;
    if (!regular) {
      // The median step is the one the scanner meant; gaps are measured against it. Should no
      // step stray 2 % from the median though some stray from the mean, measure against the mean.
      gridSpacing = median(distinct);
      if (!reportIrregularSteps(sorted, steps, gridSpacing, problems)
          && distinct.length == steps.length) {
        gridSpacing = meanStep;
        reportIrregularSteps(sorted, steps, gridSpacing, problems);
      }
    }
    reportHeaderSpacing(reference, gridSpacing, problems);
    checkTilt(sorted, normal, problems);

    if (problems.stream().anyMatch(p -> p.handling() == Handling.REFUSED)) {
      return refusedGrid(sorted, order, problems, gridSpacing);
    }
    if (problems.stream().anyMatch(p -> p.handling() == Handling.RESAMPLED)) {
      int gridSlices = (int) Math.round(extent / gridSpacing) + 1;
      return grid(sorted, order, gridSlices, gridSpacing, normal.times(gridSpacing), problems);
    }
    return grid(sorted, order, count, meanStep, normal.times(meanStep), problems);
  }

  private static void checkDuplicates(
      List<SliceGeometry> sorted, double[] steps, double firstDistance, List<SeriesProblem> out) {
    List<String> pairs = new ArrayList<>();
    double along = firstDistance;
    for (int k = 0; k < steps.length; k++) {
      if (steps[k] < DUPLICATE_DISTANCE_MM) {
        pairs.add(
            String.format(
                Locale.ROOT,
                "%s and %s (sorted %d and %d) at %.3f mm along the normal",
                sorted.get(k).origin(),
                sorted.get(k + 1).origin(),
                k,
                k + 1,
                along));
      }
      along += steps[k];
    }
    if (!pairs.isEmpty()) {
      String shown = String.join("; ", pairs.subList(0, Math.min(3, pairs.size())));
      out.add(
          SeriesProblem.of(
              Kind.DUPLICATE_POSITION,
              Handling.REFUSED,
              pairs.size()
                  + " pair(s) of slices share a position (closer than "
                  + DUPLICATE_DISTANCE_MM
                  + " mm): "
                  + shown
                  + (pairs.size() > 3 ? "; ..." : "")
                  + " (several acquisitions, echoes or phases in one series; which slice belongs"
                  + " to the volume is not decidable)"));
    }
  }

  /** Reports the steps that differ from {@code expected} by over 2 %; false when there are none. */
  private static boolean reportIrregularSteps(
      List<SliceGeometry> sorted, double[] steps, double expected, List<SeriesProblem> out) {
    List<String> gaps = new ArrayList<>();
    double largestInSteps = 0;
    for (int k = 0; k < steps.length; k++) {
      if (steps[k] < DUPLICATE_DISTANCE_MM) {
        continue; // reported as a duplicate
      }
      if (Math.abs(steps[k] - expected) > REGULAR_STEP_TOLERANCE * expected) {
        double inSteps = steps[k] / expected;
        largestInSteps = Math.max(largestInSteps, inSteps);
        long missing = Math.round(inSteps) - 1;
        String missingText =
            missing >= 1
                    && Math.abs(inSteps - Math.rint(inSteps)) <= REGULAR_STEP_TOLERANCE * inSteps
                ? String.format(Locale.ROOT, ", %d missing slice(s)", missing)
                : "";
        gaps.add(
            String.format(
                Locale.ROOT,
                "between sorted slices %d and %d (%s, %s) the step is %.3f mm, expected %.3f mm%s",
                k,
                k + 1,
                sorted.get(k).origin(),
                sorted.get(k + 1).origin(),
                steps[k],
                expected,
                missingText));
      }
    }
    if (gaps.isEmpty()) {
      return false;
    }
    Handling handling =
        largestInSteps <= LARGEST_RESAMPLED_GAP_IN_STEPS + REGULAR_STEP_TOLERANCE
            ? Handling.RESAMPLED
            : Handling.REFUSED;
    String reason =
        handling == Handling.REFUSED
            ? String.format(
                Locale.ROOT,
                " (a gap of %.1f steps is more than %.0f; interpolating across it would invent"
                    + " anatomy)",
                largestInSteps,
                LARGEST_RESAMPLED_GAP_IN_STEPS)
            : String.format(
                Locale.ROOT, " (gaps are interpolated linearly at %.3f mm spacing)", expected);
    out.add(
        SeriesProblem.of(
            Kind.IRREGULAR_SPACING,
            handling,
            "irregular slice spacing (steps differ from "
                + String.format(Locale.ROOT, "%.3f mm", expected)
                + " by more than "
                + Math.round(REGULAR_STEP_TOLERANCE * 100)
                + " %): "
                + String.join("; ", gaps)
                + reason));
    return true;
  }

  private static void reportHeaderSpacing(
      SliceGeometry reference, double measured, List<SeriesProblem> out) {
    if (reference.spacingBetweenSlicesMm().isEmpty()) {
      return;
    }
    double header = reference.spacingBetweenSlicesMm().getAsDouble();
    if (Math.abs(header - measured) > HEADER_SPACING_TOLERANCE * measured) {
      out.add(
          SeriesProblem.of(
              Kind.HEADER_SPACING_DISAGREES,
              Handling.ACCEPTED,
              String.format(
                  Locale.ROOT,
                  "Spacing Between Slices (0018,0088) says %.3f mm but the positions are %.3f mm"
                      + " apart along the normal; the positions are used",
                  header,
                  measured)));
    }
  }

  /**
   * The angle between the normal and the line through successive slice positions: zero for a
   * straight stack, the gantry tilt for a sheared one. Reported when larger than the tolerance;
   * refused when the in-plane offsets do not grow steadily (no single tilt explains them).
   */
  private static void checkTilt(
      List<SliceGeometry> sorted, Vector3 normal, List<SeriesProblem> out) {
    Vector3 first = sorted.get(0).position_Patient().orElseThrow();
    Vector3 last = sorted.get(sorted.size() - 1).position_Patient().orElseThrow();
    Vector3 span = last.minus(first);
    double along = span.dot(normal);
    Vector3 inPlane = span.minus(normal.times(along));
    double tiltDegrees = Math.toDegrees(Math.atan2(inPlane.length(), along));
    if (tiltDegrees <= TILT_TOLERANCE_DEGREES) {
      return;
    }
    // Each slice should sit on the line from the first to the last slice's position.
    Vector3 shearPerMm = inPlane.times(1 / along);
    double worstMm = 0;
    for (SliceGeometry slice : sorted) {
      Vector3 offset = slice.position_Patient().orElseThrow().minus(first);
      double d = offset.dot(normal);
      Vector3 expected = normal.times(d).plus(shearPerMm.times(d));
      worstMm = Math.max(worstMm, offset.minus(expected).length());
    }
    SliceGeometry reference = sorted.get(0);
    double tolerance = 0.1 * Math.min(reference.rowSpacingMm(), reference.columnSpacingMm());
    double perSliceMm = inPlane.length() / (sorted.size() - 1);
    String numbers =
        String.format(
            Locale.ROOT,
            "gantry tilt: successive positions move %.3f mm in the image plane per slice, the"
                + " stack is sheared by %.2f degrees from the normal",
            perSliceMm,
            tiltDegrees);
    if (worstMm > tolerance) {
      out.add(
          SeriesProblem.of(
              Kind.GANTRY_TILT,
              Handling.REFUSED,
              numbers
                  + String.format(
                      Locale.ROOT,
                      ", but unevenly (a slice is %.3f mm off the straight line)",
                      worstMm)));
    } else {
      out.add(
          SeriesProblem.of(
              Kind.GANTRY_TILT,
              Handling.RESAMPLED,
              numbers + " (each slice is shifted back in plane onto a grid along the normal)"));
    }
  }

  private static SeriesGeometry withoutPositions(
      List<SliceGeometry> slices, List<SliceAttributes> attributes, List<SeriesProblem> problems) {
    SliceGeometry reference = slices.get(0);
    boolean numbered = attributes.stream().allMatch(a -> a.instanceNumber().isPresent());
    Comparator<Integer> byNumber =
        Comparator.comparingInt(n -> attributes.get(n).instanceNumber().orElse(0));
    Comparator<Integer> byFrame = Comparator.comparingInt(n -> slices.get(n).frameIndex());
    List<Integer> order =
        IntStream.range(0, slices.size())
            .boxed()
            .sorted(numbered ? byNumber.thenComparing(byFrame) : byFrame)
            .toList();
    List<SliceGeometry> sorted = order.stream().map(slices::get).toList();
    String source;
    double spacing;
    if (reference.spacingBetweenSlicesMm().isPresent()) {
      spacing = reference.spacingBetweenSlicesMm().getAsDouble();
      source = "Spacing Between Slices (0018,0088)";
    } else if (reference.sliceThicknessMm().isPresent()) {
      spacing = reference.sliceThicknessMm().getAsDouble();
      source = "Slice Thickness (0018,0050)";
    } else {
      problems.add(
          SeriesProblem.of(
              Kind.NO_POSITIONS,
              Handling.REFUSED,
              "no Image Position (Patient) (0020,0032), Spacing Between Slices (0018,0088) or"
                  + " Slice Thickness (0018,0050): the slice spacing is unknown"));
      return refusedGrid(sorted, order, problems, 1);
    }
    problems.add(
        SeriesProblem.of(
            Kind.NO_POSITIONS,
            Handling.ACCEPTED,
            String.format(
                Locale.ROOT,
                "no Image Position (Patient) (0020,0032) in any slice: slices ordered by %s,"
                    + " spacing %.3f mm taken from %s, origin unknown (placed at 0, 0, 0)",
                numbered ? "Instance Number" : "frame number",
                spacing,
                source)));
    if (problems.stream().anyMatch(p -> p.handling() == Handling.REFUSED)) {
      return refusedGrid(sorted, order, problems, spacing);
    }
    Vector3 normal = reference.normal();
    return gridAt(
        sorted, order, sorted.size(), spacing, normal.times(spacing), Vector3.ZERO, problems);
  }

  /** A slice of the largest group sharing one orientation: a stray localizer is the odd one. */
  private static SliceGeometry mostCommonOrientation(List<SliceGeometry> slices) {
    SliceGeometry best = slices.get(0);
    int bestCount = 0;
    for (SliceGeometry candidate : slices) {
      int count = 0;
      for (SliceGeometry other : slices) {
        if (orientationAngle(candidate, other) <= ORIENTATION_TOLERANCE_DEGREES) {
          count++;
        }
      }
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
      if (bestCount * 2 > slices.size()) {
        break; // a majority cannot be beaten
      }
    }
    return best;
  }

  private static double orientationAngle(SliceGeometry a, SliceGeometry b) {
    return Math.max(
        a.rowDirection().angleDegreesTo(b.rowDirection()),
        a.columnDirection().angleDegreesTo(b.columnDirection()));
  }

  private static void checkSizes(
      List<SliceGeometry> slices, SliceGeometry reference, List<SeriesProblem> out) {
    for (SliceGeometry s : slices) {
      if (s.rows() != reference.rows() || s.columns() != reference.columns()) {
        out.add(
            SeriesProblem.of(
                Kind.MIXED_SLICE_SIZE,
                Handling.REFUSED,
                String.format(
                    Locale.ROOT,
                    "%s is %d x %d pixels, %s is %d x %d",
                    s.origin(),
                    s.columns(),
                    s.rows(),
                    reference.origin(),
                    reference.columns(),
                    reference.rows())));
        return;
      }
      if (Math.abs(s.rowSpacingMm() - reference.rowSpacingMm()) > 1e-3 * reference.rowSpacingMm()
          || Math.abs(s.columnSpacingMm() - reference.columnSpacingMm())
              > 1e-3 * reference.columnSpacingMm()) {
        out.add(
            SeriesProblem.of(
                Kind.MIXED_SLICE_SIZE,
                Handling.REFUSED,
                String.format(
                    Locale.ROOT,
                    "Pixel Spacing (0028,0030) of %s is %.4f\\%.4f mm, of %s %.4f\\%.4f mm",
                    s.origin(),
                    s.rowSpacingMm(),
                    s.columnSpacingMm(),
                    reference.origin(),
                    reference.rowSpacingMm(),
                    reference.columnSpacingMm())));
        return;
      }
    }
  }

  private static void checkOrientations(
      List<SliceGeometry> slices, SliceGeometry reference, List<SeriesProblem> out) {
    double worst = 0;
    SliceGeometry worstSlice = reference;
    int differing = 0;
    for (SliceGeometry s : slices) {
      double angle = orientationAngle(s, reference);
      if (angle > ORIENTATION_TOLERANCE_DEGREES) {
        differing++;
      }
      if (angle > worst) {
        worst = angle;
        worstSlice = s;
      }
    }
    if (differing > 0) {
      out.add(
          SeriesProblem.of(
              Kind.MIXED_ORIENTATION,
              Handling.REFUSED,
              String.format(
                  Locale.ROOT,
                  "mixed orientations: %d of %d slices differ from %s by more than %.1f degrees,"
                      + " up to %.2f degrees (%s, orientation %s) (a localizer or a second stack"
                      + " in the series)",
                  differing,
                  slices.size(),
                  reference.origin(),
                  ORIENTATION_TOLERANCE_DEGREES,
                  worst,
                  worstSlice.origin(),
                  Arrays.toString(worstSlice.orientation()))));
    }
  }

  private static void checkConsistency(List<SliceAttributes> attributes, List<SeriesProblem> out) {
    differs(
        attributes,
        SliceAttributes::patientId,
        "Patient ID (0010,0020)",
        Kind.PATIENT_MISMATCH,
        out);
    differs(
        attributes,
        SliceAttributes::patientName,
        "Patient's Name (0010,0010)",
        Kind.PATIENT_MISMATCH,
        out);
    differs(
        attributes,
        SliceAttributes::frameOfReferenceUid,
        "Frame of Reference UID (0020,0052)",
        Kind.FRAME_OF_REFERENCE_MISMATCH,
        out);
    differs(
        attributes,
        SliceAttributes::laterality,
        "laterality (Frame Laterality (0020,9072), Image Laterality (0020,0062) or Laterality"
            + " (0020,0060))",
        Kind.LATERALITY_MISMATCH,
        out);
    Set<String> rescales = new LinkedHashSet<>();
    for (SliceAttributes a : attributes) {
      rescales.add(
          String.format(
              Locale.ROOT, "slope %s intercept %s", a.rescaleSlope(), a.rescaleIntercept()));
    }
    if (rescales.size() > 1) {
      out.add(
          SeriesProblem.of(
              Kind.MIXED_RESCALE,
              Handling.REFUSED,
              "Rescale Slope (0028,1053) / Intercept (0028,1052) differ between slices: "
                  + String.join(", ", rescales)
                  + " (a volume holds one rescale)"));
    }
  }

  private static void differs(
      List<SliceAttributes> attributes,
      Function<SliceAttributes, String> value,
      String what,
      Kind kind,
      List<SeriesProblem> out) {
    Set<String> values = new LinkedHashSet<>();
    SliceAttributes firstDiffering = null;
    for (SliceAttributes a : attributes) {
      String v = value.apply(a);
      if (!values.isEmpty() && !values.contains(v) && firstDiffering == null) {
        firstDiffering = a;
      }
      values.add(v);
    }
    if (values.size() > 1) {
      out.add(
          SeriesProblem.of(
              kind,
              Handling.REFUSED,
              what
                  + " differs within the series: "
                  + values.stream().map(v -> "'" + v + "'").toList()
                  + " (first difference at "
                  + firstDiffering.origin()
                  + ")"));
    }
  }

  private static double fallbackSpacing(SliceGeometry reference) {
    return reference.spacingBetweenSlicesMm().orElse(reference.sliceThicknessMm().orElse(1.0));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static SeriesGeometry refusedGrid(
      List<SliceGeometry> sorted,
      List<Integer> order,
      List<SeriesProblem> problems,
      double spacing) {
    SliceGeometry first = sorted.get(0);
    Vector3 origin = first.position_Patient().orElse(Vector3.ZERO);
    return build(
        sorted,
        order,
        sorted.size(),
        spacing,
        first.normal().times(spacing),
        origin,
        SeriesGeometry.Decision.REFUSED,
        problems);
  }

  private static SeriesGeometry grid(
      List<SliceGeometry> sorted,
      List<Integer> order,
      int slices,
      double spacing,
      Vector3 sliceStep,
      List<SeriesProblem> problems) {
    return gridAt(
        sorted,
        order,
        slices,
        spacing,
        sliceStep,
        sorted.get(0).position_Patient().orElseThrow(),
        problems);
  }

  private static SeriesGeometry gridAt(
      List<SliceGeometry> sorted,
      List<Integer> order,
      int slices,
      double spacing,
      Vector3 sliceStep,
      Vector3 origin,
      List<SeriesProblem> problems) {
    SeriesGeometry.Decision decision =
        problems.stream().anyMatch(p -> p.handling() == Handling.REFUSED)
            ? SeriesGeometry.Decision.REFUSED
            : problems.stream().anyMatch(p -> p.handling() == Handling.RESAMPLED)
                ? SeriesGeometry.Decision.RESAMPLED
                : SeriesGeometry.Decision.AS_ACQUIRED;
    return build(sorted, order, slices, spacing, sliceStep, origin, decision, problems);
  }

  private static SeriesGeometry build(
      List<SliceGeometry> sorted,
      List<Integer> order,
      int slices,
      double spacing,
      Vector3 sliceStep,
      Vector3 origin,
      SeriesGeometry.Decision decision,
      List<SeriesProblem> problems) {
    SliceGeometry first = sorted.get(0);
    ImageToPatient imageToPatient =
        ImageToPatient.of(
            first.rowDirection().times(first.columnSpacingMm()),
            first.columnDirection().times(first.rowSpacingMm()),
            sliceStep,
            origin);
    return new SeriesGeometry(
        sorted,
        order,
        first.columns(),
        first.rows(),
        slices,
        first.columnSpacingMm(),
        first.rowSpacingMm(),
        spacing,
        imageToPatient,
        decision,
        problems);
  }
}
