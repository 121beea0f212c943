package org.cryows.samples.ultrasound;

import java.util.Objects;

/**
 * A band of one tissue across the image, from the bottom of the layer above down to its own bottom
 * curve (the deepest layer of a scene runs to the bottom of the image).
 *
 * @param undulationMm how far the bottom strays from its curve, at most: no fascia is a perfect
 *     curve, and a rough boundary (dermis to fat) breaks its echo up
 * @param undulationScaleMm the lateral distance over which the undulation varies
 */
public record Layer(
    Tissue tissue,
    DepthCurve bottom,
    Texture texture,
    double undulationMm,
    double undulationScaleMm) {
  /** The undulation of a fascia or other smooth boundary. */
  public static final double SMOOTH_MM = 0.12;

  /** The lateral scale of a smooth boundary's undulation. */
  public static final double SMOOTH_SCALE_MM = 1.5;

  public Layer {
    Objects.requireNonNull(tissue, "tissue");
    Objects.requireNonNull(bottom, "bottom");
    Objects.requireNonNull(texture, "texture");
    if (undulationMm < 0 || !(undulationScaleMm > 0)) {
      throw new IllegalArgumentException("undulation is not negative and its scale is positive");
    }
  }

  public Layer(Tissue tissue, DepthCurve bottom, Texture texture) {
    this(tissue, bottom, texture, SMOOTH_MM, SMOOTH_SCALE_MM);
  }

  public static Layer of(Tissue tissue, DepthCurve bottom) {
    return new Layer(tissue, bottom, Texture.UNIFORM, SMOOTH_MM, SMOOTH_SCALE_MM);
  }
}
