package org.cryows.planner.prediction;

import java.util.Objects;
import java.util.OptionalDouble;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.cartesian.Vessel;

/**
 * Something near the probes that changes the ice, in the plan's frame: the skin, a large vessel,
 * bone. The axisymmetric fast path holds none of them within {@link
 * PredictionDefaults#CLEARANCE_MM} of the predicted 0 C edge, except a skin plane square to the
 * probe, which it models.
 */
public sealed interface Structure {

  /**
   * The skin: a plane through a point with its normal pointing out of the body, exchanging heat
   * with room air or a skin warmer (q = h (T_skin - T_ambient)).
   *
   * @param warmerC a skin warmer's set temperature, which replaces the air's
   */
  record Skin(
      Vector3 pointMm,
      Vector3 outwardNormal,
      double heatTransferCoefficientWPerM2K,
      double ambientC,
      OptionalDouble warmerC)
      implements Structure {

    /** Still air on skin, natural convection and radiation together (order of magnitude). */
    public static final double STILL_AIR_W_PER_M2K = 10;

    public Skin {
      Objects.requireNonNull(pointMm, "pointMm");
      outwardNormal = outwardNormal.normalized();
      Objects.requireNonNull(warmerC, "warmerC");
      if (!(heatTransferCoefficientWPerM2K > 0)
          || !Double.isFinite(heatTransferCoefficientWPerM2K)) {
        throw new IllegalArgumentException(
            "skin: heat transfer coefficient must be positive, got "
                + heatTransferCoefficientWPerM2K);
      }
      if (!Double.isFinite(ambientC) || ambientC < -273.15) {
        throw new IllegalArgumentException(
            "skin: ambient temperature is not physical: " + ambientC);
      }
    }

    /** The temperature the skin exchanges heat with: the warmer's, else the air's. */
    public double exchangeC() {
      return warmerC.orElse(ambientC);
    }

    /** Signed distance from the skin plane, positive outside the body. */
    public double heightAboveMm(Vector3 point) {
      return point.minus(pointMm).dot(outwardNormal);
    }
  }

  /** A large vessel whose blood keeps its wall warm (a heat sink for the ice). */
  record LargeVessel(Vessel vessel) implements Structure {
    public LargeVessel {
      Objects.requireNonNull(vessel, "vessel");
    }
  }

  /** Bone (the catalog's {@code bone} tissue) filling a region. */
  record Bone(Region region) implements Structure {
    public Bone {
      Objects.requireNonNull(region, "region");
    }
  }

  /** A solid region of the plan's frame. */
  sealed interface Region {

    boolean containsMm(Vector3 point);

    /** Points on the region's surface no further apart than {@code spacingMm}. */
    java.util.List<Vector3> surfaceSamplesMm(double spacingMm);

    /** A box with faces along the plan's axes, between two opposite corners. */
    record Box(Vector3 cornerMm, Vector3 oppositeCornerMm) implements Region {
      @Override
      public boolean containsMm(Vector3 point) {
        for (int axis = 0; axis < 3; axis++) {
          double c = point.coordinate(axis);
          double a = cornerMm.coordinate(axis);
          double b = oppositeCornerMm.coordinate(axis);
          if (c < Math.min(a, b) || c > Math.max(a, b)) {
            return false;
          }
        }
        return true;
      }

      @Override
      public java.util.List<Vector3> surfaceSamplesMm(double spacingMm) {
        var samples = new java.util.ArrayList<Vector3>();
        double[] low = new double[3];
        double[] high = new double[3];
        int[] count = new int[3];
        for (int axis = 0; axis < 3; axis++) {
          low[axis] = Math.min(cornerMm.coordinate(axis), oppositeCornerMm.coordinate(axis));
          high[axis] = Math.max(cornerMm.coordinate(axis), oppositeCornerMm.coordinate(axis));
          count[axis] = Math.max(1, (int) Math.ceil((high[axis] - low[axis]) / spacingMm));
        }
        for (int a = 0; a <= count[0]; a++) {
          for (int b = 0; b <= count[1]; b++) {
            for (int c = 0; c <= count[2]; c++) {
              boolean onFace =
                  a == 0 || a == count[0] || b == 0 || b == count[1] || c == 0 || c == count[2];
              if (onFace) {
                samples.add(
                    new Vector3(
                        low[0] + (high[0] - low[0]) * a / count[0],
                        low[1] + (high[1] - low[1]) * b / count[1],
                        low[2] + (high[2] - low[2]) * c / count[2]));
              }
            }
          }
        }
        return samples;
      }
    }

    /**
     * Everything on one side of a plane: bone given as its surface, a point on it and the normal
     * pointing out of the bone (the plan's bone plane).
     */
    record HalfSpace(Vector3 pointMm, Vector3 outwardNormal) implements Region {

      /** How far from its point the plane's surface is sampled, mm. */
      public static final double SAMPLED_RADIUS_MM = 40;

      public HalfSpace {
        Objects.requireNonNull(pointMm, "pointMm");
        outwardNormal = outwardNormal.normalized();
      }

      @Override
      public boolean containsMm(Vector3 point) {
        return heightAboveMm(point) <= 0;
      }

      /** Signed distance above the surface, positive outside the region, mm. */
      public double heightAboveMm(Vector3 point) {
        return point.minus(pointMm).dot(outwardNormal);
      }

      /**
       * Points of the surface within {@link #SAMPLED_RADIUS_MM} of its point (the plane is
       * unbounded; the part near the plan's point is the part near its probes).
       */
      @Override
      public java.util.List<Vector3> surfaceSamplesMm(double spacingMm) {
        Vector3[] across = Surfaces.perpendiculars(outwardNormal);
        var samples = new java.util.ArrayList<Vector3>();
        int steps = (int) Math.ceil(SAMPLED_RADIUS_MM / spacingMm);
        for (int a = -steps; a <= steps; a++) {
          for (int b = -steps; b <= steps; b++) {
            double u = a * spacingMm;
            double v = b * spacingMm;
            if (u * u + v * v <= SAMPLED_RADIUS_MM * SAMPLED_RADIUS_MM) {
              samples.add(pointMm.plus(across[0].times(u)).plus(across[1].times(v)));
            }
          }
        }
        return samples;
      }
    }

    /** A cylinder between two points on its axis (a shaft of bone, a rib). */
    record Cylinder(Vector3 startMm, Vector3 endMm, double diameterMm) implements Region {
      public Cylinder {
        Objects.requireNonNull(startMm, "startMm");
        Objects.requireNonNull(endMm, "endMm");
        if (!(diameterMm > 0) || !(endMm.minus(startMm).length() > 0)) {
          throw new IllegalArgumentException(
              "a cylinder needs a positive diameter and two distinct axis points");
        }
      }

      @Override
      public boolean containsMm(Vector3 point) {
        return new Vessel(startMm, endMm, diameterMm, new Vessel.VesselWall.FixedTemperature(37))
            .containsMm(point);
      }

      @Override
      public java.util.List<Vector3> surfaceSamplesMm(double spacingMm) {
        return Surfaces.cylinderSamplesMm(startMm, endMm, diameterMm, spacingMm);
      }
    }
  }
}
