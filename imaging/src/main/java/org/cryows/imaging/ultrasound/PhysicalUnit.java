package org.cryows.imaging.ultrasound;

/**
 * The unit of an ultrasound region's axis: Physical Units X/Y Direction (0018,6024/6026), PS3.3
 * C.8.5.5.1.15. The standard defines no millimetre code; spatial axes are in centimetres.
 */
public enum PhysicalUnit {
  NONE(0x0, "none"),
  PERCENT(0x1, "percent"),
  DB(0x2, "dB"),
  CM(0x3, "cm"),
  SECONDS(0x4, "seconds"),
  HERTZ(0x5, "hertz"),
  DB_PER_SECOND(0x6, "dB/s"),
  CM_PER_SECOND(0x7, "cm/s"),
  CM2(0x8, "cm²"),
  CM2_PER_SECOND(0x9, "cm²/s"),
  CM3(0xA, "cm³"),
  CM3_PER_SECOND(0xB, "cm³/s"),
  DEGREES(0xC, "degrees"),
  /** A code the standard does not define; the region keeps the code itself. */
  UNKNOWN(-1, "unknown");

  private final int code;
  private final String symbol;

  PhysicalUnit(int code, String symbol) {
    this.code = code;
    this.symbol = symbol;
  }

  /** The standard's code; -1 for {@link #UNKNOWN}. */
  public int code() {
    return code;
  }

  public String symbol() {
    return symbol;
  }

  /** A length unit, so that pixel steps along this axis are distances. */
  public boolean isSpatial() {
    return this == CM;
  }

  public static PhysicalUnit ofCode(int code) {
    for (PhysicalUnit unit : values()) {
      if (unit.code == code && unit != UNKNOWN) {
        return unit;
      }
    }
    return UNKNOWN;
  }
}
