package org.cryows.samples.cases;

import java.util.List;
import org.cryows.samples.ultrasound.DepthCurve;
import org.cryows.samples.ultrasound.Layer;
import org.cryows.samples.ultrasound.Texture;
import org.cryows.samples.ultrasound.Tissue;

/** The top of every view: coupling gel under the probe, then the skin (epidermis and dermis). */
final class SkinLayers {
  /** Dermis thickness. Estimate (1-2 mm over the knee, neck and chest wall). */
  static final double DERMIS_MM = 1.6;

  /** The dermis meets the fat along a rough line, not a fascia: 0.25 mm over 0.4 mm. Estimate. */
  static final double DERMIS_UNDULATION_MM = 0.25;

  static final double DERMIS_UNDULATION_SCALE_MM = 0.4;

  private SkinLayers() {}

  /**
   * @param skin the skin surface under the gel (the probe presses a little unevenly)
   */
  static List<Layer> over(DepthCurve skin) {
    return List.of(
        new Layer(Tissue.GEL, skin, Texture.UNIFORM, 0, 1),
        new Layer(
            Tissue.SKIN,
            skin.shifted(DERMIS_MM),
            Texture.UNIFORM,
            DERMIS_UNDULATION_MM,
            DERMIS_UNDULATION_SCALE_MM));
  }
}
