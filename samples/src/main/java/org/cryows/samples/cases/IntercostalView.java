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
 * An intercostal nerve view of the right chest wall, the probe sagittal across two ribs (cranial on
 * the left): skin, fat, the serratus anterior, then the ribs (bright arcs with their shadows) with
 * the external, internal and innermost intercostal muscles between them, the pleural line a few
 * millimetres under the ribs' surface, and the lung below it: only reverberations of the pleura
 * (A-lines), and a pleura that slides with breathing.
 *
 * <p>The neurovascular bundle runs in the costal groove under the upper rib's lower border, between
 * the internal and innermost intercostal muscles, vein, artery and nerve from cranial to caudal
 * (DOMAIN.md: "below the rib"; the planner's catalog: below the rib's shadow, above the pleural
 * line; the artery often seen, the nerve seldom). Depths and sizes are estimates: ribs 11 mm tall
 * in section with their surface at 11.5 mm, the pleura at 17.8 mm, an artery of 1.5 mm, a vein of
 * 1.8 mm, a nerve of 1.4 x 1.0 mm.
 */
public final class IntercostalView {
  static final double WIDTH_MM = 38;
  static final double DEPTH_MM = 40;
  static final double PLEURA_MM = 17.8;
  static final double PLEURA_THICKNESS_MM = 0.35;

  private IntercostalView() {}

  /**
   * @param nerveId the catalog id of the nerve in view, e.g. {@code ICN-T6-R}
   */
  public static Scene scene(String nerveId) {
    DepthCurve skin = DepthCurve.through(-20, 0.5, 15, 0.6, 60, 0.5);
    DepthCurve fat = DepthCurve.through(-20, 5.2, 10, 5.6, 30, 5.4, 60, 5.8);
    DepthCurve serratus = DepthCurve.through(-20, 10.8, 19, 11.2, 60, 10.9);
    DepthCurve external = DepthCurve.through(-20, 13.4, 19, 13.7, 60, 13.5);
    DepthCurve internal = DepthCurve.through(-20, 15.0, 19, 15.2, 60, 15.0);
    DepthCurve pleura =
        DepthCurve.through(-20, PLEURA_MM - 0.2, 19, PLEURA_MM, 60, PLEURA_MM - 0.1);
    List<Layer> layers = new ArrayList<>(SkinLayers.over(skin));
    layers.add(new Layer(Tissue.FAT, fat, FibreTexture.fat(4, 4401)));
    layers.add(new Layer(Tissue.MUSCLE, serratus, FibreTexture.muscle(8, 4402).along(fat)));
    layers.add(Fascia.under(serratus));
    layers.add(new Layer(Tissue.MUSCLE, external, FibreTexture.muscle(-28, 4403)));
    layers.add(Fascia.under(external));
    layers.add(new Layer(Tissue.MUSCLE, internal, FibreTexture.muscle(30, 4404)));
    // The bundle's plane, between the internal and innermost muscles: a little fat.
    layers.add(new Layer(Tissue.FAT, internal.shifted(1.4), (u, y) -> 0.8f));
    layers.add(
        new Layer(
            Tissue.MUSCLE, pleura.shifted(-PLEURA_THICKNESS_MM), FibreTexture.muscle(0, 4405)));
    layers.add(new Layer(Tissue.PLEURA, pleura, Texture.UNIFORM));
    layers.add(Layer.of(Tissue.AIR, DepthCurve.level(1000)));
    List<Bone> ribs =
        List.of(
            new Bone.Section("upper rib", 2.5, 16.8, 6.0, 5.3),
            new Bone.Section("lower rib", 36.5, 16.9, 6.0, 5.3));
    double bundleDepth = 15.8;
    var vein = new VesselSection("intercostal vein", 9.6, bundleDepth - 0.1, 1.6, 0.1, 0);
    var artery = new VesselSection("intercostal artery", 11.8, bundleDepth, 1.5, 0.22, 0.08);
    var nerve =
        NerveSection.withFascicles(nerveId, 14.1, bundleDepth + 0.05, 0.7, 0.5, 0.0, 0.0, 3, 4406);
    return new Scene(
        WIDTH_MM, DEPTH_MM, layers, ribs, nerve, List.of(vein, artery), Optional.of(pleura));
  }
}
