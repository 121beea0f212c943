package org.cryows.ui.plan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.check.TargetPrediction;
import org.cryows.planner.prediction.PlaneContour;
import org.cryows.planner.prediction.PointExposure;
import org.cryows.planner.prediction.TimedSurface;
import org.cryows.planner.thermal.cartesian.IsothermContour;
import org.cryows.planner.thermal.cartesian.SectionPlane;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;

/**
 * What the views draw of a prediction: the isotherms in the image plane or a volume's plane at a
 * chosen time, the nerve's coldest temperature along its course, the protocol's phases for the time
 * slider.
 */
public final class IceDisplay {

  /** The nerve's colour bands, C: warmer than 0, 0 to -20, and -20 or colder (the dose). */
  public static final double FROZEN_C = 0;

  public static final double DOSE_C = -20;

  /** The isotherms drawn, as UI.md colours them. */
  public static final List<Double> ISOTHERMS_C = List.of(0.0, -20.0, -40.0);

  private IceDisplay() {}

  /** A piece of an isotherm in the plan's frame. */
  public record ContourPiece(double isothermC, Vector3 from, Vector3 to) {}

  /** A piece of a nerve's course with the coldest temperature its ends reached, C. */
  public record NervePiece(int target, Vector3 from, Vector3 to, double coldestC) {}

  /** A phase of the protocol on the time slider. */
  public record Phase(String name, double startSec, double endSec, boolean freezing) {}

  /**
   * The times the answer shown draws its isotherms at (the slider's stops), s: its output times, or
   * when it carries isotherm surfaces (a volume's views cut them) the times of its surfaces.
   */
  public static List<Double> times(LivePredictionSnapshot live) {
    var first = live.predictions().stream().flatMap(t -> t.prediction().stream()).findFirst();
    if (first.isEmpty()) {
      return List.of();
    }
    if (!first.get().surfaces().isEmpty()) {
      return first.get().surfaces().stream()
          .map(TimedSurface::timeSec)
          .distinct()
          .sorted()
          .toList();
    }
    return first.get().timesSec();
  }

  /** The end of the last freeze, where the ice is largest: the slider's default. */
  public static double largestIceSec(FreezeProtocol protocol) {
    double end = protocol.totalSec();
    for (FreezeCycle.Phase phase : protocol.phases()) {
      if (phase.kind() == FreezeCycle.PhaseKind.FREEZE) {
        end = phase.endSec();
      }
    }
    return end;
  }

  public static List<Phase> phases(FreezeProtocol protocol) {
    List<Phase> phases = new ArrayList<>();
    int freeze = 0;
    int thaw = 0;
    for (FreezeCycle.Phase phase : protocol.phases()) {
      boolean freezing = phase.kind() == FreezeCycle.PhaseKind.FREEZE;
      String name =
          freezing
              ? "Freeze " + ++freeze
              : (phase.kind() == FreezeCycle.PhaseKind.ACTIVE_THAW ? "Active thaw " : "Thaw ")
                  + (freezing ? freeze : ++thaw);
      phases.add(new Phase(name, phase.startSec(), phase.endSec(), freezing));
    }
    return phases;
  }

  /** The time of the answer nearest {@code timeSec}, or empty without an answer. */
  public static Optional<Double> nearestTime(LivePredictionSnapshot live, double timeSec) {
    Double best = null;
    for (double t : times(live)) {
      if (best == null || Math.abs(t - timeSec) < Math.abs(best - timeSec)) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The isotherms in the image's plane (the first contour plane) at the answer's time nearest:
   * where several probes' or targets' ice overlap, the outline of their union.
   */
  public static List<ContourPiece> contours(LivePredictionSnapshot live, double timeSec) {
    Optional<Double> time = nearestTime(live, timeSec);
    List<ContourPiece> pieces = new ArrayList<>();
    if (time.isEmpty()) {
      return pieces;
    }
    for (double isotherm : ISOTHERMS_C) {
      List<List<ContourUnion.Segment>> sources = new ArrayList<>();
      List<SectionPlane> planes = new ArrayList<>();
      for (TargetPrediction target : live.predictions()) {
        if (target.prediction().isEmpty()) {
          continue;
        }
        for (PlaneContour contour : target.prediction().get().contours()) {
          IsothermContour c = contour.contour();
          if (contour.planeIndex() != 0
              || Math.abs(contour.timeSec() - time.get()) > 1e-6
              || c.isothermC() != isotherm) {
            continue;
          }
          List<ContourUnion.Segment> segments = new ArrayList<>();
          for (IsothermContour.Segment s : c.segments()) {
            segments.add(new ContourUnion.Segment(s.u0Mm(), s.v0Mm(), s.u1Mm(), s.v1Mm()));
          }
          sources.add(segments);
          planes.add(c.plane());
        }
      }
      List<List<ContourUnion.Segment>> kept = ContourUnion.outline(sources);
      for (int i = 0; i < kept.size(); i++) {
        SectionPlane plane = planes.get(i);
        for (ContourUnion.Segment s : kept.get(i)) {
          pieces.add(
              new ContourPiece(
                  isotherm, plane.pointMm(s.x0(), s.y0()), plane.pointMm(s.x1(), s.y1())));
        }
      }
    }
    return pieces;
  }

  /**
   * The isotherms where the plane through {@code origin} spanned by the unit directions {@code
   * right} and {@code down} cuts the answer's isotherm surfaces, at the answer's time nearest
   * {@code timeSec}: the outline of the union where several surfaces overlap (probes alone, or
   * targets). Empty when the answer carries no surfaces.
   */
  public static List<ContourPiece> sections(
      LivePredictionSnapshot live, double timeSec, Vector3 origin, Vector3 right, Vector3 down) {
    Optional<Double> time = nearestTime(live, timeSec);
    List<ContourPiece> pieces = new ArrayList<>();
    if (time.isEmpty()) {
      return pieces;
    }
    for (double isotherm : ISOTHERMS_C) {
      List<List<ContourUnion.Segment>> sources = new ArrayList<>();
      for (TimedSurface surface : surfaces(live, time.get())) {
        if (surface.surface().isothermC() == isotherm) {
          sources.add(IsothermSections.cut(surface.surface(), origin, right, down));
        }
      }
      for (List<ContourUnion.Segment> kept : ContourUnion.outline(sources)) {
        for (ContourUnion.Segment s : kept) {
          pieces.add(
              new ContourPiece(
                  isotherm,
                  origin.plus(right.times(s.x0())).plus(down.times(s.y0())),
                  origin.plus(right.times(s.x1())).plus(down.times(s.y1()))));
        }
      }
    }
    return pieces;
  }

  /** The answer's isotherm surfaces at its output time {@code timeSec}, every target's. */
  public static List<TimedSurface> surfaces(LivePredictionSnapshot live, double timeSec) {
    List<TimedSurface> surfaces = new ArrayList<>();
    for (TargetPrediction target : live.predictions()) {
      target
          .prediction()
          .ifPresent(
              p ->
                  p.surfaces().stream()
                      .filter(s -> Math.abs(s.timeSec() - timeSec) < 1e-6)
                      .forEach(surfaces::add));
    }
    return surfaces;
  }

  /**
   * The nerves' courses as the answer sampled them (every 0.1 mm), each piece with the colder of
   * its ends' coldest temperatures over the protocol; a sample inside a probe counts at the probe
   * wall's temperature, as the dose does.
   */
  public static List<NervePiece> nerve(LivePredictionSnapshot live) {
    List<NervePiece> pieces = new ArrayList<>();
    for (TargetPrediction target : live.predictions()) {
      if (target.prediction().isEmpty()) {
        continue;
      }
      var nerve = target.sampling().nerve();
      List<Vector3> points = target.sampling().points();
      for (int i = 1; i < nerve.count(); i++) {
        double a = coldest(target, nerve, i - 1);
        double b = coldest(target, nerve, i);
        pieces.add(
            new NervePiece(
                target.targetIndex(),
                points.get(nerve.first() + i - 1),
                points.get(nerve.first() + i),
                Math.min(a, b)));
      }
    }
    return pieces;
  }

  private static double coldest(
      TargetPrediction target, org.cryows.planner.check.TargetSampling.NerveSamples nerve, int i) {
    int sample = nerve.first() + i;
    PointExposure e = target.exposure(sample);
    if (e.where() != PointExposure.Where.TISSUE && nerve.wallSample().get(i).isPresent()) {
      e = target.exposure(nerve.wallSample().get(i).getAsInt());
    }
    double c = e.minimumTemperatureC();
    return Double.isNaN(c) ? Double.POSITIVE_INFINITY : c;
  }
}
