package org.cryows.ui.plan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.check.TargetPrediction;
import org.cryows.planner.prediction.PlaneContour;
import org.cryows.planner.prediction.PointExposure;
import org.cryows.planner.thermal.cartesian.IsothermContour;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;

/**
 * What the views draw of a prediction: the isotherms in the image plane at a chosen time, the
 * nerve's coldest temperature along its course, the protocol's phases for the time slider.
 */
public final class IceDisplay {

  /** The nerve's colour bands, C: warmer than 0, 0 to -20, and -20 or colder (the dose). */
  public static final double FROZEN_C = 0;

  public static final double DOSE_C = -20;

  private IceDisplay() {}

  /** A piece of an isotherm in the plan's frame. */
  public record ContourPiece(double isothermC, Vector3 from, Vector3 to) {}

  /** A piece of a nerve's course with the coldest temperature its ends reached, C. */
  public record NervePiece(int target, Vector3 from, Vector3 to, double coldestC) {}

  /** A phase of the protocol on the time slider. */
  public record Phase(String name, double startSec, double endSec, boolean freezing) {}

  /** The output times of the answer shown (the slider's stops), s. */
  public static List<Double> times(LivePredictionSnapshot live) {
    return live.predictions().stream()
        .flatMap(t -> t.prediction().stream())
        .findFirst()
        .map(p -> p.timesSec())
        .orElse(List.of());
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

  /** The isotherms in the view's plane (the first contour plane) at the answer's time nearest. */
  public static List<ContourPiece> contours(LivePredictionSnapshot live, double timeSec) {
    Optional<Double> time = nearestTime(live, timeSec);
    List<ContourPiece> pieces = new ArrayList<>();
    if (time.isEmpty()) {
      return pieces;
    }
    for (TargetPrediction target : live.predictions()) {
      if (target.prediction().isEmpty()) {
        continue;
      }
      for (PlaneContour contour : target.prediction().get().contours()) {
        if (contour.planeIndex() != 0 || Math.abs(contour.timeSec() - time.get()) > 1e-6) {
          continue;
        }
        IsothermContour c = contour.contour();
        for (IsothermContour.Segment s : c.segments()) {
          pieces.add(
              new ContourPiece(
                  c.isothermC(),
                  c.plane().pointMm(s.u0Mm(), s.v0Mm()),
                  c.plane().pointMm(s.u1Mm(), s.v1Mm())));
        }
      }
    }
    return pieces;
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
