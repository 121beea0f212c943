package org.cryows.samples.ultrasound;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The anatomy under the probe, in world millimetres: u across (0 at the left edge of the image when
 * the probe is where frame 1 was taken), y down from the probe face. Layers from the gel down,
 * bones over them, one nerve and its arteries over those. Painted once into a world label map; only
 * the arteries, which pulse, are painted again for each frame.
 *
 * @param widthMm the image's width
 * @param depthMm the image's depth
 * @param layers from the top: the first is the coupling gel, whose bottom is the skin
 * @param pleura the pleural line for the truth, when the view holds one
 */
public record Scene(
    double widthMm,
    double depthMm,
    List<Layer> layers,
    List<Bone> bones,
    NerveSection nerve,
    List<VesselSection> vessels,
    Optional<DepthCurve> pleura) {

  public Scene {
    layers = List.copyOf(layers);
    bones = List.copyOf(bones);
    vessels = List.copyOf(vessels);
    Objects.requireNonNull(nerve, "nerve");
    Objects.requireNonNull(pleura, "pleura");
    if (layers.isEmpty() || layers.getFirst().tissue() != Tissue.GEL) {
      throw new IllegalArgumentException("a scene starts with the coupling gel above the skin");
    }
  }

  /** Value noise in [-1, 1] along u, smooth over {@code scaleMm}, one pattern per layer. */
  static double undulation(int layer, double uMm, double scaleMm) {
    double cells = uMm / scaleMm;
    long cell = (long) Math.floor(cells);
    double t = cells - cell;
    double smooth = t * t * (3 - 2 * t);
    double a = Hashes.unit(layer, cell, 7);
    double b = Hashes.unit(layer, cell + 1, 7);
    return 2 * (a + (b - a) * smooth) - 1;
  }

  /** The skin surface: the bottom of the gel. */
  public DepthCurve skin() {
    return layers.getFirst().bottom();
  }

  /**
   * Paints the static anatomy into {@code world}, whose column {@code originColumn} lies at u = 0
   * and whose pixels are {@code pixelMm} wide and high (pixel centres at whole multiples).
   */
  public void paintWorld(TissueMap world, int originColumn, double pixelMm) {
    int layerCount = layers.size();
    double[] bottoms = new double[layerCount];
    for (int c = 0; c < world.columns(); c++) {
      double u = (c - originColumn) * pixelMm;
      double previous = 0;
      for (int i = 0; i < layerCount; i++) {
        // A layer never ends above the one before it.
        Layer l = layers.get(i);
        double undulation = l.undulationMm() * undulation(i, u, l.undulationScaleMm());
        previous = Math.max(previous, l.bottom().depthMm(u) + undulation);
        bottoms[i] = previous;
      }
      int layer = 0;
      for (int r = 0; r < world.rows(); r++) {
        double y = r * pixelMm;
        while (layer < layerCount - 1 && y >= bottoms[layer]) {
          layer++;
        }
        Layer l = layers.get(layer);
        Tissue tissue = l.tissue();
        float texture = l.texture().multiplier(u, y);
        for (Bone bone : bones) {
          if (bone.contains(u, y)) {
            tissue = Tissue.BONE;
            texture = 1f;
            break;
          }
        }
        Tissue nerveTissue = nerve.tissueAt(u, y);
        if (nerveTissue != null) {
          tissue = nerveTissue;
          texture = 1f;
        }
        world.set(r, c, tissue, texture);
      }
    }
  }

  /**
   * Paints the arteries at a point of the pulse into {@code window}, whose column 0 lies at {@code
   * firstU} mm.
   */
  public void paintVessels(TissueMap window, double firstUMm, double pixelMm, double pulseWave) {
    for (VesselSection v : vessels) {
      double lumen = v.lumenDiameterMm(pulseWave) / 2;
      double outer = v.outerDiameterMm(pulseWave) / 2;
      int c0 = (int) Math.floor((v.centreUMm() - outer - firstUMm) / pixelMm) - 1;
      int c1 = (int) Math.ceil((v.centreUMm() + outer - firstUMm) / pixelMm) + 1;
      int r0 = (int) Math.floor((v.centreYMm() - outer) / pixelMm) - 1;
      int r1 = (int) Math.ceil((v.centreYMm() + outer) / pixelMm) + 1;
      for (int r = Math.max(0, r0); r <= Math.min(window.rows() - 1, r1); r++) {
        for (int c = Math.max(0, c0); c <= Math.min(window.columns() - 1, c1); c++) {
          double distance =
              Math.hypot(firstUMm + c * pixelMm - v.centreUMm(), r * pixelMm - v.centreYMm());
          if (distance <= lumen) {
            window.set(r, c, Tissue.BLOOD, 1f);
          } else if (distance <= outer) {
            window.set(r, c, Tissue.ARTERY_WALL, 1f);
          }
        }
      }
    }
  }

  /** The truth of a frame taken with the probe {@code probeOffsetMm} from frame 1's place. */
  public FrameTruth truth(int frame, double timeMs, double probeOffsetMm, double pulseWave) {
    double s = probeOffsetMm;
    List<double[]> path = new ArrayList<>();
    for (double z = -10; z <= 10 + 1e-9; z += 5) {
      path.add(
          new double[] {
            nerve.centreUMm() + nerve.courseUPerMm() * z - s,
            nerve.centreYMm() + nerve.courseYPerMm() * z,
            z
          });
    }
    var nerveTruth =
        new FrameTruth.NerveTruth(
            nerve.id(),
            new double[] {nerve.centreUMm() - s, nerve.centreYMm()},
            2 * nerve.halfWidthMm(),
            2 * nerve.halfHeightMm(),
            path);
    List<FrameTruth.VesselTruth> vesselTruths = new ArrayList<>();
    for (VesselSection v : vessels) {
      vesselTruths.add(
          new FrameTruth.VesselTruth(
              v.name(),
              new double[] {v.centreUMm() - s, v.centreYMm()},
              v.lumenDiameterMm(pulseWave),
              v.outerDiameterMm(pulseWave)));
    }
    List<FrameTruth.BoneTruth> boneTruths = new ArrayList<>();
    for (Bone bone : bones) {
      List<double[]> surface = new ArrayList<>();
      for (double[] p : bone.surface(s, s + widthMm, 1.0)) {
        surface.add(new double[] {p[0] - s, p[1]});
      }
      if (!surface.isEmpty()) {
        boneTruths.add(new FrameTruth.BoneTruth(bone.name(), surface));
      }
    }
    return new FrameTruth(
        frame,
        timeMs,
        probeOffsetMm,
        nerveTruth,
        vesselTruths,
        across(skin(), s),
        boneTruths,
        pleura.map(curve -> pleuraBetweenBones(curve, s)));
  }

  /** A curve sampled every mm across the image, in image coordinates. */
  private List<double[]> across(DepthCurve curve, double s) {
    List<double[]> points = new ArrayList<>();
    for (double x = 0; x <= widthMm + 1e-9; x += 1.0) {
      points.add(new double[] {x, curve.depthMm(x + s)});
    }
    return points;
  }

  /** The pleural line where no bone lies above it (under a rib it is in the shadow). */
  private List<double[]> pleuraBetweenBones(DepthCurve curve, double s) {
    List<double[]> points = new ArrayList<>();
    for (double x = 0; x <= widthMm + 1e-9; x += 1.0) {
      double u = x + s;
      double y = curve.depthMm(u);
      boolean shadowed = false;
      for (Bone bone : bones) {
        for (double above = 0; above < y && !shadowed; above += 0.5) {
          shadowed = bone.contains(u, above);
        }
      }
      if (!shadowed) {
        points.add(new double[] {x, y});
      }
    }
    return points;
  }
}
