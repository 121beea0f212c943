package org.cryows.imaging.volume;

import static org.cryows.imaging.volume.SliceHeaderReaderTest.assertVector;
import static org.cryows.imaging.volume.SyntheticSeries.X;
import static org.cryows.imaging.volume.SyntheticSeries.Y;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cryows.imaging.adapter.DicomHeaders;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.volume.SeriesGeometry.Decision;
import org.cryows.imaging.volume.SeriesProblem.Handling;
import org.cryows.imaging.volume.SeriesProblem.Kind;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Test;

class SeriesAnalyzerTest {

  @Test
  void analyze_realProstateMr_sortedAlongNormalWithSpacingFromPositions() throws Exception {
    Path folder = SharedTestData.dicom("mr/prostate_adc_20slices");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.sorted().toList();
    }
    List<DicomDataset> headers = new ArrayList<>();
    for (Path f : files) {
      headers.add(DicomHeaders.read(f));
    }
    // Independently of the code under test: normal = row x column from the raw cosines,
    // distance of each slice = position . normal.
    double[] iop = headers.get(0).decimals(Tags.IMAGE_ORIENTATION_PATIENT);
    double[] r = {iop[0], iop[1], iop[2]};
    double[] c = {iop[3], iop[4], iop[5]};
    double[] n = {r[1] * c[2] - r[2] * c[1], r[2] * c[0] - r[0] * c[2], r[0] * c[1] - r[1] * c[0]};
    double[] distance = new double[headers.size()];
    for (int s = 0; s < distance.length; s++) {
      double[] p = headers.get(s).decimals(Tags.IMAGE_POSITION_PATIENT);
      distance[s] = p[0] * n[0] + p[1] * n[1] + p[2] * n[2];
    }
    List<Integer> expectedOrder =
        IntStream.range(0, distance.length)
            .boxed()
            .sorted(Comparator.comparingDouble(s -> distance[s]))
            .toList();
    double expectedSpacing =
        (distance[expectedOrder.get(19)] - distance[expectedOrder.get(0)]) / 19;

    SeriesGeometry series = SeriesAnalyzer.analyzeHeaders(headers);

    assertEquals(expectedOrder, series.order());
    assertTrue(
        !expectedOrder.equals(IntStream.range(0, 20).boxed().toList()), "files are shuffled");
    assertEquals(Decision.AS_ACQUIRED, series.decision(), series.problemTexts().toString());
    assertEquals(List.of(), series.problems());
    assertEquals(20, series.slices());
    assertEquals(3.0, expectedSpacing, 0.001);
    // The code orthonormalises the rounded cosines; that moves the normal by about 1e-6.
    assertEquals(expectedSpacing, series.sliceSpacingMm(), 1e-5);
    assertEquals(0.7031, series.columnSpacingMm(), 1e-9);
    // ImageToPatient maps voxel (i, j, k) onto the k-th sorted slice's position + i * row step +
    // j * column step (PS3.3 C.7.6.2.1.1), to within the positions' rounding.
    ImageToPatient t = series.imageToPatient();
    for (int k : new int[] {0, 7, 19}) {
      double[] p = headers.get(expectedOrder.get(k)).decimals(Tags.IMAGE_POSITION_PATIENT);
      for (int[] ij : new int[][] {{0, 0}, {255, 0}, {17, 203}}) {
        int i = ij[0];
        int j = ij[1];
        Vector3 expected =
            new Vector3(
                p[0] + i * r[0] * 0.7031 + j * c[0] * 0.7031,
                p[1] + i * r[1] * 0.7031 + j * c[1] * 0.7031,
                p[2] + i * r[2] * 0.7031 + j * c[2] * 0.7031);
        Vector3 actual = t.apply(i, j, k);
        assertEquals(0, actual.minus(expected).length(), 0.01, () -> expected + " vs " + actual);
      }
    }
  }

  @Test
  void analyze_enhancedCt_framesSortedAlongNormal() throws Exception {
    DicomDataset header =
        DicomHeaders.read(SharedTestData.dicom("ct/eCT_Supplemental_enhancedCT_2frame.dcm"));
    SeriesGeometry series = SeriesAnalyzer.analyzeHeaders(List.of(header));
    // Row (-1, 0, 0) x column (0, 1, 0) = (0, 0, -1): frame 2 (z = -149) comes first.
    assertEquals(List.of(1, 0), series.order());
    assertEquals(10.0, series.sliceSpacingMm(), 1e-9);
    assertVector(new Vector3(0, 0, -10), series.imageToPatient().sliceStep());
    assertVector(new Vector3(99.5, -301.5, -149), series.imageToPatient().origin_Patient());
    assertVector(
        new Vector3(99.5 - 0.388672 * 511, -301.5, -159), series.imageToPatient().apply(511, 0, 1));
    assertEquals(Decision.AS_ACQUIRED, series.decision());
  }

  @Test
  void analyze_enhancedMrKneeAllFramesAtOnePosition_refusedAsDuplicates() throws Exception {
    DicomDataset header =
        DicomHeaders.read(SharedTestData.dicom("mr/MOVEKNEE_enhancedMR_knee_19frames.dcm"));
    SeriesGeometry series = SeriesAnalyzer.analyzeHeaders(List.of(header));
    assertEquals(Decision.REFUSED, series.decision());
    SeriesProblem problem = only(series, Kind.DUPLICATE_POSITION);
    assertEquals(Handling.REFUSED, problem.handling());
    assertTrue(problem.text().startsWith("18 pair(s) of slices share a position"), problem.text());
    assertTrue(problem.text().endsWith("- refused"), problem.text());
  }

  @Test
  void analyze_obliqueShuffledWithDisagreeingHeaderSpacing_positionsWin() {
    // Orientation rotated 30 degrees about z, then tilted 20 degrees about the new row axis.
    double a = Math.toRadians(30);
    double b = Math.toRadians(20);
    Vector3 row = new Vector3(Math.cos(a), Math.sin(a), 0);
    Vector3 column =
        new Vector3(-Math.sin(a) * Math.cos(b), Math.cos(a) * Math.cos(b), Math.sin(b));
    Vector3 normal = row.cross(column);
    Vector3 origin = new Vector3(12.5, -40, 7);
    List<Integer> inputOrder = new ArrayList<>(IntStream.range(0, 12).boxed().toList());
    Collections.shuffle(inputOrder, new Random(42));
    SyntheticSeries series = new SyntheticSeries().spacingBetweenSlices(4.0);
    for (int k : inputOrder) {
      series.slice(origin.plus(normal.times(2.5 * k)), row, column);
    }

    SeriesGeometry result = series.analyze();

    List<Integer> sortedInputIndices =
        IntStream.range(0, 12).boxed().sorted(Comparator.comparingInt(inputOrder::get)).toList();
    assertEquals(sortedInputIndices, result.order());
    assertEquals(2.5, result.sliceSpacingMm(), 1e-9);
    assertEquals(Decision.AS_ACQUIRED, result.decision());
    SeriesProblem note = only(result, Kind.HEADER_SPACING_DISAGREES);
    assertEquals(Handling.ACCEPTED, note.handling());
    assertTrue(note.text().contains("says 4.000 mm but the positions are 2.500 mm"), note.text());
    ImageToPatient t = result.imageToPatient();
    Vector3 expected =
        origin.plus(row.times(0.5 * 3)).plus(column.times(0.5 * 2)).plus(normal.times(2.5 * 11));
    assertVector(expected, t.apply(3, 2, 11));
    Vector3 back = t.inverse().apply(expected);
    assertVector(new Vector3(3, 2, 11), back);
  }

  @Test
  void analyze_missingSlice_resampledWithTheGapNamed() {
    SyntheticSeries series = new SyntheticSeries();
    for (double z : new double[] {0, 1.5, 3, 6, 7.5}) {
      series.slice(new Vector3(0, 0, z), X, Y);
    }
    SeriesGeometry result = series.analyze();
    assertEquals(Decision.RESAMPLED, result.decision());
    assertEquals(6, result.slices());
    assertEquals(1.5, result.sliceSpacingMm(), 1e-9);
    SeriesProblem gap = only(result, Kind.IRREGULAR_SPACING);
    assertTrue(
        gap.text()
            .contains(
                "between sorted slices 2 and 3 (slice2.dcm, slice3.dcm) the step is 3.000 mm,"
                    + " expected 1.500 mm, 1 missing slice(s)"),
        gap.text());
    assertTrue(gap.text().endsWith("resampled onto a uniform grid"), gap.text());
  }

  @Test
  void analyze_stepsWithinTwoPercent_regularWithTheirMean() {
    SyntheticSeries series = new SyntheticSeries();
    double[] z = {0, 1.0, 2.01, 2.99, 4.0};
    for (double v : z) {
      series.slice(new Vector3(0, 0, v), X, Y);
    }
    SeriesGeometry result = series.analyze();
    assertEquals(Decision.AS_ACQUIRED, result.decision());
    assertEquals(1.0, result.sliceSpacingMm(), 1e-12);
  }

  @Test
  void analyze_stepOffTheMeanButNotTheMedian_reportedAgainstTheMeanAndResampled() {
    // Steps 0.981, 1.0, 1.0, 1.019, 1.019: all within 2 % of the median 1.0, but 0.981 is 2.3 %
    // below the mean 1.0038, so the series is not regular by the rule.
    double[] steps = {0.981, 1.0, 1.0, 1.019, 1.019};
    SyntheticSeries series = new SyntheticSeries();
    double z = 0;
    series.slice(new Vector3(0, 0, z), X, Y);
    for (double step : steps) {
      z += step;
      series.slice(new Vector3(0, 0, z), X, Y);
    }
    SeriesGeometry result = series.analyze();
    double mean = z / steps.length;
    assertEquals(Decision.RESAMPLED, result.decision());
    assertEquals(mean, result.sliceSpacingMm(), 1e-12);
    assertEquals(6, result.slices());
    SeriesProblem problem = only(result, Kind.IRREGULAR_SPACING);
    assertTrue(problem.text().contains("the step is 0.981 mm, expected 1.004 mm"), problem.text());
  }

  @Test
  void analyze_gapOfFiveSteps_refused() {
    SyntheticSeries series = new SyntheticSeries();
    for (double z : new double[] {0, 1, 2, 7, 8}) {
      series.slice(new Vector3(0, 0, z), X, Y);
    }
    SeriesGeometry result = series.analyze();
    assertEquals(Decision.REFUSED, result.decision());
    SeriesProblem gap = only(result, Kind.IRREGULAR_SPACING);
    assertTrue(
        gap.text().contains("the step is 5.000 mm, expected 1.000 mm, 4 missing slice(s)"),
        gap.text());
    assertTrue(gap.text().endsWith("- refused"), gap.text());
  }

  @Test
  void analyze_duplicatePosition_refused() {
    SyntheticSeries series = SyntheticSeries.axial(4, 0, 2);
    series.slice(new Vector3(-10, -20, 4), X, Y);
    SeriesGeometry result = series.analyze();
    assertEquals(Decision.REFUSED, result.decision());
    SeriesProblem duplicate = only(result, Kind.DUPLICATE_POSITION);
    assertTrue(duplicate.text().contains("at 4.000 mm along the normal"), duplicate.text());
  }

  @Test
  void analyze_mixedOrientations_refusedWithTheAngle() {
    SyntheticSeries series = SyntheticSeries.axial(4, 0, 2);
    double a = Math.toRadians(5);
    series.slice(
        new Vector3(-10, -20, 8),
        new Vector3(Math.cos(a), Math.sin(a), 0),
        new Vector3(-Math.sin(a), Math.cos(a), 0));
    SeriesGeometry result = series.analyze();
    assertEquals(Decision.REFUSED, result.decision());
    SeriesProblem mixed = only(result, Kind.MIXED_ORIENTATION);
    assertTrue(mixed.text().contains("1 of 5 slices differ"), mixed.text());
    assertTrue(mixed.text().contains("up to 5.00 degrees (slice4.dcm"), mixed.text());
  }

  @Test
  void analyze_localizerFirst_theMajorityOrientationIsTheReference() {
    SyntheticSeries series = new SyntheticSeries();
    series.slice(new Vector3(0, 0, 0), X, new Vector3(0, 0, -1)); // a coronal localizer
    for (int k = 0; k < 4; k++) {
      series.slice(new Vector3(-10, -20, 2 * k), X, Y);
    }
    SeriesProblem mixed = only(series.analyze(), Kind.MIXED_ORIENTATION);
    assertTrue(mixed.text().contains("1 of 5 slices differ from slice1.dcm"), mixed.text());
    assertTrue(mixed.text().contains("up to 90.00 degrees (slice0.dcm"), mixed.text());
  }

  @Test
  void analyze_gantryTilt_resampledWithTheAngle() {
    SyntheticSeries series = new SyntheticSeries();
    double tilt = Math.toRadians(15);
    for (int k = 0; k < 6; k++) {
      // Each slice 2 mm further along the normal (z) and shifted 2 tan 15 mm along the columns (y).
      series.slice(new Vector3(0, 2 * k * Math.tan(tilt), 2 * k), X, Y);
    }
    SeriesGeometry result = series.analyze();
    assertEquals(Decision.RESAMPLED, result.decision());
    assertEquals(2.0, result.sliceSpacingMm(), 1e-9);
    assertVector(new Vector3(0, 0, 2), result.imageToPatient().sliceStep());
    SeriesProblem problem = only(result, Kind.GANTRY_TILT);
    assertTrue(problem.text().contains("sheared by 15.00 degrees"), problem.text());
    assertTrue(
        problem
            .text()
            .contains(String.format(java.util.Locale.ROOT, "%.3f mm", 2 * Math.tan(tilt))),
        problem.text());
  }

  @Test
  void analyze_mismatchedPatientFrameOfReferenceAndLaterality_refusedEach() {
    SyntheticSeries series =
        SyntheticSeries.axial(3, 0, 1)
            .patientId(1, "PAT-2")
            .frameOfReference(2, "1.2.3.5")
            .laterality(0, "L")
            .laterality(1, "R");
    SeriesGeometry result = series.analyze();
    assertEquals(Decision.REFUSED, result.decision());
    assertTrue(only(result, Kind.PATIENT_MISMATCH).text().contains("'PAT-1', 'PAT-2'"));
    assertTrue(only(result, Kind.FRAME_OF_REFERENCE_MISMATCH).text().contains("slice2.dcm"));
    assertTrue(only(result, Kind.LATERALITY_MISMATCH).text().contains("'L', 'R'"));
  }

  @Test
  void analyze_noPositions_fallsBackToHeaderSpacingAndSaysSo() {
    List<SliceGeometry> slices = new ArrayList<>();
    List<SliceAttributes> attributes = new ArrayList<>();
    for (int n = 0; n < 3; n++) {
      slices.add(
          new SliceGeometry(
              "s" + n,
              0,
              4,
              4,
              java.util.Optional.empty(),
              X,
              Y,
              1,
              1,
              java.util.OptionalDouble.of(1.2),
              java.util.OptionalDouble.of(3)));
      attributes.add(
          new SliceAttributes("s" + n, "P", "N", "F", "", java.util.OptionalInt.of(3 - n), 1, 0));
    }
    SeriesGeometry result = SeriesAnalyzer.analyze(slices, attributes);
    assertEquals(List.of(2, 1, 0), result.order());
    assertEquals(1.2, result.sliceSpacingMm(), 1e-12);
    SeriesProblem note = only(result, Kind.NO_POSITIONS);
    assertEquals(Handling.ACCEPTED, note.handling());
    assertTrue(
        note.text()
            .contains(
                "ordered by Instance Number, spacing 1.200 mm taken from Spacing Between Slices"),
        note.text());
  }

  @Test
  void analyze_singleSlice_spacingFromHeaderAndSaysSo() {
    SeriesGeometry result = SyntheticSeries.axial(1, 5, 1).spacingBetweenSlices(2.5).analyze();
    assertEquals(Decision.AS_ACQUIRED, result.decision());
    assertEquals(2.5, result.sliceSpacingMm(), 1e-12);
    assertTrue(
        only(result, Kind.SINGLE_SLICE)
            .text()
            .contains("a single slice: no spacing can be measured; 2.500 mm taken from Spacing"));
  }

  static SeriesProblem only(SeriesGeometry series, Kind kind) {
    List<SeriesProblem> found = series.problems().stream().filter(p -> p.kind() == kind).toList();
    assertEquals(1, found.size(), () -> kind + " in " + series.problemTexts());
    return found.get(0);
  }
}
