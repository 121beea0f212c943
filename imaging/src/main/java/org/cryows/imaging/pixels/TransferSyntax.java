package org.cryows.imaging.pixels;

import java.util.Map;

/**
 * A transfer syntax (PS3.5 section 10, PS3.6 annex A): how the data set and its pixels are encoded,
 * and whether the encoding itself discards information.
 */
public record TransferSyntax(
    String uid,
    String name,
    boolean explicitVr,
    boolean bigEndian,
    boolean deflated,
    boolean encapsulated,
    boolean lossy) {

  public static final String IMPLICIT_LITTLE_ENDIAN = "1.2.840.10008.1.2";
  public static final String EXPLICIT_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
  public static final String DEFLATED_EXPLICIT_LITTLE_ENDIAN = "1.2.840.10008.1.2.1.99";
  public static final String EXPLICIT_BIG_ENDIAN = "1.2.840.10008.1.2.2";
  public static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
  public static final String JPEG_EXTENDED = "1.2.840.10008.1.2.4.51";
  public static final String JPEG_LOSSLESS = "1.2.840.10008.1.2.4.57";
  public static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
  public static final String JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80";
  public static final String JPEG_LS_NEAR_LOSSLESS = "1.2.840.10008.1.2.4.81";
  public static final String JPEG_2000_LOSSLESS = "1.2.840.10008.1.2.4.90";
  public static final String JPEG_2000 = "1.2.840.10008.1.2.4.91";
  public static final String RLE_LOSSLESS = "1.2.840.10008.1.2.5";

  private static final Map<String, TransferSyntax> KNOWN =
      Map.ofEntries(
          entry(
              IMPLICIT_LITTLE_ENDIAN,
              "Implicit VR Little Endian",
              false,
              false,
              false,
              false,
              false),
          entry(
              EXPLICIT_LITTLE_ENDIAN,
              "Explicit VR Little Endian",
              true,
              false,
              false,
              false,
              false),
          entry(
              DEFLATED_EXPLICIT_LITTLE_ENDIAN,
              "Deflated Explicit VR Little Endian",
              true,
              false,
              true,
              false,
              false),
          entry(EXPLICIT_BIG_ENDIAN, "Explicit VR Big Endian", true, true, false, false, false),
          entry(JPEG_BASELINE, "JPEG Baseline (Process 1)", true, false, false, true, true),
          entry(JPEG_EXTENDED, "JPEG Extended (Process 2 and 4)", true, false, false, true, true),
          entry(JPEG_LOSSLESS, "JPEG Lossless (Process 14)", true, false, false, true, false),
          entry(
              JPEG_LOSSLESS_SV1,
              "JPEG Lossless, First-Order Prediction (Process 14, SV1)",
              true,
              false,
              false,
              true,
              false),
          entry(JPEG_LS_LOSSLESS, "JPEG-LS Lossless", true, false, false, true, false),
          entry(JPEG_LS_NEAR_LOSSLESS, "JPEG-LS Near-Lossless", true, false, false, true, true),
          entry(JPEG_2000_LOSSLESS, "JPEG 2000 (Lossless Only)", true, false, false, true, false),
          entry(JPEG_2000, "JPEG 2000", true, false, false, true, true),
          entry(RLE_LOSSLESS, "RLE Lossless", true, false, false, true, false));

  private static Map.Entry<String, TransferSyntax> entry(
      String uid,
      String name,
      boolean explicitVr,
      boolean bigEndian,
      boolean deflated,
      boolean encapsulated,
      boolean lossy) {
    return Map.entry(
        uid, new TransferSyntax(uid, name, explicitVr, bigEndian, deflated, encapsulated, lossy));
  }

  /** The syntax with this UID, or an encapsulated syntax of unknown kind (treated as lossy). */
  public static TransferSyntax of(String uid) {
    TransferSyntax known = KNOWN.get(uid);
    return known != null
        ? known
        : new TransferSyntax(uid, "unknown transfer syntax " + uid, true, false, false, true, true);
  }

  public boolean isKnown() {
    return KNOWN.containsKey(uid);
  }

  @Override
  public String toString() {
    return name + " (" + uid + ")";
  }
}
