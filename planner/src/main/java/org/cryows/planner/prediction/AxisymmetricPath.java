package org.cryows.planner.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.planner.thermal.TissueProperties;
import org.cryows.planner.thermal.axisym.ActiveSegmentCondition;
import org.cryows.planner.thermal.axisym.AxisymmetricField;
import org.cryows.planner.thermal.axisym.AxisymmetricProblem;
import org.cryows.planner.thermal.axisym.AxisymmetricSolution;
import org.cryows.planner.thermal.axisym.ExposureMap;
import org.cryows.planner.thermal.axisym.IsothermContour;
import org.cryows.planner.thermal.axisym.SkinSurface;
import org.cryows.planner.thermal.cartesian.IsothermSurface;
import org.cryows.planner.thermal.cartesian.ProbeIceBall;

/**
 * The fast path: one probe in homogeneous tissue as the axisymmetric problem about its axis, and
 * its answer put back into the plan's frame (contours on the request's planes, surfaces of
 * revolution, exposures at the sample points).
 */
final class AxisymmetricPath {

  /** Steps around the axis of a surface of revolution: 7.5 degrees each. */
  static final int SURFACE_SEGMENTS = 48;

  /** A skin plane this close to square to the probe is modelled as the axisymmetric skin. */
  static final double SQUARE_SKIN_COSINE = Math.cos(Math.toRadians(1));

  /** The problem for a request, and what it leaves out. */
  record Setup(
      AxisymmetricProblem problem,
      PlacedProbe placed,
      PatientToProbe axis,
      Optional<Structure.Skin> modelledSkin) {}

  private AxisymmetricPath() {}

  /** Whether a request can be put as one probe about its axis at all. */
  static Optional<String> whyNot(PredictionRequest request) {
    if (request.probes().size() != 1) {
      return Optional.of(request.probes().size() + " probes");
    }
    if (!(request.tissue() instanceof TissueMap.Homogeneous)) {
      return Optional.of("a labelled tissue volume");
    }
    return Optional.empty();
  }

  static Setup setUp(PredictionRequest request, ProbeModel resolvedProbe, List<Double> timesSec) {
    PlacedProbe placed = request.probes().getFirst();
    placed = new PlacedProbe(resolvedProbe, placed.tipMm(), placed.towardHandle());
    var axis = new PatientToProbe(placed);
    ModelOptions options = request.options();
    TissueProperties tissue =
        TissueCatalog.byName(((TissueMap.Homogeneous) request.tissue()).tissueName());
    if (!options.bioheat()) {
      tissue = tissue.withoutBioheat();
    }
    ActiveSegmentCondition condition =
        switch (resolvedProbe.cooling()) {
          case ProbeCooling.SurfaceTemperature surface ->
              new ActiveSegmentCondition.WallTemperature(surface.temperatureC());
          default ->
              new ActiveSegmentCondition.Cooling(
                  resolvedProbe.cooling(), options.supplyPressureKPa());
        };
    Optional<Structure.Skin> squareSkin = squareSkin(request, axis);
    Optional<SkinSurface> skin =
        squareSkin.map(
            s ->
                new SkinSurface(
                    -s.heightAboveMm(axis.tip_Patient())
                        / s.outwardNormal().dot(axis.axis_Patient()),
                    s.heatTransferCoefficientWPerM2K(),
                    s.ambientC(),
                    s.warmerC()));
    var problem =
        new AxisymmetricProblem(
            tissue,
            options.sharpFront(),
            resolvedProbe.radiusMm(),
            resolvedProbe.activeLengthMm(),
            condition,
            request.protocol().cycles(),
            request.protocol().activeThaw(),
            skin,
            options.initialTemperatureC(),
            PredictionDefaults.BODY_TEMPERATURE_C,
            options.spacingMm().orElse(PredictionDefaults.axisymmetricSpacingMm(resolvedProbe)),
            options.timeStepSec().orElse(AxisymmetricProblem.DEFAULT_TIME_STEP_SEC),
            timesSec,
            request.outputs().isothermsC(),
            request.outputs().exposureThresholdsC(),
            PredictionDefaults.FAR_FIELD_DIFFUSION_LENGTHS);
    return new Setup(problem, placed, axis, squareSkin);
  }

  /** The request's skin when it is square to the probe, the handle side up. */
  private static Optional<Structure.Skin> squareSkin(
      PredictionRequest request, PatientToProbe axis) {
    return request.structures().stream()
        .filter(s -> s instanceof Structure.Skin)
        .map(s -> (Structure.Skin) s)
        .filter(s -> s.outwardNormal().dot(axis.axis_Patient()) >= SQUARE_SKIN_COSINE)
        .findFirst();
  }

  /**
   * The structures the axisymmetric model leaves out, each with its distance to the predicted 0 C
   * edge, mm.
   */
  static List<Clearance> clearances(
      Setup setup, PredictionRequest request, AxisymmetricSolution solution) {
    var ice = new IceExtent(setup.axis(), solution.exposure().orElseThrow());
    List<Clearance> clearances = new ArrayList<>();
    for (int s = 0; s < request.structures().size(); s++) {
      Structure structure = request.structures().get(s);
      if (setup.modelledSkin().isPresent() && structure == setup.modelledSkin().get()) {
        continue;
      }
      double distanceMm =
          switch (structure) {
            case Structure.Skin skin -> ice.depthBelowMm(skin);
            case Structure.LargeVessel large -> {
              var vessel = large.vessel();
              double nearest = Double.POSITIVE_INFINITY;
              Vector3 along = vessel.endMm().minus(vessel.startMm());
              int samples = Math.max(1, (int) Math.ceil(along.length() / 0.25));
              for (int k = 0; k <= samples; k++) {
                Vector3 point = vessel.startMm().plus(along.times((double) k / samples));
                nearest = Math.min(nearest, ice.distanceMm(point));
              }
              yield Math.max(0, nearest - vessel.diameterMm() / 2);
            }
            case Structure.Bone(Structure.Region.HalfSpace plane) ->
                // The ice lies above a bone surface: its depth below the plane turned over.
                plane.containsMm(setup.placed().activeCentreMm())
                    ? 0
                    : ice.depthBelowMm(plane.pointMm(), plane.outwardNormal().times(-1));
            case Structure.Bone bone -> {
              double nearest = Double.POSITIVE_INFINITY;
              for (Vector3 point : bone.region().surfaceSamplesMm(0.5)) {
                nearest = Math.min(nearest, ice.distanceMm(point));
              }
              if (bone.region().containsMm(setup.placed().activeCentreMm())) {
                nearest = 0;
              }
              yield nearest;
            }
          };
      clearances.add(new Clearance(s, describe(structure), distanceMm));
    }
    return clearances;
  }

  /** A structure and its distance from the ice. */
  record Clearance(int structureIndex, String structure, double distanceMm) {}

  private static String describe(Structure structure) {
    return switch (structure) {
      case Structure.Skin _ -> "the skin";
      case Structure.LargeVessel _ -> "a vessel";
      case Structure.Bone _ -> "bone";
    };
  }

  /** The answer's figures in the plan's frame. */
  record Mapped(
      List<ProbeIceBall> iceBalls,
      List<PlaneContour> contours,
      List<TimedSurface> surfaces,
      List<PointExposure> exposures) {}

  static Mapped map(Setup setup, PredictionRequest request, AxisymmetricSolution solution) {
    var iceBall =
        new ProbeIceBall(
            0,
            solution.timesSec(),
            solution.isothermsC(),
            solution.lengthsMm(),
            solution.diametersMm());
    PatientToProbe axis = setup.axis();
    List<PlaneContour> contours = new ArrayList<>();
    List<TimedSurface> surfaces = new ArrayList<>();
    for (AxisymmetricField field : solution.fields()) {
      for (int p = 0; p < request.outputs().contourPlanes().size(); p++) {
        var plane = request.outputs().contourPlanes().get(p);
        var onPlane =
            org.cryows.planner.thermal.cartesian.IsothermContour.onPlane(
                plane,
                solution.isothermsC(),
                point -> field.temperatureAtMm(axis.radialMm(point), axis.axialMm(point)));
        for (var contour : onPlane) {
          contours.add(new PlaneContour(p, field.timeSec(), contour));
        }
      }
      if (request.outputs().surfaceAt(field.timeSec())) {
        for (double isotherm : solution.isothermsC()) {
          surfaces.add(
              new TimedSurface(
                  field.timeSec(),
                  revolve(solution.contour(isotherm, field.timeSec()), axis, field)));
        }
      }
    }
    return new Mapped(List.of(iceBall), contours, surfaces, exposures(setup, request, solution));
  }

  private static List<PointExposure> exposures(
      Setup setup, PredictionRequest request, AxisymmetricSolution solution) {
    ExposureMap map = solution.exposure().orElseThrow();
    List<Double> thresholds = request.outputs().exposureThresholdsC();
    int times = solution.fields().size();
    List<PointExposure> exposures = new ArrayList<>();
    PatientToProbe axis = setup.axis();
    for (Vector3 point : request.outputs().samplePointsMm()) {
      double r = axis.radialMm(point);
      double z = axis.axialMm(point);
      if (!inside(map.radialFacesMm(), r) || !inside(map.axialFacesMm(), z)) {
        double initialC = request.options().initialTemperatureC();
        exposures.add(
            new PointExposure(
                point,
                PointExposure.Where.OUTSIDE_MODEL,
                initialC,
                thresholds.stream().map(t -> 0.0).toList(),
                java.util.Collections.nCopies(times, initialC)));
        continue;
      }
      double coldest = coldestOrNaN(map, r, z);
      if (Double.isNaN(coldest)) {
        exposures.add(
            new PointExposure(
                point,
                PointExposure.Where.IN_PROBE,
                Double.NaN,
                thresholds.stream().map(t -> Double.NaN).toList(),
                java.util.Collections.nCopies(times, Double.NaN)));
        continue;
      }
      List<Double> seconds = new ArrayList<>();
      for (double threshold : thresholds) {
        seconds.add(map.secondsAtOrBelowC(threshold, r, z));
      }
      List<Double> temperatures = new ArrayList<>();
      for (AxisymmetricField field : solution.fields()) {
        temperatures.add(field.temperatureAtMm(r, z));
      }
      exposures.add(
          new PointExposure(point, PointExposure.Where.TISSUE, coldest, seconds, temperatures));
    }
    return exposures;
  }

  private static boolean inside(List<Double> faces, double position) {
    return position >= faces.getFirst() && position <= faces.getLast();
  }

  private static double coldestOrNaN(ExposureMap map, double r, double z) {
    try {
      return map.minimumTemperatureC(r, z);
    } catch (IllegalArgumentException insideTheProbe) {
      return Double.NaN;
    }
  }

  /**
   * The isotherm as a surface of revolution: each (r, z) line swept around the axis, its triangles
   * wound so that their normals point from the cold side to the warm side.
   */
  static IsothermSurface revolve(
      IsothermContour contour, PatientToProbe axis, AxisymmetricField field) {
    List<Vector3> vertices = new ArrayList<>();
    List<IsothermSurface.Triangle> triangles = new ArrayList<>();
    var toPatient = axis.inverse();
    for (List<IsothermContour.PointRz> line : contour.lines()) {
      if (line.size() < 2) {
        continue;
      }
      int base = vertices.size();
      for (IsothermContour.PointRz point : line) {
        for (int k = 0; k < SURFACE_SEGMENTS; k++) {
          vertices.add(
              axis.inverse()
                  .applyCylindrical(
                      point.radiusMm(), point.axialMm(), 2 * Math.PI * k / SURFACE_SEGMENTS));
        }
      }
      boolean flip = coldSideIsOutside(line, axis, field, contour.isothermC());
      for (int i = 0; i + 1 < line.size(); i++) {
        for (int k = 0; k < SURFACE_SEGMENTS; k++) {
          int a = base + i * SURFACE_SEGMENTS + k;
          int b = base + (i + 1) * SURFACE_SEGMENTS + k;
          int c = base + (i + 1) * SURFACE_SEGMENTS + (k + 1) % SURFACE_SEGMENTS;
          int d = base + i * SURFACE_SEGMENTS + (k + 1) % SURFACE_SEGMENTS;
          triangles.add(
              flip ? new IsothermSurface.Triangle(a, c, b) : new IsothermSurface.Triangle(a, b, c));
          triangles.add(
              flip ? new IsothermSurface.Triangle(a, d, c) : new IsothermSurface.Triangle(a, c, d));
        }
      }
    }
    return new IsothermSurface(contour.isothermC(), vertices, triangles);
  }

  /**
   * Whether the unflipped winding (line direction, then around the axis) points its normals to the
   * cold side: checked at the line's widest point, a step either side along the normal.
   */
  private static boolean coldSideIsOutside(
      List<IsothermContour.PointRz> line,
      PatientToProbe axis,
      AxisymmetricField field,
      double isothermC) {
    int widest = 0;
    for (int i = 1; i < line.size(); i++) {
      if (line.get(i).radiusMm() > line.get(widest).radiusMm()) {
        widest = i;
      }
    }
    int from = Math.max(0, widest - 1);
    int to = Math.min(line.size() - 1, widest + 1);
    double dr = line.get(to).radiusMm() - line.get(from).radiusMm();
    double dz = line.get(to).axialMm() - line.get(from).axialMm();
    // Sweeping a line of direction (dr, dz) around the axis, the winding a-b-c has its normal along
    // (dz, -dr) in the (r, z) half-plane, up to a sign fixed by the frame's handedness; compare
    // both sides instead of trusting the sign.
    double length = Math.hypot(dr, dz);
    if (length == 0) {
      return false;
    }
    double nr = dz / length * 0.2;
    double nz = -dr / length * 0.2;
    IsothermContour.PointRz p = line.get(widest);
    double plus = field.temperatureAtMm(p.radiusMm() + nr, p.axialMm() + nz);
    double minus = field.temperatureAtMm(p.radiusMm() - nr, p.axialMm() - nz);
    boolean coldOnPlus = plus < minus;
    // The normal of triangle (a, b, c) as built: check its direction against (nr, nz) once.
    Vector3 a =
        axis.inverse().applyCylindrical(line.get(from).radiusMm(), line.get(from).axialMm(), 0);
    Vector3 b = axis.inverse().applyCylindrical(line.get(to).radiusMm(), line.get(to).axialMm(), 0);
    Vector3 c =
        axis.inverse()
            .applyCylindrical(
                line.get(to).radiusMm(), line.get(to).axialMm(), 2 * Math.PI / SURFACE_SEGMENTS);
    Vector3 normal = b.minus(a).cross(c.minus(a));
    Vector3 outward =
        axis.inverse()
            .applyCylindrical(p.radiusMm() + nr, p.axialMm() + nz, Math.PI / SURFACE_SEGMENTS)
            .minus(
                axis.inverse()
                    .applyCylindrical(p.radiusMm(), p.axialMm(), Math.PI / SURFACE_SEGMENTS));
    boolean normalAlongPlus = normal.dot(outward) > 0;
    // Normals must point from cold to warm: flip when they point to the cold side.
    return normalAlongPlus == coldOnPlus;
  }

  static InvalidThermalInputException refusal(String why) {
    return new InvalidThermalInputException(
        "the axisymmetric model holds one probe in homogeneous tissue, with at most a skin plane"
            + " square to it: "
            + why);
  }
}
