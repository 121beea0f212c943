package org.cryows.imaging.ultrasound;

/** What a region shows: Region Spatial Format (0018,6012), PS3.3 C.8.5.5.1.1. */
public enum RegionSpatialFormat {
  NONE(0x0),
  TWO_D(0x1),
  M_MODE(0x2),
  SPECTRAL(0x3),
  WAVE_FORM(0x4),
  GRAPHICS(0x5),
  UNKNOWN(-1);

  private final int code;

  RegionSpatialFormat(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static RegionSpatialFormat ofCode(int code) {
    for (RegionSpatialFormat format : values()) {
      if (format.code == code && format != UNKNOWN) {
        return format;
      }
    }
    return UNKNOWN;
  }
}
