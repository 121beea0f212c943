package org.cryows.imaging.ultrasound;

/** The kind of data in a region: Region Data Type (0018,6014), PS3.3 C.8.5.5.1.2. */
public enum RegionDataType {
  NONE(0x0),
  TISSUE(0x1),
  COLOR_FLOW(0x2),
  PW_SPECTRAL_DOPPLER(0x3),
  CW_SPECTRAL_DOPPLER(0x4),
  DOPPLER_MEAN_TRACE(0x5),
  DOPPLER_MODE_TRACE(0x6),
  DOPPLER_MAX_TRACE(0x7),
  VOLUME_TRACE(0x8),
  ECG_TRACE(0xA),
  PULSE_TRACE(0xB),
  PHONOCARDIOGRAM_TRACE(0xC),
  GRAY_BAR(0xD),
  COLOR_BAR(0xE),
  INTEGRATED_BACKSCATTER(0xF),
  AREA_TRACE(0x10),
  AREA_DERIVATIVE(0x11),
  OTHER_PHYSIOLOGICAL_INPUT(0x12),
  UNKNOWN(-1);

  private final int code;

  RegionDataType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static RegionDataType ofCode(int code) {
    for (RegionDataType type : values()) {
      if (type.code == code && type != UNKNOWN) {
        return type;
      }
    }
    return UNKNOWN;
  }
}
