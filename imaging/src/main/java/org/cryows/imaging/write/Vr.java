package org.cryows.imaging.write;

/**
 * The value representations (PS3.5 6.2) the workstation writes. Text VRs carry strings; binary
 * numeric VRs carry numbers written as text here and encoded by the writer; OB and OW carry bytes
 * and 16-bit words; SQ carries items.
 */
public enum Vr {
  AE,
  AS,
  AT,
  CS,
  DA,
  DS,
  DT,
  FD,
  FL,
  IS,
  LO,
  LT,
  OB,
  OW,
  PN,
  SH,
  SL,
  SQ,
  SS,
  ST,
  TM,
  UI,
  UL,
  US,
  UT;

  /** The longest value PS3.5 table 6.2-1 allows, in characters; 0 when not a bounded text. */
  int maxChars() {
    return switch (this) {
      case AE, CS, DS, SH, TM -> 16;
      case AS -> 4;
      case DA -> 8;
      case DT -> 26;
      case IS -> 12;
      case LO, UI -> 64;
      case PN -> 64 * 3 + 2;
      case ST -> 1024;
      case LT -> 10240;
      default -> 0;
    };
  }

  boolean isText() {
    return switch (this) {
      case AE, AS, CS, DA, DS, DT, IS, LO, LT, PN, SH, ST, TM, UI, UT -> true;
      default -> false;
    };
  }

  boolean isBinaryNumber() {
    return switch (this) {
      case FD, FL, SL, SS, UL, US -> true;
      default -> false;
    };
  }
}
