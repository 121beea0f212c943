package org.cryows.planner.validation;

import java.util.Objects;
import java.util.Optional;
import org.cryows.planner.thermal.ProbeModel;

/**
 * What a prediction was made for, as far as its validity depends on it.
 *
 * @param geometry planar, cylinder, sphere, axisym or 3d
 * @param tissueName the catalog tissue
 * @param exactSolutionConditions sharp front, no perfusion, no metabolism
 * @param probe the catalog or phantom probe, if one sets the cooling
 * @param wallTemperatureC the fixed wall temperature, if the cooling is one
 * @param lineSinkWattsPerMeter the line sink, if the cooling is one
 * @param lastTimeSec the last time asked for
 * @param thaws true when the protocol has thaw phases
 */
public record PredictionConditions(
    String geometry,
    String tissueName,
    boolean exactSolutionConditions,
    Optional<ProbeModel> probe,
    Optional<Double> wallTemperatureC,
    Optional<Double> lineSinkWattsPerMeter,
    double lastTimeSec,
    boolean thaws) {

  public PredictionConditions {
    Objects.requireNonNull(geometry, "geometry");
    Objects.requireNonNull(tissueName, "tissueName");
    Objects.requireNonNull(probe, "probe");
    Objects.requireNonNull(wallTemperatureC, "wallTemperatureC");
    Objects.requireNonNull(lineSinkWattsPerMeter, "lineSinkWattsPerMeter");
  }
}
