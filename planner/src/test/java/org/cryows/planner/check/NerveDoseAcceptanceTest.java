package org.cryows.planner.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.cli.IceballCommand;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.prediction.ModelPath;
import org.cryows.planner.prediction.PredictionService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The acceptance case of the nerve dose: a straight nerve crossing one probe's axis at right angles
 * through the middle of its active segment, at a distance d, in several orientations of the patient
 * frame. The dose must be 2 sqrt(R^2 - d^2) within 0.5 mm, R the -20 C radius there from the
 * axisymmetric model as {@code iceball} prints it for the same probe, setpoint and protocol; d > R
 * gives 0 and a fail; d = 0 (the nerve through the probe) counts at the wall's temperature.
 */
class NerveDoseAcceptanceTest {

  private static final double ACTIVE_MM = ProbeCatalog.byId(CheckFixtures.PROBE).activeLengthMm();
  private static final double HALF_NERVE_MM = 15;
  private static double radiusMm;

  /** The -20 C radius at the middle of the active segment, largest over the protocol. */
  @BeforeAll
  static void radiusFromIceball() throws Exception {
    List<String> times = new ArrayList<>();
    for (int t = 10; t <= 140; t += 10) {
      times.add(Integer.toString(t));
    }
    for (int t = 142; t <= 210; t += 2) {
      times.add(Integer.toString(t));
    }
    var out = new StringWriter();
    var err = new StringWriter();
    var iceball = new CommandLine(new IceballCommand());
    iceball.setOut(new PrintWriter(out));
    iceball.setErr(new PrintWriter(err));
    int code =
        iceball.execute(
            "--geometry",
            "axisym",
            "--probe",
            CheckFixtures.PROBE,
            "--setpoint-c",
            "-70",
            "--freeze-s",
            "150",
            "--passive-thaw-s",
            "60",
            "--times",
            String.join(",", times),
            "--contours",
            "--json");
    assertEquals(0, code, err.toString());
    JsonNode perTime = new ObjectMapper().readTree(out.toString()).get("contours_mm").get("-20");
    double widest = 0;
    for (JsonNode lines : perTime) {
      widest = Math.max(widest, radiusAt(lines, ACTIVE_MM / 2));
    }
    radiusMm = widest;
    assertTrue(radiusMm > 1.5 && radiusMm < 6, "R = " + radiusMm);
  }

  /** The outermost radius where an (r, z) contour crosses the height z. */
  private static double radiusAt(JsonNode lines, double z) {
    double outermost = 0;
    for (JsonNode line : lines) {
      for (int i = 1; i < line.size(); i++) {
        double r0 = line.get(i - 1).get(0).asDouble();
        double z0 = line.get(i - 1).get(1).asDouble();
        double r1 = line.get(i).get(0).asDouble();
        double z1 = line.get(i).get(1).asDouble();
        if ((z0 - z) * (z1 - z) <= 0 && z0 != z1) {
          outermost = Math.max(outermost, r0 + (r1 - r0) * (z - z0) / (z1 - z0));
        }
      }
    }
    return outermost;
  }

  /** Doses for one orientation at each distance, through the checks the command runs. */
  private static List<CheckResult> doses(Vector3 axis, Vector3 across, double[] distancesMm) {
    Vector3 a = axis.normalized();
    Vector3 e1 = across.minus(a.times(across.dot(a))).normalized();
    Vector3 e2 = a.cross(e1);
    Vector3 tip = new Vector3(12.5, -40.25, 310.75);
    Vector3 middle = tip.plus(a.times(ACTIVE_MM / 2));
    List<CheckResult> results = new ArrayList<>();
    try (var service = new PredictionService()) {
      for (double d : distancesMm) {
        Vector3 crossing = middle.plus(e1.times(d));
        Plan plan =
            CheckFixtures.onePlan(
                List.of(
                    crossing.minus(e2.times(HALF_NERVE_MM)),
                    crossing.plus(e2.times(HALF_NERVE_MM))),
                tip,
                tip.plus(a.times(40)),
                CheckFixtures.ONE_FREEZE,
                List.of());
        var predictions = PlanPredictor.predict(plan, service);
        assertEquals(
            ModelPath.AXISYMMETRIC, predictions.getFirst().prediction().orElseThrow().path());
        var report = PlanChecks.evaluate(plan, predictions, List.of());
        results.add(
            report.results().stream().filter(r -> r.check().equals("nerveDose")).findFirst().get());
      }
    }
    return results;
  }

  @Test
  void nerveCrossingTheAxis_doseIsTheChordOfTheMinus20Circle_inEveryOrientation() {
    double[] shares = {0, 0.5, 0.8};
    double[] distances = new double[shares.length];
    for (int i = 0; i < shares.length; i++) {
      distances[i] = shares[i] * radiusMm;
    }
    var random = new Random(20261207);
    List<Vector3[]> orientations = new ArrayList<>();
    orientations.add(new Vector3[] {new Vector3(0, 0, 1), new Vector3(1, 0, 0)});
    orientations.add(new Vector3[] {new Vector3(1, 0, 0), new Vector3(0, 1, 0)});
    for (int k = 0; k < 3; k++) {
      orientations.add(
          new Vector3[] {
            new Vector3(random.nextGaussian(), random.nextGaussian(), random.nextGaussian()),
            new Vector3(random.nextGaussian(), random.nextGaussian(), random.nextGaussian())
          });
    }
    StringBuilder figures = new StringBuilder("R = " + radiusMm + " mm\n");
    for (Vector3[] orientation : orientations) {
      List<CheckResult> results = doses(orientation[0], orientation[1], distances);
      for (int i = 0; i < distances.length; i++) {
        double d = distances[i];
        double expected = 2 * Math.sqrt(radiusMm * radiusMm - d * d);
        double dose = results.get(i).value().getAsDouble();
        figures.append(
            String.format(
                java.util.Locale.ROOT,
                "axis %s d %.2f: dose %.1f, chord %.2f%n",
                orientation[0],
                d,
                dose,
                expected));
        assertEquals(expected, dose, 0.5, "d = " + d + " mm, axis " + orientation[0]);
      }
    }
    System.out.println(figures);
  }

  @Test
  void nerveBeyondTheMinus20Radius_getsNoDose_andFails() {
    List<CheckResult> results =
        doses(new Vector3(0.3, -0.5, 0.8), new Vector3(1, 0, 0), new double[] {1.25 * radiusMm});
    assertEquals(0.0, results.getFirst().value().getAsDouble());
    assertEquals(CheckStatus.FAIL, results.getFirst().status());
  }
}
