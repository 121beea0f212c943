package org.cryows.planner.thermal.cartesian;

import java.util.Objects;
import org.cryows.imaging.volume.Vector3;

/**
 * A large blood vessel: a straight cylinder between two points on its axis. Blood flow carries heat
 * in far faster than conduction can take it out, so the vessel is not tissue: its wall is a
 * boundary, either held at the blood temperature or exchanging heat with the blood by convection.
 */
public record Vessel(Vector3 startMm, Vector3 endMm, double diameterMm, VesselWall wall) {

  public Vessel {
    Objects.requireNonNull(startMm, "startMm");
    Objects.requireNonNull(endMm, "endMm");
    Objects.requireNonNull(wall, "wall");
    if (!(diameterMm > 0) || !Double.isFinite(diameterMm)) {
      throw new IllegalArgumentException(
          "vessel diameter must be positive, got " + diameterMm + " mm");
    }
    if (!(endMm.minus(startMm).length() > 0)) {
      throw new IllegalArgumentException("a vessel needs two distinct points on its axis");
    }
  }

  /** True when the point lies inside the cylinder (between its end planes, within its radius). */
  public boolean containsMm(Vector3 point) {
    Vector3 axis = endMm.minus(startMm);
    double length = axis.length();
    Vector3 direction = axis.times(1 / length);
    Vector3 offset = point.minus(startMm);
    double along = offset.dot(direction);
    if (along < 0 || along > length) {
      return false;
    }
    Vector3 radial = offset.minus(direction.times(along));
    double radius = diameterMm / 2;
    return radial.dot(radial) <= radius * radius;
  }

  /** How the vessel wall exchanges heat with the tissue around it. */
  public sealed interface VesselWall {

    double bloodTemperatureC();

    /** The wall at the blood temperature: a perfect heat source, the conservative choice. */
    record FixedTemperature(double bloodTemperatureC) implements VesselWall {
      public FixedTemperature {
        requireTemperature(bloodTemperatureC);
      }
    }

    /** Convection between blood and wall, q = h (T_blood - T_wall). */
    record Convective(double heatTransferCoefficientWPerM2K, double bloodTemperatureC)
        implements VesselWall {
      public Convective {
        requireTemperature(bloodTemperatureC);
        if (!(heatTransferCoefficientWPerM2K > 0)
            || !Double.isFinite(heatTransferCoefficientWPerM2K)) {
          throw new IllegalArgumentException(
              "vessel wall: heat transfer coefficient must be positive, got "
                  + heatTransferCoefficientWPerM2K);
        }
      }
    }

    private static void requireTemperature(double temperatureC) {
      if (!Double.isFinite(temperatureC) || temperatureC < -273.15) {
        throw new IllegalArgumentException("blood temperature is not physical: " + temperatureC);
      }
    }
  }
}
