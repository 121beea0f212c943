package org.cryows.samples;

/**
 * The UIDs of the bundled samples: one root and deterministic suffixes, so every run of a version
 * names the same objects the same way.
 *
 * <p>The root is a UUID-derived UID (PS3.5 B.2, "2.25." and the UUID as a decimal integer) made
 * once for these samples, UUID 6c1e52a4-3d0f-4c7e-9a41-5b2f0e8d7c13; the arcs under it are ours.
 * Suffixes: {@code .1.P.S} a study, {@code .2.P.S.R} a series, {@code .3.P.S.R.I} an instance,
 * {@code .4.P.S.R} a frame of reference, with P the sample patient, S the study, R the series and I
 * the instance numbers (from 1). The longest, an instance, stays well under the 64 characters a UID
 * may have.
 */
public final class SampleUids {
  public static final String ROOT = "2.25.143714068620430191600447192039231945747";

  private SampleUids() {}

  public static String study(int patient, int study) {
    return ROOT + ".1." + patient + "." + study;
  }

  public static String series(int patient, int study, int series) {
    return ROOT + ".2." + patient + "." + study + "." + series;
  }

  public static String instance(int patient, int study, int series, int instance) {
    return ROOT + ".3." + patient + "." + study + "." + series + "." + instance;
  }

  public static String frameOfReference(int patient, int study, int series) {
    return ROOT + ".4." + patient + "." + study + "." + series;
  }
}
