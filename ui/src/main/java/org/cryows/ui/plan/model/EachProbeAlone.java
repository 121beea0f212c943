package org.cryows.ui.plan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.cryows.planner.prediction.PlaneContour;
import org.cryows.planner.prediction.PointExposure;
import org.cryows.planner.prediction.Prediction;
import org.cryows.planner.prediction.PredictionRequest;
import org.cryows.planner.prediction.TimedSurface;
import org.cryows.planner.thermal.cartesian.ProbeIceBall;

/**
 * The quick answer for a target with several probes: each probe's ice computed alone (its
 * axisymmetric model, cached while it moves), put together. A point is as cold as the coldest probe
 * makes it alone; together the probes take more heat out and freeze more, so this answer errs small
 * (less ice, warmer points) and is provisional; the final answer models the probes together (3-D).
 * The contours and surfaces are each probe's own; the views draw only the outline of their union.
 */
public final class EachProbeAlone {

  private EachProbeAlone() {}

  /** The quick request of a target asked for one of its probes alone. */
  public static PredictionRequest alone(PredictionRequest quick, int probe) {
    return quick.withProbes(List.of(quick.probes().get(probe)));
  }

  /** The probes' lone answers, in the target's order, as one answer for the target. */
  public static Prediction together(List<Prediction> alone) {
    if (alone.isEmpty()) {
      throw new IllegalArgumentException("no answer to put together");
    }
    Prediction first = alone.getFirst();
    if (alone.size() == 1) {
      return first;
    }
    List<OptionalDouble> heldTips = new ArrayList<>();
    List<ProbeIceBall> iceBalls = new ArrayList<>();
    List<PlaneContour> contours = new ArrayList<>();
    List<TimedSurface> surfaces = new ArrayList<>();
    double wallSec = 0;
    for (Prediction p : alone) {
      if (!p.timesSec().equals(first.timesSec())
          || p.exposures().size() != first.exposures().size()) {
        throw new IllegalArgumentException("lone answers to different questions");
      }
      heldTips.addAll(p.heldTipsC());
      iceBalls.addAll(p.iceBalls());
      contours.addAll(p.contours());
      surfaces.addAll(p.surfaces());
      wallSec += p.wallSec();
    }
    List<PointExposure> exposures = new ArrayList<>();
    for (int i = 0; i < first.exposures().size(); i++) {
      List<PointExposure> atPoint = new ArrayList<>();
      for (Prediction p : alone) {
        atPoint.add(p.exposures().get(i));
      }
      exposures.add(coldest(atPoint));
    }
    return new Prediction(
        first.requestId(),
        first.path(),
        "each of the "
            + alone.size()
            + " probes alone, their ice together (provisional: together they freeze more)",
        first.modelVersion(),
        first.validity(),
        first.timesSec(),
        first.isothermsC(),
        heldTips,
        iceBalls,
        List.of(),
        contours,
        surfaces,
        first.exposureThresholdsC(),
        exposures,
        first.run(),
        wallSec);
  }

  /**
   * One point under several lone probes: inside a probe if it lies in one; else as cold as the
   * coldest makes it, as long below each threshold as the longest, at each time the coldest.
   */
  static PointExposure coldest(List<PointExposure> atPoint) {
    for (PointExposure e : atPoint) {
      if (e.where() == PointExposure.Where.IN_PROBE) {
        return e;
      }
    }
    List<PointExposure> tissue =
        atPoint.stream().filter(e -> e.where() == PointExposure.Where.TISSUE).toList();
    if (tissue.isEmpty()) {
      return atPoint.getFirst();
    }
    PointExposure first = tissue.getFirst();
    double minimum = first.minimumTemperatureC();
    List<Double> seconds = new ArrayList<>(first.secondsAtOrBelow());
    List<Double> temperatures = new ArrayList<>(first.temperaturesC());
    for (PointExposure e : tissue.subList(1, tissue.size())) {
      minimum = Math.min(minimum, e.minimumTemperatureC());
      for (int k = 0; k < seconds.size(); k++) {
        seconds.set(k, Math.max(seconds.get(k), e.secondsAtOrBelow().get(k)));
      }
      for (int k = 0; k < temperatures.size(); k++) {
        temperatures.set(k, Math.min(temperatures.get(k), e.temperaturesC().get(k)));
      }
    }
    return new PointExposure(
        first.pointMm(), PointExposure.Where.TISSUE, minimum, seconds, temperatures);
  }
}
