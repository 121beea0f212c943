package org.cryows.planner.thermal.cartesian;

import java.util.List;
import java.util.Objects;

/**
 * The thermal history of a nerve track over the whole run: per point, the coldest temperature
 * reached and the seconds spent at or below the track's threshold (between steps the temperature is
 * taken as linear in time).
 */
public record TrackExposure(
    NerveTrack track, List<Double> minimumTemperaturesC, List<Double> secondsBelowThreshold) {

  public TrackExposure {
    Objects.requireNonNull(track, "track");
    minimumTemperaturesC = List.copyOf(minimumTemperaturesC);
    secondsBelowThreshold = List.copyOf(secondsBelowThreshold);
    if (minimumTemperaturesC.size() != track.pointsMm().size()
        || secondsBelowThreshold.size() != track.pointsMm().size()) {
      throw new IllegalArgumentException("one figure per track point expected");
    }
  }

  /** The share of points that reached the threshold at all. */
  public double shareReachingThreshold() {
    long reached = minimumTemperaturesC.stream().filter(t -> t <= track.thresholdC()).count();
    return (double) reached / minimumTemperaturesC.size();
  }
}
