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
import org.cryows.samples.ultrasound.Tissue;
import org.cryows.samples.ultrasound.VesselSection;

/**
 * The greater occipital nerve at C2, right side, the probe along the obliquus capitis inferior
 * (medial, the C2 spinous process, on the left; lateral, the C1 transverse process, on the right):
 * skin, fat, trapezius, semispinalis capitis (its fibres cut across), then the nerve as a small
 * oval on the superficial surface of the obliquus capitis inferior, deep to semispinalis capitis
 * (the planner's catalog: NYSORA-GON, STOGICZA-2019), the muscle itself running across the image,
 * and the bone of C2 and C1 under it.
 *
 * <p>The occipital artery is drawn lateral to the nerve in the same plane: it is the catalog's
 * companion vessel, but in the body it joins the nerve more distally, at the superior nuchal line
 * (NYSORA-GON); here it stands as the landmark a plan keeps its ice away from. Depths and sizes are
 * estimates: the nerve 2.8 x 1.4 mm at about 18 mm, the muscle 9 mm thick, bone from 29 mm.
 */
public final class OccipitalView {
  static final double WIDTH_MM = 38;
  static final double DEPTH_MM = 40;

  private OccipitalView() {}

  /**
   * @param nerveId the catalog id, {@code GON}
   */
  public static Scene scene(String nerveId) {
    DepthCurve skin = DepthCurve.through(-20, 0.5, 20, 0.55, 60, 0.5);
    DepthCurve fat = DepthCurve.through(-20, 5.8, 15, 6.1, 60, 5.7);
    DepthCurve trapezius = DepthCurve.through(-20, 8.9, 20, 9.2, 60, 8.8);
    // Semispinalis capitis ends on the obliquus, which rises a little towards C1.
    DepthCurve semispinalis = DepthCurve.through(-20, 19.8, 10, 19.6, 25, 18.6, 60, 17.8);
    DepthCurve obliquus = DepthCurve.through(-20, 29.0, 12, 28.6, 26, 27.4, 60, 26.8);
    List<Layer> layers = new ArrayList<>(SkinLayers.over(skin));
    layers.add(new Layer(Tissue.FAT, fat, FibreTexture.fat(-3, 5501)));
    layers.add(new Layer(Tissue.MUSCLE, trapezius, FibreTexture.muscle(2, 5502).along(fat)));
    layers.add(Fascia.under(trapezius));
    // Semispinalis cut across its fibres: short bright flecks rather than long lines.
    var acrossFibres = new FibreTexture(0, 0.8, 0.12, 0.6, 2.4, 0.1, 3, 0.9, 0.45, 5503);
    layers.add(new Layer(Tissue.MUSCLE, semispinalis, acrossFibres));
    // The plane the nerve runs in: fascia, a little fat, fascia.
    layers.add(Fascia.under(semispinalis));
    DepthCurve planeFat = semispinalis.shifted(Fascia.THICKNESS_MM + 0.6);
    layers.add(new Layer(Tissue.FAT, planeFat, (u, y) -> 0.8f));
    layers.add(Fascia.under(planeFat));
    layers.add(
        new Layer(Tissue.MUSCLE, obliquus, FibreTexture.muscle(-4, 5504).along(semispinalis)));
    layers.add(Fascia.under(obliquus));
    layers.add(new Layer(Tissue.MUSCLE, DepthCurve.level(1000), FibreTexture.muscle(10, 5505)));
    DepthCurve lamina = DepthCurve.through(-20, 29.6, 6, 29.4, 11, 30.4, 14, 33.5);
    List<Bone> bones =
        List.of(
            new Bone.Below("C2 lamina", lamina, -1000, 13.5),
            new Bone.Section("C1 transverse process", 36.0, 31.5, 6.5, 3.2));
    double nerveU = 16.5;
    double nerveHalfHeight = 0.7;
    var nerve =
        NerveSection.withFascicles(
            nerveId,
            nerveU,
            semispinalis.depthMm(nerveU) + 0.6,
            1.4,
            nerveHalfHeight,
            0.1,
            -0.25,
            12,
            5506);
    double arteryU = 22.5;
    var artery =
        new VesselSection(
            "occipital artery", arteryU, semispinalis.depthMm(arteryU) + 0.4, 1.9, 0.25, 0.08);
    return new Scene(WIDTH_MM, DEPTH_MM, layers, bones, nerve, List.of(artery), Optional.empty());
  }
}
