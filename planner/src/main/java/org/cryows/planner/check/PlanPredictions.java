package org.cryows.planner.check;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.KeepClear;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Target;
import org.cryows.planner.prediction.ModelOptions;
import org.cryows.planner.prediction.Outputs;
import org.cryows.planner.prediction.PlacedProbe;
import org.cryows.planner.prediction.PredictionRequest;
import org.cryows.planner.prediction.Structure;
import org.cryows.planner.prediction.TissueMap;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.planner.thermal.cartesian.SectionPlane;
import org.cryows.planner.thermal.cartesian.Vessel;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;

/**
 * The one prediction request of each target of a plan, as {@code plan check}, the report and the
 * Plan workspace ask it, so all three see the same figures: the target's probes, the plan's tissue
 * and structures, the target's protocol, output times every {@value #CHART_STEP_SEC} s (and at the
 * end of every freeze and thaw), and the sample points its checks read ({@link TargetSampling}). A
 * window may add contour planes and surfaces; they change nothing the checks read.
 *
 * <p>Sampling, and why it is fine enough:
 *
 * <ul>
 *   <li>The nerve is sampled at most {@value #NERVE_STEP_MM} mm apart. The model's finest cells are
 *       0.15 mm (axisymmetric) and 0.5 mm (3-D) and its temperature is interpolated linearly
 *       between them, so a 0.1 mm step puts at least one sample in every cell and the linear
 *       interpolation between two samples places a -20 C crossing within a small fraction of the
 *       step (under 0.01 mm where the field is smooth; at most 0.1 mm per end in any case), far
 *       inside the 0.5 mm the dose is checked to.
 *   <li>Vessels: rings of {@value #VESSEL_RING_POINTS} points {@value #VESSEL_WALL_OFFSET_MM} mm
 *       outside the wall, every {@value #VESSEL_STEP_MM} mm along the vessel within {@value
 *       #VESSEL_REACH_MM} mm of an active segment. Outside the wall, not on it: the 3-D model's
 *       vessel cells hold the blood's temperature and would warm a sample interpolated across them;
 *       the tissue half a cell out is colder than the wall, so the figure errs to the safe side.
 *   <li>Skin: per probe, a grid in the plane through its axis and the skin's normal (by symmetry
 *       the plane where a lone probe's ice comes closest to a flat skin), rows {@value
 *       #SKIN_ROW_STEP_MM} mm apart from 1.9 mm above the skin down past the active segment,
 *       columns {@value #SKIN_COLUMN_STEP_MM} mm apart across the active segment's shadow and
 *       {@value #SKIN_MARGIN_MM} mm beyond.
 *   <li>Keep-clear: a ray from every point of the marked structure (its polyline every {@value
 *       #KEEP_CLEAR_POINT_STEP_MM} mm) towards the nearest active segment, sampled every {@value
 *       #KEEP_CLEAR_RAY_STEP_MM} mm over its last {@value #KEEP_CLEAR_RAY_REACH_MM} mm.
 * </ul>
 */
public final class PlanPredictions {

  /** Output times every this many seconds: the charts' resolution. */
  public static final double CHART_STEP_SEC = 15;

  public static final double NERVE_STEP_MM = 0.1;

  /** A nerve sample this close to a probe's wall may lie inside it: it gets a wall sample. */
  static final double WALL_SEARCH_MM = 0.3;

  /** How far outside the probe's wall the wall sample lies. */
  static final double WALL_SAMPLE_OFFSET_MM = 0.1;

  public static final int VESSEL_RING_POINTS = 12;
  public static final double VESSEL_WALL_OFFSET_MM = 0.5;
  public static final double VESSEL_STEP_MM = 0.5;
  public static final double VESSEL_REACH_MM = 25;

  public static final double SKIN_ROW_STEP_MM = 0.2;
  public static final double SKIN_COLUMN_STEP_MM = 0.5;
  public static final double SKIN_MARGIN_MM = 15;
  static final double SKIN_FIRST_ROW_MM = -1.9;

  public static final double KEEP_CLEAR_POINT_STEP_MM = 2;
  public static final double KEEP_CLEAR_RAY_STEP_MM = 0.25;
  public static final double KEEP_CLEAR_RAY_REACH_MM = 30;

  /**
   * Blood to vessel wall, laminar flow fully developed in a tube at uniform wall temperature:
   * Nusselt number 3.66 (Incropera and DeWitt, Fundamentals of Heat and Mass Transfer, 8.4), h = Nu
   * k_blood / D.
   */
  static final double VESSEL_NUSSELT = 3.66;

  /** Room air over the skin, C (as iceball's default). */
  static final double ROOM_C = 22;

  private PlanPredictions() {}

  /** A target's request and where its checks read it. */
  public record TargetRequest(
      int targetIndex, PredictionRequest request, TargetSampling sampling) {}

  public static TargetRequest forTarget(Plan plan, int targetIndex, long requestId) {
    return forTarget(plan, targetIndex, requestId, List.of());
  }

  /** The target's request with contour planes to draw (a report's section, an image's plane). */
  public static TargetRequest forTarget(
      Plan plan, int targetIndex, long requestId, List<SectionPlane> planes) {
    Target target = plan.targets().get(targetIndex);
    List<PlacedProbe> probes = new ArrayList<>();
    for (PlannedProbe probe : target.probes()) {
      probes.add(new PlacedProbe(probe.probe(), probe.tipMm(), probe.towardHandle()));
    }
    TargetSampling sampling = sample(plan, target, probes);
    Outputs outputs =
        Outputs.defaults()
            .withTimes(times(target.protocol()))
            .withSamplePoints(sampling.points())
            .withContourPlanes(planes);
    var request =
        new PredictionRequest(
            requestId,
            probes,
            new TissueMap.Homogeneous(plan.tissue()),
            structures(plan),
            target.protocol(),
            outputs,
            ModelOptions.defaults());
    return new TargetRequest(targetIndex, request, sampling);
  }

  /** Every {@value #CHART_STEP_SEC} s and the end of every phase, to the end of the protocol. */
  public static List<Double> times(FreezeProtocol protocol) {
    var times = new TreeSet<Double>();
    double total = protocol.totalSec();
    for (double t = CHART_STEP_SEC; t < total; t += CHART_STEP_SEC) {
      times.add(t);
    }
    for (FreezeCycle.Phase phase : protocol.phases()) {
      times.add(phase.endSec());
    }
    times.add(total);
    return List.copyOf(times);
  }

  /** The plan's structures as the model takes them. */
  public static List<Structure> structures(Plan plan) {
    List<Structure> structures = new ArrayList<>();
    double bloodK = TissueCatalog.byName("blood").conductivityUnfrozenWPerMK();
    for (PlanStructure structure : plan.structures()) {
      switch (structure) {
        case PlanStructure.Skin skin ->
            structures.add(
                new Structure.Skin(
                    skin.pointMm(),
                    skin.normal(),
                    Structure.Skin.STILL_AIR_W_PER_M2K,
                    ROOM_C,
                    OptionalDouble.empty()));
        case PlanStructure.Bone bone ->
            structures.add(
                new Structure.Bone(new Structure.Region.HalfSpace(bone.pointMm(), bone.normal())));
        case PlanStructure.Vessel vessel -> {
          double h = VESSEL_NUSSELT * bloodK / (vessel.diameterMm() / 1000);
          var wall = new Vessel.VesselWall.Convective(h, PlanGeometry.BODY_C);
          for (int i = 1; i < vessel.pathMm().size(); i++) {
            structures.add(
                new Structure.LargeVessel(
                    new Vessel(
                        vessel.pathMm().get(i - 1),
                        vessel.pathMm().get(i),
                        vessel.diameterMm(),
                        wall)));
          }
        }
        case PlanStructure.Landmark _ -> {}
      }
    }
    return structures;
  }

  // ------------------------------------------------------------------ sampling

  private static TargetSampling sample(Plan plan, Target target, List<PlacedProbe> probes) {
    List<Vector3> points = new ArrayList<>();
    var nerve = nerveSamples(target, probes, points);
    List<TargetSampling.VesselRings> vessels = new ArrayList<>();
    for (int s = 0; s < plan.structures().size(); s++) {
      if (plan.structures().get(s) instanceof PlanStructure.Vessel vessel) {
        int first = points.size();
        vesselRings(vessel, probes, points);
        vessels.add(
            new TargetSampling.VesselRings(s, vessel.vesselName(), first, points.size() - first));
      }
    }
    List<TargetSampling.SkinGrid> grids = new ArrayList<>();
    if (plan.skin().isPresent()) {
      for (int p = 0; p < probes.size(); p++) {
        grids.add(skinGrid(plan.skin().get(), probes.get(p), p, points));
      }
    }
    List<TargetSampling.KeepClearRays> rays = new ArrayList<>();
    List<KeepClear> keepClear = target.nerveEntry().keepClear();
    for (int k = 0; k < keepClear.size(); k++) {
      for (int s : PlanGeometry.marked(plan, keepClear.get(k))) {
        rays.add(keepClearRays(k, s, plan.structures().get(s), probes, points));
      }
    }
    return new TargetSampling(points, nerve, vessels, grids, rays);
  }

  private static TargetSampling.NerveSamples nerveSamples(
      Target target, List<PlacedProbe> probes, List<Vector3> points) {
    List<Vector3> path = target.pathMm();
    List<Vector3> samples = new ArrayList<>();
    List<Double> arc = new ArrayList<>();
    samples.add(path.getFirst());
    arc.add(0.0);
    double along = 0;
    for (int i = 1; i < path.size(); i++) {
      Vector3 from = path.get(i - 1);
      Vector3 to = path.get(i);
      double length = to.minus(from).length();
      int pieces = Math.max(1, (int) Math.ceil(length / NERVE_STEP_MM - 1e-9));
      for (int k = 1; k <= pieces; k++) {
        samples.add(from.plus(to.minus(from).times((double) k / pieces)));
        arc.add(along + length * k / pieces);
      }
      along += length;
    }
    int first = points.size();
    points.addAll(samples);
    List<OptionalInt> walls = new ArrayList<>();
    for (Vector3 sample : samples) {
      OptionalInt wall = OptionalInt.empty();
      for (PlacedProbe probe : probes) {
        var onWall =
            PlanGeometry.wallPointNear(probe, sample, WALL_SEARCH_MM, WALL_SAMPLE_OFFSET_MM);
        if (onWall.isPresent()) {
          points.add(onWall.get());
          wall = OptionalInt.of(points.size() - 1);
          break;
        }
      }
      walls.add(wall);
    }
    return new TargetSampling.NerveSamples(first, arc, walls);
  }

  private static void vesselRings(
      PlanStructure.Vessel vessel, List<PlacedProbe> probes, List<Vector3> points) {
    double ringRadius = vessel.diameterMm() / 2 + VESSEL_WALL_OFFSET_MM;
    for (int i = 1; i < vessel.pathMm().size(); i++) {
      Vector3 from = vessel.pathMm().get(i - 1);
      Vector3 to = vessel.pathMm().get(i);
      Vector3 direction = to.minus(from).normalized();
      Vector3[] across = PlanGeometry.perpendiculars(direction);
      double length = to.minus(from).length();
      int steps = Math.max(1, (int) Math.ceil(length / VESSEL_STEP_MM));
      for (int k = (i == 1 ? 0 : 1); k <= steps; k++) {
        Vector3 centre = from.plus(to.minus(from).times((double) k / steps));
        if (PlanGeometry.distanceToActiveSegmentsMm(probes, centre) > VESSEL_REACH_MM) {
          continue;
        }
        for (int a = 0; a < VESSEL_RING_POINTS; a++) {
          double angle = 2 * Math.PI * a / VESSEL_RING_POINTS;
          points.add(
              centre
                  .plus(across[0].times(ringRadius * Math.cos(angle)))
                  .plus(across[1].times(ringRadius * Math.sin(angle))));
        }
      }
    }
  }

  private static TargetSampling.SkinGrid skinGrid(
      PlanStructure.Skin skin, PlacedProbe probe, int probeIndex, List<Vector3> points) {
    Vector3 n = skin.normal().normalized();
    Vector3 a = probe.towardHandle();
    Vector3 across = a.minus(n.times(a.dot(n)));
    Vector3 u = across.length() > 1e-6 ? across.normalized() : PlanGeometry.perpendiculars(n)[0];
    Vector3 down = n.times(-1);
    Vector3 centre = probe.activeCentreMm();
    Vector3 origin = centre.minus(n.times(skin.heightAboveMm(centre)));
    double uTip = probe.tipMm().minus(origin).dot(u);
    double uEnd = probe.activeEndMm().minus(origin).dot(u);
    double uFirst = Math.min(uTip, uEnd) - SKIN_MARGIN_MM;
    double uLast = Math.max(uTip, uEnd) + SKIN_MARGIN_MM;
    int columns = (int) Math.ceil((uLast - uFirst) / SKIN_COLUMN_STEP_MM) + 1;
    double deepest =
        Math.max(-skin.heightAboveMm(probe.tipMm()), -skin.heightAboveMm(probe.activeEndMm()));
    int rows = (int) Math.ceil((deepest + 1 - SKIN_FIRST_ROW_MM) / SKIN_ROW_STEP_MM) + 1;
    int first = points.size();
    for (int c = 0; c < columns; c++) {
      Vector3 top = origin.plus(u.times(uFirst + c * SKIN_COLUMN_STEP_MM));
      for (int r = 0; r < rows; r++) {
        points.add(top.plus(down.times(SKIN_FIRST_ROW_MM + r * SKIN_ROW_STEP_MM)));
      }
    }
    return new TargetSampling.SkinGrid(
        probeIndex, first, columns, rows, SKIN_FIRST_ROW_MM, SKIN_ROW_STEP_MM);
  }

  private static TargetSampling.KeepClearRays keepClearRays(
      int keepClearIndex,
      int structureIndex,
      PlanStructure structure,
      List<PlacedProbe> probes,
      List<Vector3> points) {
    List<Vector3> from =
        PlanGeometry.densified(PlanGeometry.pointsOf(structure), KEEP_CLEAR_POINT_STEP_MM);
    double offset = structure instanceof PlanStructure.Vessel vessel ? vessel.diameterMm() / 2 : 0;
    List<TargetSampling.Ray> rays = new ArrayList<>();
    for (Vector3 start : from) {
      Vector3 nearest = PlanGeometry.nearestActivePointMm(probes, start);
      Vector3 toward = nearest.minus(start);
      double length = toward.length();
      int first = points.size();
      points.add(start);
      double secondAt = Math.max(KEEP_CLEAR_RAY_STEP_MM, length - KEEP_CLEAR_RAY_REACH_MM);
      if (length > 0) {
        Vector3 direction = toward.times(1 / length);
        for (double d = secondAt; d <= length + 1e-9; d += KEEP_CLEAR_RAY_STEP_MM) {
          points.add(start.plus(direction.times(d)));
        }
      }
      rays.add(new TargetSampling.Ray(first, points.size() - first, secondAt));
    }
    return new TargetSampling.KeepClearRays(
        keepClearIndex, structureIndex, offset, KEEP_CLEAR_RAY_STEP_MM, rays);
  }
}
