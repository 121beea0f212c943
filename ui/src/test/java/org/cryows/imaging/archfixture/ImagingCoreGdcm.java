package org.cryows.imaging.archfixture;

/** Breaks a rule on purpose: GDCM outside imaging's adapter package. */
public class ImagingCoreGdcm {
  gdcm.ImageReader reader() {
    return null;
  }
}
