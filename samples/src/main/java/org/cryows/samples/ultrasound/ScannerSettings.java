package org.cryows.samples.ultrasound;

/**
 * How the simulated linear probe and scanner image: pixel size, centre frequency, beam, time-gain
 * compensation, noise and display. Values from ../shared/design/ULTRASOUND-SYNTH.md (linear array,
 * 0.1 mm pixels, 10-12 MHz, axial FWHM 0.15-0.3 mm, lateral 0.3-0.5 mm wider away from the focus,
 * TGC alpha_ref 0.6-0.7, noise floor about -55 dB, 60 dB dynamic range).
 *
 * @param pixelMm pixel size, both directions
 * @param frequencyMHz centre frequency f0 (attenuation and TGC)
 * @param tgcAlphaDbPerCmMHz alpha_ref of the time-gain compensation
 * @param focusDepthMm the transmit focus: the beam is narrowest there
 * @param axialFwhmMm axial full width at half maximum of the point spread
 * @param lateralFwhmAtFocusMm lateral full width at half maximum at the focus
 * @param lateralFwhmGrowthPerMm lateral FWHM added per mm of depth away from the focus
 * @param dynamicRangeDb displayed dynamic range of the log compression
 * @param noiseFloorDb the electronic noise, relative to the brightest echo
 * @param specularGain amplitude of a specular echo per unit of sqrt(R), relative to muscle speckle
 *     of backscatter 1 before the point spread (100: a flat muscle-bone surface stands about 41 dB
 *     over the rms of muscle speckle, a fat-muscle fascia about 25 dB)
 */
public record ScannerSettings(
    double pixelMm,
    double frequencyMHz,
    double tgcAlphaDbPerCmMHz,
    double focusDepthMm,
    double axialFwhmMm,
    double lateralFwhmAtFocusMm,
    double lateralFwhmGrowthPerMm,
    double dynamicRangeDb,
    double noiseFloorDb,
    double specularGain) {

  public ScannerSettings {
    if (!(pixelMm > 0)
        || !(frequencyMHz > 0)
        || !(axialFwhmMm > 0)
        || !(lateralFwhmAtFocusMm > 0)) {
      throw new IllegalArgumentException("pixel size, frequency and beam widths are positive");
    }
    if (!(dynamicRangeDb > 0) || !(noiseFloorDb < 0) || tgcAlphaDbPerCmMHz < 0) {
      throw new IllegalArgumentException("dynamic range > 0, noise floor < 0 dB, TGC >= 0");
    }
  }

  /** A 10 MHz linear probe focused at {@code focusDepthMm}, 0.1 mm pixels. */
  public static ScannerSettings linearProbe(double focusDepthMm, double tgcAlphaDbPerCmMHz) {
    return new ScannerSettings(
        0.1, 10, tgcAlphaDbPerCmMHz, focusDepthMm, 0.25, 0.5, 0.02, 60, -55, 100);
  }

  /** The lateral FWHM at a depth. */
  public double lateralFwhmMm(double depthMm) {
    return lateralFwhmAtFocusMm + lateralFwhmGrowthPerMm * Math.abs(depthMm - focusDepthMm);
  }
}
