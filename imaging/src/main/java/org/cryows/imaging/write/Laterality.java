package org.cryows.imaging.write;

/** The side of a paired body part, as Laterality (0020,0060) and Image Laterality (0020,0062). */
public enum Laterality {
  RIGHT("R"),
  LEFT("L");

  private final String code;

  Laterality(String code) {
    this.code = code;
  }

  /** The DICOM code: {@code R} or {@code L}. */
  public String code() {
    return code;
  }
}
