package org.cryows.samples.cases;

import org.cryows.samples.ultrasound.DepthCurve;
import org.cryows.samples.ultrasound.Layer;
import org.cryows.samples.ultrasound.Texture;
import org.cryows.samples.ultrasound.Tissue;

/**
 * A fascia between two muscles: a thin sheet of collagen, acoustically a tendon. Muscles of one
 * impedance meet without an echo; it is their fascia that draws the bright line between them.
 */
final class Fascia {
  /** Thickness of an intermuscular fascia. Estimate (0.2-0.5 mm). */
  static final double THICKNESS_MM = 0.3;

  private Fascia() {}

  /** The fascia under a layer that ends at {@code top}. */
  static Layer under(DepthCurve top) {
    return new Layer(Tissue.TENDON, top.shifted(THICKNESS_MM), Texture.UNIFORM);
  }
}
