package org.cryows.samples.ct;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.util.FastMath;

/**
 * A right knee as CT numbers (HU), arterial phase of a CT angiogram, in the knee's own frame: X
 * towards the patient's left (medial for a right knee), Y posterior, Z superior, millimetres, Z = 0
 * at the joint line. The same axes as the DICOM patient frame (LPS), moved.
 *
 * <p>Structures, from outside in: skin, subcutaneous fat, the muscles (quadriceps above the joint,
 * hamstrings behind, gastrocnemius and the calf below), the popliteal fossa's fat with the
 * popliteal artery and vein; the femur (shaft with cortex and fatty marrow, flaring to the condyles
 * of cancellous bone with a thin cortex and the intercondylar notch), the patella in front,
 * articular cartilage and menisci at the joint line, the tibia (plateau, tuberosity, shaft) and the
 * fibula's head and shaft; the patellar tendon and Hoffa's fat pad; the four genicular arteries
 * leaving the popliteal artery and running round the bones at their landmarks (superior ones at the
 * femoral shaft-epicondyle junction, inferior medial under the medial tibial condyle).
 *
 * <p>CT numbers are typical values (fat -100, muscle 50, tendon 90, cartilage 100, fatty marrow
 * -50, cancellous bone 280, cortical bone 1500, contrast-filled artery 330, unenhanced vein 60);
 * shapes and sizes are an adult knee's, simplified. Not a patient.
 */
public final class KneePhantom {
  static final double AIR = -1000;
  static final double SKIN = 30;
  static final double FAT = -100;
  static final double MUSCLE = 50;
  static final double TENDON = 90;
  static final double CARTILAGE = 100;
  static final double MARROW = -50;
  static final double CANCELLOUS = 280;
  static final double CORTEX = 1500;
  static final double ARTERY = 330;
  static final double VEIN = 60;

  /** Femur and tibia share this axis (X, Y). */
  static final double BONE_AXIS_X = 0;

  static final double BONE_AXIS_Y = 6;

  /** A vessel: a tube of radius {@code radiusMm} along a polyline of (X, Y, Z) points. */
  record Vessel(String name, double radiusMm, double hu, List<double[]> path) {
    Vessel {
      path = path.stream().map(double[]::clone).toList();
    }
  }

  private final List<Vessel> vessels;

  public KneePhantom() {
    this.vessels = List.copyOf(buildVessels());
  }

  /** The arteries and vein, for the truth and the tests. */
  List<Vessel> vessels() {
    return vessels;
  }

  /**
   * The CT numbers of one axial slice at height {@code z}, on a grid of {@code columns} x {@code
   * rows} pixel centres from ({@code x0}, {@code y0}) with {@code spacingMm} steps, row by row.
   */
  public double[] slice(double z, double x0, double y0, double spacingMm, int columns, int rows) {
    double[] hu = new double[columns * rows];
    var level = new Level(z);
    for (int r = 0; r < rows; r++) {
      double y = y0 + r * spacingMm;
      for (int c = 0; c < columns; c++) {
        hu[r * columns + c] = level.tissue(x0 + c * spacingMm, y);
      }
    }
    for (Vessel v : vessels) {
      paintVessel(v, z, x0, y0, spacingMm, columns, rows, hu);
    }
    return hu;
  }

  /** Everything that depends on the slice's height only, computed once per slice. */
  private static final class Level {
    final double z;
    final double bodyHalfX;
    final double bodyHalfY;
    final double fatMm;
    final double femurHalfX;
    final double femurHalfY;
    final double femurCortexMm;
    final boolean femurPresent;
    final boolean condyles;
    final double tibiaHalfX;
    final double tibiaHalfY;
    final double tibiaCortexMm;
    final boolean tibiaPresent;
    final boolean tibiaShaft;

    Level(double z) {
      this.z = z;
      // The thigh above is wider than the knee; the calf below a little narrower.
      bodyHalfX = 58 + 8 * smoothStep(10, 60, z) - 4 * smoothStep(-20, -60, z);
      bodyHalfY = 54 + 6 * smoothStep(10, 60, z);
      fatMm = 7 + 2 * smoothStep(-5, 20, z);
      // Femur: shaft radius 14 above Z = 60, condyles 40 x 29 below Z = 14.
      double flare = smoothStep(60, 14, z);
      femurHalfX = 14 + 26 * flare;
      femurHalfY = 14 + 15 * flare;
      femurCortexMm = 4.2 - 2.8 * smoothStep(70, 30, z);
      condyles = z < 22;
      femurPresent = z > 1.5;
      // Tibia: plateau 38 x 26 just below the joint, shaft radius 15 below Z = -55.
      double taper = smoothStep(-8, -55, z);
      tibiaHalfX = 38 - 23 * taper;
      tibiaHalfY = 26 - 11 * taper;
      tibiaCortexMm = 1.2 + 3.0 * smoothStep(-30, -70, z);
      tibiaPresent = z < -1.5;
      tibiaShaft = z < -40;
    }

    double tissue(double x, double y) {
      double body = ellipse(x, y - 5, bodyHalfX, bodyHalfY);
      if (body > 1) {
        return AIR;
      }
      double depthFromSkin = (1 - Math.sqrt(body)) * Math.min(bodyHalfX, bodyHalfY);
      if (depthFromSkin < 1.5) {
        return SKIN;
      }
      double bone = bone(x, y);
      if (!Double.isNaN(bone)) {
        return bone;
      }
      if (depthFromSkin < fatMm) {
        return FAT;
      }
      return softTissue(x, y);
    }

    /** The bones and the joint; NaN where there is none. */
    double bone(double x, double y) {
      double bx = x - BONE_AXIS_X;
      double by = y - BONE_AXIS_Y;
      if (femurPresent) {
        double distal = femurDistalSurface(bx, by);
        if (z >= distal) {
          double e = ellipse(bx, by, femurHalfX, femurHalfY);
          boolean inNotch = condyles && Math.abs(bx) < 10 && by > femurHalfY - 20 - (22 - z);
          if (e <= 1 && !inNotch) {
            double inside = (1 - Math.sqrt(e)) * Math.min(femurHalfX, femurHalfY);
            if (inside < femurCortexMm || z - distal < 1.2) {
              return CORTEX;
            }
            return z > 55 ? MARROW : CANCELLOUS;
          }
        } else if (z >= distal - 2.2 && ellipse(bx, by, femurHalfX, femurHalfY) <= 1) {
          return CARTILAGE;
        }
      }
      double patella = ellipsoid(x, y + 36, z - 28, 21, 10, 22);
      if (patella <= 1) {
        return patella > 0.72 ? CORTEX * 0.8 : CANCELLOUS;
      }
      if (tibiaPresent) {
        double e = ellipse(bx, by, tibiaHalfX, tibiaHalfY);
        // The tuberosity: a bump at the front of the upper shaft.
        double tuberosity = ellipsoid(bx, by + tibiaHalfY - 2, z + 32, 9, 7, 14);
        if (e <= 1 || tuberosity <= 1) {
          if (z > -4) {
            return CARTILAGE;
          }
          double inside = (1 - Math.sqrt(Math.min(e, 1))) * Math.min(tibiaHalfX, tibiaHalfY);
          if (inside < tibiaCortexMm || z > -5.2) {
            return CORTEX;
          }
          return tibiaShaft ? MARROW : CANCELLOUS;
        }
      }
      // Menisci: wedges at the rim of each compartment, in the joint space.
      if (z > -4 && z < 2) {
        double rim = ellipse(bx, by, 41, 29);
        double inner = ellipse(bx - Math.signum(bx) * 18, by, 16, 19);
        if (rim <= 1 && inner > 1 && Math.abs(bx) > 6) {
          return TENDON;
        }
      }
      double fibula = fibula(x, y);
      if (!Double.isNaN(fibula)) {
        return fibula;
      }
      return Double.NaN;
    }

    /** The femur's condyles end in rounded surfaces, lowest under each condyle's centre. */
    double femurDistalSurface(double bx, double by) {
      double condyleX = Math.abs(bx) - 21;
      return 2 + 0.018 * condyleX * condyleX + 0.012 * (by + 2) * (by + 2);
    }

    double fibula(double x, double y) {
      // Lateral (-X) and posterior; the head from Z = -8 to -24, then the shaft.
      if (z > -8) {
        return Double.NaN;
      }
      double radius = z > -24 ? 10 - 3 * smoothStep(-14, -24, z) : 7;
      double dx = x + 34;
      double dy = y - 18;
      double d = Math.hypot(dx, dy);
      if (d > radius) {
        return Double.NaN;
      }
      return radius - d < 2 ? CORTEX : (z > -24 ? CANCELLOUS : MARROW);
    }

    double softTissue(double x, double y) {
      // Popliteal fossa: fat round the vessels behind the joint.
      if (ellipse(x - 1, y - 38, 16 - 4 * smoothStep(0, 40, Math.abs(z)), 12) <= 1) {
        return FAT;
      }
      boolean front = y < BONE_AXIS_Y;
      if (z > 45) {
        // The quadriceps tendon in front, muscle all round.
        if (front && Math.abs(x) < 14 && y < -20 && y > -34) {
          return TENDON;
        }
        return MUSCLE;
      }
      if (z > -15) {
        // Round the joint: the patellar tendon and Hoffa's fat pad in front, the collateral
        // ligaments at the sides, gastrocnemius heads behind, fat elsewhere.
        if (front && z < 10 && Math.abs(x) < 13 && y < -32 && y > -39) {
          return TENDON;
        }
        if (front && z < 12 && Math.abs(x) < 16 && y >= -32 && y < -14) {
          return FAT;
        }
        if (Math.abs(Math.abs(x) - 45) < 2 && Math.abs(y - 4) < 14) {
          return TENDON;
        }
        if (!front && Math.abs(x) > 8 && Math.abs(x) < 38 && y > 22) {
          return MUSCLE;
        }
        if (z > 25) {
          return MUSCLE;
        }
        return FAT;
      }
      // Below the joint: the patellar tendon to the tuberosity, the calf's muscles.
      if (front && z > -30 && Math.abs(x) < 12 && y < -30) {
        return TENDON;
      }
      return MUSCLE;
    }
  }

  /** Paints the vessel's tube where it crosses the slice at height {@code z}. */
  private static void paintVessel(
      Vessel v,
      double z,
      double x0,
      double y0,
      double spacing,
      int columns,
      int rows,
      double[] hu) {
    List<double[]> p = v.path();
    for (int i = 0; i + 1 < p.size(); i++) {
      double[] a = p.get(i);
      double[] b = p.get(i + 1);
      if (Math.min(a[2], b[2]) - v.radiusMm() > z || Math.max(a[2], b[2]) + v.radiusMm() < z) {
        continue;
      }
      double minX = Math.min(a[0], b[0]) - v.radiusMm();
      double maxX = Math.max(a[0], b[0]) + v.radiusMm();
      double minY = Math.min(a[1], b[1]) - v.radiusMm();
      double maxY = Math.max(a[1], b[1]) + v.radiusMm();
      int c0 = Math.max(0, (int) Math.floor((minX - x0) / spacing));
      int c1 = Math.min(columns - 1, (int) Math.ceil((maxX - x0) / spacing));
      int r0 = Math.max(0, (int) Math.floor((minY - y0) / spacing));
      int r1 = Math.min(rows - 1, (int) Math.ceil((maxY - y0) / spacing));
      for (int r = r0; r <= r1; r++) {
        for (int c = c0; c <= c1; c++) {
          double d = distanceToSegment(x0 + c * spacing, y0 + r * spacing, z, a, b);
          if (d <= v.radiusMm()) {
            hu[r * columns + c] = v.hu();
          }
        }
      }
    }
  }

  private static List<Vessel> buildVessels() {
    List<Vessel> list = new ArrayList<>();
    // The popliteal artery and vein run down the fossa behind the joint.
    list.add(
        new Vessel(
            "popliteal artery",
            3.0,
            ARTERY,
            List.of(
                new double[] {2, 36, 80},
                new double[] {1, 38, 30},
                new double[] {0, 37, -20},
                new double[] {-2, 34, -70})));
    list.add(
        new Vessel(
            "popliteal vein",
            3.8,
            VEIN,
            List.of(
                new double[] {-5, 41, 80},
                new double[] {-6, 43, 30},
                new double[] {-6, 41, -20},
                new double[] {-7, 37, -70})));
    // The genicular arteries: from the popliteal artery round the bone, 2.5 mm off its surface.
    list.add(
        genicular("superior medial genicular artery", 27, 25, 80, -25, 1, new double[] {1, 38}));
    list.add(
        genicular("superior lateral genicular artery", 26, 24, 100, 205, -1, new double[] {1, 38}));
    list.add(
        genicular("inferior medial genicular artery", -10, -13, 80, -20, 1, new double[] {0, 37}));
    list.add(
        genicular("inferior lateral genicular artery", -3, -4, 100, 190, -1, new double[] {0, 37}));
    return list;
  }

  /**
   * A genicular artery: from the popliteal artery at {@code origin} (X, Y) to the bone, then round
   * it from {@code fromDeg} to {@code toDeg} (angles from +X towards +Y, i.e. from medial towards
   * posterior), descending from {@code zStart} to {@code zEnd}.
   */
  private static Vessel genicular(
      String name,
      double zStart,
      double zEnd,
      double fromDeg,
      double toDeg,
      int side,
      double[] origin) {
    List<double[]> path = new ArrayList<>();
    path.add(new double[] {origin[0], origin[1], zStart + 1});
    int steps = 10;
    for (int i = 0; i <= steps; i++) {
      double t = i / (double) steps;
      double z = zStart + (zEnd - zStart) * t;
      double angle = Math.toRadians(fromDeg + (toDeg - fromDeg) * t);
      var level = new Level(z);
      boolean femur = z > 1.5;
      double halfX = (femur ? level.femurHalfX : level.tibiaHalfX) + 2.5;
      double halfY = (femur ? level.femurHalfY : level.tibiaHalfY) + 2.5;
      path.add(
          new double[] {
            BONE_AXIS_X + halfX * FastMath.cos(angle), BONE_AXIS_Y + halfY * FastMath.sin(angle), z
          });
    }
    return new Vessel(name, 0.9, ARTERY, path);
  }

  static double distanceToSegment(double x, double y, double z, double[] a, double[] b) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double dz = b[2] - a[2];
    double length2 = dx * dx + dy * dy + dz * dz;
    double t = length2 == 0 ? 0 : ((x - a[0]) * dx + (y - a[1]) * dy + (z - a[2]) * dz) / length2;
    t = Math.max(0, Math.min(1, t));
    double px = a[0] + t * dx - x;
    double py = a[1] + t * dy - y;
    double pz = a[2] + t * dz - z;
    return Math.sqrt(px * px + py * py + pz * pz);
  }

  static double ellipse(double x, double y, double halfX, double halfY) {
    return (x / halfX) * (x / halfX) + (y / halfY) * (y / halfY);
  }

  static double ellipsoid(double x, double y, double z, double a, double b, double c) {
    return (x / a) * (x / a) + (y / b) * (y / b) + (z / c) * (z / c);
  }

  /** 0 at {@code from}, 1 at {@code to}, smooth between (either direction). */
  static double smoothStep(double from, double to, double value) {
    double t = Math.max(0, Math.min(1, (value - from) / (to - from)));
    return t * t * (3 - 2 * t);
  }
}
