package org.cryows.samples.ultrasound;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Bone in the image plane; everything inside is cortex for the beam (it lets nothing through). */
public sealed interface Bone {
  /** The bone's name for the truth, e.g. {@code femur}. */
  String name();

  boolean contains(double uMm, double yMm);

  /** Points (u, depth) of the surface the probe faces, every {@code stepMm} within [from, to]. */
  List<double[]> surface(double fromMm, double toMm, double stepMm);

  /** Bone below a surface curve, between two lateral limits (a long bone seen along its length). */
  record Below(String name, DepthCurve surface, double fromMm, double toMm) implements Bone {
    public Below {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(surface, "surface");
    }

    @Override
    public boolean contains(double uMm, double yMm) {
      return uMm >= fromMm && uMm <= toMm && yMm >= surface.depthMm(uMm);
    }

    @Override
    public List<double[]> surface(double from, double to, double stepMm) {
      List<double[]> points = new ArrayList<>();
      double start = Math.max(from, fromMm);
      double end = Math.min(to, toMm);
      for (double u = start; u <= end + 1e-9; u += stepMm) {
        points.add(new double[] {u, surface.depthMm(u)});
      }
      return points;
    }
  }

  /** An elliptic bone cross-section (a rib cut across). */
  record Section(
      String name, double centreUMm, double centreYMm, double halfWidthMm, double halfHeightMm)
      implements Bone {
    public Section {
      Objects.requireNonNull(name, "name");
      if (!(halfWidthMm > 0) || !(halfHeightMm > 0)) {
        throw new IllegalArgumentException("a bone section has a size");
      }
    }

    @Override
    public boolean contains(double uMm, double yMm) {
      double du = (uMm - centreUMm) / halfWidthMm;
      double dy = (yMm - centreYMm) / halfHeightMm;
      return du * du + dy * dy <= 1;
    }

    /** The upper half of the outline, which the beam meets. */
    @Override
    public List<double[]> surface(double from, double to, double stepMm) {
      List<double[]> points = new ArrayList<>();
      double start = Math.max(from, centreUMm - halfWidthMm);
      double end = Math.min(to, centreUMm + halfWidthMm);
      for (double u = start; u <= end + 1e-9; u += stepMm) {
        double du = (u - centreUMm) / halfWidthMm;
        points.add(
            new double[] {u, centreYMm - halfHeightMm * Math.sqrt(Math.max(0, 1 - du * du))});
      }
      return points;
    }
  }
}
