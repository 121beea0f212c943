package org.cryows.planner.prediction;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.cartesian.CartesianProblem;
import org.cryows.planner.thermal.cartesian.CartesianSolution;
import org.cryows.planner.thermal.cartesian.DomainFace;
import org.cryows.planner.thermal.cartesian.IsothermContour;
import org.cryows.planner.thermal.cartesian.IsothermSurface;
import org.cryows.planner.thermal.cartesian.NerveTrack;
import org.cryows.planner.thermal.cartesian.ProbePlacement;
import org.cryows.planner.thermal.cartesian.SectionPlane;
import org.cryows.planner.thermal.cartesian.SkinSurface;
import org.cryows.planner.thermal.cartesian.TemperatureField;
import org.cryows.planner.thermal.cartesian.TissueLabelVolume;
import org.cryows.planner.thermal.cartesian.TrackExposure;
import org.cryows.planner.thermal.cartesian.Vessel;

/**
 * The 3-D path: the probes, vessels, bone and skin of a request in a box of labelled tissue, solved
 * by the Cartesian solver in the model's frame ({@link PatientToModel}: the skin, if any, is the
 * box's top face), and the answer put back into the patient frame.
 */
final class ThreeDimensionalPath {

  static final int TISSUE_LABEL = 1;
  static final int BONE_LABEL = 2;

  /** A direction this close to an axis counts as along it (a skin on a label volume's face). */
  private static final double ALONG_AXIS_COSINE = 0.9999;

  record Setup(CartesianProblem problem, PatientToModel toModel, List<Integer> trackedPoints) {}

  private ThreeDimensionalPath() {}

  static Setup setUp(PredictionRequest request, List<ProbeModel> resolved, List<Double> timesSec) {
    ModelOptions options = request.options();
    double spacing = options.spacingMm().orElse(PredictionDefaults.THREE_D_SPACING_MM);
    var skin =
        request.structures().stream()
            .filter(s -> s instanceof Structure.Skin)
            .map(s -> (Structure.Skin) s)
            .findFirst();
    PatientToModel toModel;
    TissueLabelVolume labels;
    List<SkinSurface> skinFaces = new ArrayList<>();
    switch (request.tissue()) {
      case TissueMap.Homogeneous homogeneous -> {
        toModel = skin.map(PatientToModel::onSkin).orElse(PatientToModel.identity());
        labels = homogeneousBox(request, toModel, homogeneous.tissueName(), skin.isPresent());
        skin.ifPresent(
            s ->
                skinFaces.add(
                    new SkinSurface(
                        DomainFace.Z_MAX, s.heatTransferCoefficientWPerM2K(), s.exchangeC())));
      }
      case TissueMap.Labelled labelled -> {
        toModel = PatientToModel.identity();
        labels = labelled.labels();
        if (request.structures().stream().anyMatch(s -> s instanceof Structure.Bone)) {
          throw new InvalidThermalInputException(
              "bone is given twice: a labelled volume already says where bone is; drop the bone"
                  + " structures");
        }
        skin.ifPresent(s -> skinFaces.add(skinOnFace(s, labels)));
      }
    }
    List<ProbePlacement> probes = new ArrayList<>();
    for (int p = 0; p < request.probes().size(); p++) {
      PlacedProbe placed = request.probes().get(p);
      probes.add(
          new ProbePlacement(
              resolved.get(p),
              toModel.apply(placed.tipMm()),
              toModel.applyToDirection(placed.towardHandle()),
              options.supplyPressureKPa()));
    }
    List<Vessel> vessels = new ArrayList<>();
    for (Structure structure : request.structures()) {
      if (structure instanceof Structure.LargeVessel large) {
        Vessel v = large.vessel();
        vessels.add(
            new Vessel(
                toModel.apply(v.startMm()), toModel.apply(v.endMm()), v.diameterMm(), v.wall()));
      }
    }
    List<Integer> tracked = new ArrayList<>();
    List<Vector3> trackPoints = new ArrayList<>();
    List<Vector3> samples = request.outputs().samplePointsMm();
    for (int s = 0; s < samples.size(); s++) {
      Vector3 inModel = toModel.apply(samples.get(s));
      if (labels.containsMm(inModel)) {
        tracked.add(s);
        trackPoints.add(inModel);
      }
    }
    List<NerveTrack> tracks = new ArrayList<>();
    if (!trackPoints.isEmpty()) {
      for (double threshold : request.outputs().exposureThresholdsC()) {
        tracks.add(new NerveTrack("samples below " + threshold + " C", trackPoints, threshold));
      }
    }
    var problem =
        new CartesianProblem(
            labels,
            options.sharpFront(),
            options.bioheat(),
            probes,
            request.protocol().cycles(),
            request.protocol().activeThaw(),
            vessels,
            skinFaces,
            options.initialTemperatureC(),
            PredictionDefaults.BODY_TEMPERATURE_C,
            spacing,
            options.timeStepSec().orElse(CartesianProblem.defaultTimeStepSec(spacing)),
            timesSec,
            request.outputs().isothermsC(),
            tracks);
    return new Setup(problem, toModel, tracked);
  }

  /**
   * A box of the tissue around the probes' active segments ({@link
   * PredictionDefaults#threeDimensionalSideMm}), its top face on the skin when there is one, in
   * voxels of {@link PredictionDefaults#LABEL_VOXEL_MM} with the request's bone painted in.
   */
  private static TissueLabelVolume homogeneousBox(
      PredictionRequest request, PatientToModel toModel, String tissueName, boolean topIsSkin) {
    double[] low = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    double[] high = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (PlacedProbe placed : request.probes()) {
      for (Vector3 end : List.of(placed.tipMm(), placed.activeEndMm())) {
        Vector3 inModel = toModel.apply(end);
        for (int axis = 0; axis < 3; axis++) {
          low[axis] = Math.min(low[axis], inModel.coordinate(axis));
          high[axis] = Math.max(high[axis], inModel.coordinate(axis));
        }
      }
    }
    double voxel = PredictionDefaults.LABEL_VOXEL_MM;
    double[] min = new double[3];
    int[] voxels = new int[3];
    for (int axis = 0; axis < 3; axis++) {
      double side = PredictionDefaults.threeDimensionalSideMm(high[axis] - low[axis]);
      voxels[axis] = (int) Math.ceil(side / voxel - 1e-9);
      min[axis] = 0.5 * (low[axis] + high[axis]) - 0.5 * voxels[axis] * voxel;
    }
    if (topIsSkin) {
      // The skin is z = 0 in the model's frame: the box hangs below it by at least its usual
      // side (the solver keeps the active segments four cells from the skin face).
      double depth =
          Math.max(
              PredictionDefaults.THREE_D_MIN_SIDE_MM,
              -low[2] + PredictionDefaults.THREE_D_MARGIN_MM);
      voxels[2] = (int) Math.ceil(depth / voxel - 1e-9);
      min[2] = -voxels[2] * voxel;
    }
    var builder =
        TissueLabelVolume.builder(
                new Vector3(min[0], min[1], min[2]),
                voxel,
                voxels[0],
                voxels[1],
                voxels[2],
                TISSUE_LABEL)
            .tissue(TISSUE_LABEL, tissueName);
    List<Structure.Region> bones =
        request.structures().stream()
            .filter(s -> s instanceof Structure.Bone)
            .map(s -> ((Structure.Bone) s).region())
            .toList();
    if (!bones.isEmpty()) {
      ModelToPatient back = toModel.inverse();
      builder
          .tissue(BONE_LABEL, "bone")
          .fillWhere(
              point -> {
                Vector3 inPatient = back.apply(point);
                return bones.stream().anyMatch(region -> region.containsMm(inPatient));
              },
              BONE_LABEL);
    }
    return builder.build();
  }

  /** A skin on one of a label volume's faces (the volume's frame is the patient's). */
  private static SkinSurface skinOnFace(Structure.Skin skin, TissueLabelVolume labels) {
    Vector3 n = skin.outwardNormal();
    for (DomainFace face : DomainFace.values()) {
      double component = n.coordinate(face.axis()) * (face.isUpper() ? 1 : -1);
      if (component >= ALONG_AXIS_COSINE) {
        Vector3 corner = face.isUpper() ? labels.maxCornerMm() : labels.originMm();
        double offset =
            Math.abs(skin.pointMm().coordinate(face.axis()) - corner.coordinate(face.axis()));
        if (offset <= labels.voxelSizeMm() / 2) {
          return new SkinSurface(face, skin.heatTransferCoefficientWPerM2K(), skin.exchangeC());
        }
      }
    }
    throw new InvalidThermalInputException(
        "with a labelled volume the skin must be one of the volume's faces (normal along an axis,"
            + " on the face); got a plane through "
            + skin.pointMm()
            + " with normal "
            + n);
  }

  /** The answer's figures in the patient frame. */
  static AxisymmetricPath.Mapped map(
      Setup setup, PredictionRequest request, CartesianSolution solution) {
    PatientToModel toModel = setup.toModel();
    ModelToPatient back = toModel.inverse();
    List<PlaneContour> contours = new ArrayList<>();
    List<TimedSurface> surfaces = new ArrayList<>();
    for (TemperatureField field : solution.fields()) {
      for (int p = 0; p < request.outputs().contourPlanes().size(); p++) {
        SectionPlane plane = request.outputs().contourPlanes().get(p);
        SectionPlane inModel =
            new SectionPlane(
                toModel.apply(plane.originMm()),
                toModel.applyToDirection(plane.uAxis()),
                toModel.applyToDirection(plane.vAxis()),
                plane.widthMm(),
                plane.heightMm(),
                plane.spacingMm());
        for (IsothermContour contour : field.contours(inModel, request.outputs().isothermsC())) {
          contours.add(
              new PlaneContour(
                  p,
                  field.timeSec(),
                  new IsothermContour(contour.isothermC(), plane, contour.segments())));
        }
      }
      if (request.outputs().surfaceAt(field.timeSec())) {
        for (double isotherm : request.outputs().isothermsC()) {
          IsothermSurface surface = field.isothermSurface(isotherm);
          surfaces.add(
              new TimedSurface(
                  field.timeSec(),
                  new IsothermSurface(
                      isotherm,
                      surface.verticesMm().stream().map(back::apply).toList(),
                      surface.triangles())));
        }
      }
    }
    return new AxisymmetricPath.Mapped(
        solution.iceBalls(), contours, surfaces, exposures(setup, request, solution));
  }

  private static List<PointExposure> exposures(
      Setup setup, PredictionRequest request, CartesianSolution solution) {
    List<Vector3> samples = request.outputs().samplePointsMm();
    int thresholds = request.outputs().exposureThresholdsC().size();
    int times = solution.fields().size();
    int[] trackOf = new int[samples.size()];
    java.util.Arrays.fill(trackOf, -1);
    for (int t = 0; t < setup.trackedPoints().size(); t++) {
      trackOf[setup.trackedPoints().get(t)] = t;
    }
    List<PointExposure> exposures = new ArrayList<>();
    for (int s = 0; s < samples.size(); s++) {
      Vector3 point = samples.get(s);
      int tracked = trackOf[s];
      if (tracked < 0) {
        double initialC = request.options().initialTemperatureC();
        exposures.add(
            new PointExposure(
                point,
                PointExposure.Where.OUTSIDE_MODEL,
                initialC,
                java.util.Collections.nCopies(thresholds, 0.0),
                java.util.Collections.nCopies(times, initialC)));
        continue;
      }
      Vector3 inModel = setup.toModel().apply(point);
      boolean inProbe = setup.problem().probes().stream().anyMatch(p -> p.containsMm(inModel));
      if (inProbe) {
        exposures.add(
            new PointExposure(
                point,
                PointExposure.Where.IN_PROBE,
                Double.NaN,
                java.util.Collections.nCopies(thresholds, Double.NaN),
                java.util.Collections.nCopies(times, Double.NaN)));
        continue;
      }
      List<Double> seconds = new ArrayList<>();
      double coldest = Double.NaN;
      for (TrackExposure exposure : solution.exposures()) {
        coldest = exposure.minimumTemperaturesC().get(tracked);
        seconds.add(exposure.secondsBelowThreshold().get(tracked));
      }
      List<Double> temperatures = new ArrayList<>();
      for (TemperatureField field : solution.fields()) {
        temperatures.add(field.temperatureAtMm(inModel));
      }
      exposures.add(
          new PointExposure(point, PointExposure.Where.TISSUE, coldest, seconds, temperatures));
    }
    return exposures;
  }
}
