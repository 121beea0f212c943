package org.cryows.samples.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cryows.samples.ultrasound.Bone;
import org.cryows.samples.ultrasound.DepthCurve;
import org.cryows.samples.ultrasound.FibreTexture;
import org.cryows.samples.ultrasound.Layer;
import org.cryows.samples.ultrasound.NerveSection;
import org.cryows.samples.ultrasound.Scene;
import org.cryows.samples.ultrasound.Texture;
import org.cryows.samples.ultrasound.Tissue;
import org.cryows.samples.ultrasound.VesselSection;

/**
 * The three genicular nerve views of a right knee, the probe along the bone (coronal plane,
 * proximal on the left of the image), each at its landmark (DOMAIN.md, ULTRASOUND-SYNTH.md, the
 * planner's nerve catalog): the bone surface steps from the shaft to the flare of the epicondyle or
 * condyle, the genicular artery lies on the bone at the step, and the nerve beside it, both cut
 * across (they run round the bone, across the plane), in a pad of fat on the bone.
 *
 * <p>No published depth of these landmarks was found (ULTRASOUND-SYNTH.md): the cortex depth is a
 * parameter of each view, 12-20 mm. Sizes are estimates: a genicular artery of 1.8-2 mm lumen with
 * a 0.25 mm wall, a nerve of 1.7 x 1.2 mm.
 */
public final class KneeViews {
  static final double WIDTH_MM = 38;
  static final double DEPTH_MM = 35;

  static final double ARTERY_WALL_MM = 0.25;
  static final double ARTERY_PULSE = 0.08;
  static final double NERVE_HALF_WIDTH_MM = 0.85;
  static final double NERVE_HALF_HEIGHT_MM = 0.6;

  private KneeViews() {}

  /**
   * SMGN: superior medial genicular nerve at the junction of the femoral shaft with the medial
   * epicondyle, beside the superior medial genicular artery on the bone. Under the skin and fat,
   * vastus medialis over the shaft, ending over the epicondyle.
   *
   * @param shaftCortexDepthMm the femoral shaft's cortex depth on the left of the image
   */
  public static Scene smgn(double shaftCortexDepthMm) {
    double shaft = shaftCortexDepthMm;
    double epicondyle = shaft - 6;
    DepthCurve femur =
        DepthCurve.through(
            -20,
            shaft,
            10,
            shaft,
            15,
            shaft - 0.4,
            19,
            shaft - 2.5,
            23,
            epicondyle + 0.8,
            27,
            epicondyle + 0.1,
            60,
            epicondyle);
    DepthCurve skin = DepthCurve.through(-20, 0.55, 10, 0.45, 25, 0.4, 60, 0.65);
    DepthCurve fat = DepthCurve.through(-20, 6.2, 10, 6.6, 25, 7.4, 60, 7.0);
    List<Layer> layers = new ArrayList<>(SkinLayers.over(skin));
    layers.add(new Layer(Tissue.FAT, fat, FibreTexture.fat(6, 1101)));
    layers.add(
        new Layer(
            Tissue.MUSCLE,
            above(femur, -20, 0.7, 12, 1.0, 15, 2.2, 19, 3.2, 23, 2.8, 28, 1.6, 60, 1.4),
            FibreTexture.muscle(12, 1102).along(fat)));
    layers.add(fatPad());
    return scene(
        femur, "femur", layers, "superior medial genicular artery", 19.6, 2.0, "SMGN", 22.3, 1103);
  }

  /**
   * SLGN: superior lateral genicular nerve at the junction of the femoral shaft with the lateral
   * epicondyle, the artery at the distal part of the transition (HAN-2019). The iliotibial band
   * under the fat, vastus lateralis over the shaft; thicker fat than medially.
   */
  public static Scene slgn(double shaftCortexDepthMm) {
    double shaft = shaftCortexDepthMm;
    double epicondyle = shaft - 5;
    DepthCurve femur =
        DepthCurve.through(
            -20,
            shaft,
            12,
            shaft,
            16,
            shaft - 0.5,
            20,
            shaft - 2.4,
            24,
            epicondyle + 0.5,
            28,
            epicondyle,
            60,
            epicondyle - 0.3);
    DepthCurve skin = DepthCurve.through(-20, 0.5, 15, 0.6, 60, 0.45);
    DepthCurve fat = DepthCurve.through(-20, 7.8, 10, 8.4, 30, 8.0, 60, 7.6);
    List<Layer> layers = new ArrayList<>(SkinLayers.over(skin));
    layers.add(new Layer(Tissue.FAT, fat, FibreTexture.fat(-4, 2201)));
    layers.add(new Layer(Tissue.TENDON, fat.shifted(1.8), FibreTexture.tendon(0, 2202).along(fat)));
    layers.add(
        new Layer(
            Tissue.MUSCLE,
            above(femur, -20, 0.8, 16, 1.0, 21, 2.6, 26, 2.0, 60, 1.2),
            FibreTexture.muscle(-10, 2203).along(fat)));
    layers.add(fatPad());
    return scene(
        femur, "femur", layers, "superior lateral genicular artery", 22.6, 1.9, "SLGN", 25.3, 2204);
  }

  /**
   * IMGN: inferior medial genicular nerve at the junction of the tibial shaft with the medial
   * tibial condyle, deep to the medial collateral ligament, beside the inferior medial genicular
   * artery at the proximal part of the transition (HAN-2019). The condyle is proximal (left) and
   * shallower, the shaft distal (right) and deeper; the ligament (about 2.6 mm) follows the bone.
   */
  public static Scene imgn(double shaftCortexDepthMm) {
    double shaft = shaftCortexDepthMm;
    double condyle = shaft - 4.5;
    DepthCurve tibia =
        DepthCurve.through(
            -20,
            condyle,
            10,
            condyle + 0.1,
            14,
            condyle + 0.9,
            18,
            shaft - 1.6,
            22,
            shaft - 0.3,
            26,
            shaft,
            60,
            shaft + 0.2);
    DepthCurve skin = DepthCurve.through(-20, 0.6, 20, 0.5, 60, 0.55);
    DepthCurve padTop = above(tibia, -20, 0.8, 12, 1.4, 16, 3.4, 21, 3.0, 26, 1.4, 60, 1.0);
    List<Layer> layers = new ArrayList<>(SkinLayers.over(skin));
    layers.add(new Layer(Tissue.FAT, padTop.shifted(-2.2), FibreTexture.fat(3, 3301)));
    layers.add(new Layer(Tissue.TENDON, padTop, FibreTexture.tendon(0, 3302).along(padTop)));
    layers.add(fatPad());
    return scene(
        tibia, "tibia", layers, "inferior medial genicular artery", 16.0, 1.8, "IMGN", 19.4, 3303);
  }

  /** The fat on the bone where the artery and nerve run: lobules without septa. */
  private static Layer fatPad() {
    Texture lobules = (u, y) -> 0.8f;
    return new Layer(Tissue.FAT, DepthCurve.level(1000), lobules);
  }

  private static Scene scene(
      DepthCurve boneSurface,
      String boneName,
      List<Layer> layers,
      String arteryName,
      double arteryUMm,
      double arteryLumenMm,
      String nerveId,
      double nerveUMm,
      long seed) {
    double arteryRadius = arteryLumenMm / 2 + ARTERY_WALL_MM;
    var artery =
        new VesselSection(
            arteryName,
            arteryUMm,
            restingOn(boneSurface, arteryUMm, arteryRadius),
            arteryLumenMm,
            ARTERY_WALL_MM,
            ARTERY_PULSE);
    var nerve =
        NerveSection.withFascicles(
            nerveId,
            nerveUMm,
            restingOn(boneSurface, nerveUMm, NERVE_HALF_HEIGHT_MM),
            NERVE_HALF_WIDTH_MM,
            NERVE_HALF_HEIGHT_MM,
            0.05,
            0.02,
            3,
            seed);
    return new Scene(
        WIDTH_MM,
        DEPTH_MM,
        layers,
        List.of(new Bone.Below(boneName, boneSurface, -1000, 1000)),
        nerve,
        List.of(artery),
        Optional.empty());
  }

  /** The depth of a centre that lets a circle of {@code radius} rest on the bone at {@code u}. */
  static double restingOn(DepthCurve bone, double u, double radius) {
    double slope = bone.slope(u);
    double depth = bone.depthMm(u) - (radius + 0.15) * Math.sqrt(1 + slope * slope);
    // Clear of the surface on both sides too (a circle in a concave corner).
    for (double du = -radius; du <= radius; du += radius / 8) {
      double vertical = Math.sqrt(Math.max(0, radius * radius - du * du));
      depth = Math.min(depth, bone.depthMm(u + du) - vertical - 0.15);
    }
    return depth;
  }

  /** A curve a given thickness above the bone: (x, thickness) pairs. */
  static DepthCurve above(DepthCurve bone, double... xAndThickness) {
    double[] knots = new double[xAndThickness.length];
    for (int i = 0; i < xAndThickness.length; i += 2) {
      knots[i] = xAndThickness[i];
      knots[i + 1] = bone.depthMm(xAndThickness[i]) - xAndThickness[i + 1];
    }
    return DepthCurve.through(knots);
  }
}
