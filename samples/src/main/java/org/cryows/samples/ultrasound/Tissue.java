package org.cryows.samples.ultrasound;

/**
 * The acoustic properties of each tissue a synthetic B-mode image is built from: impedance (for the
 * echo at an interface and what it lets through), attenuation (along each beam's path) and
 * backscatter (the speckle amplitude of the tissue itself).
 *
 * <p>Values from ../shared/design/ULTRASOUND-SYNTH.md (PMC10346919 table A2, PMC10001275 table 4,
 * PLUS defaults) where it lists them: fat, muscle, blood, artery wall, nerve, cortical bone. The
 * others are estimates in the same spirit, marked so: coupling gel (water-like), dermis (bright,
 * like the wall), tendon and ligament (denser than muscle, fibrillar), the nerve's fascicles (the
 * nerve's impedance, dark inside its bright epineurium: the honeycomb), the pleura (a thin bright
 * membrane) and air (which reflects almost everything).
 */
public enum Tissue {
  /** Coupling gel between probe and skin; anechoic. Estimate (water). */
  GEL(1.52, 0.002, 0.0),
  /** Dermis; a bright band under the entry echo. Estimate. */
  SKIN(1.62, 0.8, 2.0),
  FAT(1.39, 0.7, 0.5),
  MUSCLE(1.68, 1.0, 1.0),
  /** Tendon and ligament (MCL, iliotibial band); fibrillar. Estimate. */
  TENDON(1.75, 1.1, 1.4),
  /** Blood in a lumen: low attenuation (posterior enhancement), almost no backscatter. */
  BLOOD(1.61, 0.15, 0.01),
  ARTERY_WALL(1.70, 1.0, 3.0),
  /** The nerve's epineurium and connective tissue: the hyperechoic part. */
  NERVE(1.65, 1.0, 2.0),
  /** A fascicle inside a nerve: same impedance as the nerve, darker. Estimate. */
  NERVE_FASCICLE(1.65, 1.0, 0.5),
  /** Cortical bone: a specular surface, then nothing (at least 10 dB/cm/MHz). */
  BONE(6.5, 12.0, 1.2),
  /** The pleura: a thin bright membrane that slides with breathing. Estimate. */
  PLEURA(1.65, 1.0, 3.0),
  /** Air in the lung: reflects almost all the energy; below it only reverberations. */
  AIR(0.0004, 0.0, 0.0);

  private final double impedanceMRayl;
  private final double attenuationDbPerCmMHz;
  private final double backscatter;

  Tissue(double impedanceMRayl, double attenuationDbPerCmMHz, double backscatter) {
    this.impedanceMRayl = impedanceMRayl;
    this.attenuationDbPerCmMHz = attenuationDbPerCmMHz;
    this.backscatter = backscatter;
  }

  public double impedanceMRayl() {
    return impedanceMRayl;
  }

  public double attenuationDbPerCmMHz() {
    return attenuationDbPerCmMHz;
  }

  /** Relative speckle amplitude (muscle 1). */
  public double backscatter() {
    return backscatter;
  }

  /**
   * The intensity reflection coefficient at an interface from {@code this} to {@code next}: R =
   * ((Z2 - Z1) / (Z2 + Z1))^2.
   */
  public double reflectionTo(Tissue next) {
    double difference = next.impedanceMRayl - impedanceMRayl;
    double sum = next.impedanceMRayl + impedanceMRayl;
    return (difference / sum) * (difference / sum);
  }

  private static final Tissue[] VALUES = values();

  static Tissue of(int ordinal) {
    return VALUES[ordinal];
  }
}
