package org.cryows.planner.prediction;

import java.util.List;
import java.util.Objects;
import org.cryows.imaging.volume.Vector3;

/**
 * What one sample point went through over the whole protocol: its coldest temperature and the
 * seconds it spent at or below each threshold of the request (in the request's order), what a
 * nerve's dose is judged by, and its temperature at each of the prediction's output times (a chart
 * of the nerve's temperature over time).
 *
 * @param where whether the point is tissue the model computed, inside a probe, or beyond the
 *     model's domain (held at the initial temperature there)
 * @param temperaturesC at each of the prediction's times, in order (NaN inside a probe)
 */
public record PointExposure(
    Vector3 pointMm,
    Where where,
    double minimumTemperatureC,
    List<Double> secondsAtOrBelow,
    List<Double> temperaturesC) {

  /** Where a sample point lies in the model. */
  public enum Where {
    TISSUE,
    IN_PROBE,
    OUTSIDE_MODEL
  }

  public PointExposure {
    Objects.requireNonNull(pointMm, "pointMm");
    Objects.requireNonNull(where, "where");
    secondsAtOrBelow = List.copyOf(secondsAtOrBelow);
    temperaturesC = List.copyOf(temperaturesC);
  }
}
