package org.cryows.imaging.archfixture;

/** Breaks a rule on purpose: PixelMed outside imaging's adapter package. */
public class ImagingCorePixelMed {
  com.pixelmed.dicom.AttributeList read() {
    return null;
  }
}
