package org.cryows.imaging.write;

/** The SOP classes the workstation writes (PS3.4 B.5). */
public final class SopClasses {
  public static final String ULTRASOUND_MULTI_FRAME_IMAGE = "1.2.840.10008.5.1.4.1.1.3.1";
  public static final String CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2";

  private SopClasses() {}
}
