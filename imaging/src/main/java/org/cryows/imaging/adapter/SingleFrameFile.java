package org.cryows.imaging.adapter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.cryows.imaging.pixels.PixelDescription;

/**
 * A minimal, well-formed DICOM file holding one encapsulated frame and only the attributes a codec
 * needs, written from an already checked {@link PixelDescription}. GDCM is handed this instead of
 * the original file: its header parser aborts the process on some malformed headers (an assertion
 * in native code), so it must only ever see headers written here.
 */
final class SingleFrameFile {

  private static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";
  private static final String INSTANCE = "2.25.1";

  private SingleFrameFile() {}

  static byte[] write(PixelDescription d, String transferSyntaxUid, byte[] codestream) {
    ByteArrayOutputStream meta = new ByteArrayOutputStream();
    element(meta, 0x0002, 0x0001, "OB", new byte[] {0, 1});
    element(meta, 0x0002, 0x0002, "UI", uid(SECONDARY_CAPTURE));
    element(meta, 0x0002, 0x0003, "UI", uid(INSTANCE));
    element(meta, 0x0002, 0x0010, "UI", uid(transferSyntaxUid));
    ByteArrayOutputStream out = new ByteArrayOutputStream(codestream.length + 1024);
    out.writeBytes(new byte[128]);
    out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
    element(out, 0x0002, 0x0000, "UL", le32(meta.size()));
    out.writeBytes(meta.toByteArray());
    element(out, 0x0008, 0x0016, "UI", uid(SECONDARY_CAPTURE));
    element(out, 0x0008, 0x0018, "UI", uid(INSTANCE));
    element(out, 0x0028, 0x0002, "US", le16(d.samplesPerPixel()));
    element(out, 0x0028, 0x0004, "CS", text(d.photometric()));
    if (d.samplesPerPixel() > 1) {
      element(out, 0x0028, 0x0006, "US", le16(d.planarConfiguration()));
    }
    element(out, 0x0028, 0x0008, "IS", text("1"));
    element(out, 0x0028, 0x0010, "US", le16(d.rows()));
    element(out, 0x0028, 0x0011, "US", le16(d.columns()));
    element(out, 0x0028, 0x0100, "US", le16(d.bitsAllocated()));
    element(out, 0x0028, 0x0101, "US", le16(d.bitsStored()));
    element(out, 0x0028, 0x0102, "US", le16(d.bitsStored() - 1));
    element(out, 0x0028, 0x0103, "US", le16(d.signed() ? 1 : 0));
    // Pixel Data, encapsulated: empty Basic Offset Table, one fragment, sequence delimiter.
    tag(out, 0x7FE0, 0x0010);
    out.writeBytes("OB".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[2]);
    out.writeBytes(le32(-1));
    tag(out, 0xFFFE, 0xE000);
    out.writeBytes(le32(0));
    int padded = codestream.length + (codestream.length & 1);
    tag(out, 0xFFFE, 0xE000);
    out.writeBytes(le32(padded));
    out.writeBytes(codestream);
    if (padded != codestream.length) {
      out.write(0);
    }
    tag(out, 0xFFFE, 0xE0DD);
    out.writeBytes(le32(0));
    return out.toByteArray();
  }

  private static void element(
      ByteArrayOutputStream out, int group, int element, String vr, byte[] value) {
    tag(out, group, element);
    out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
    if (vr.equals("OB")) {
      out.writeBytes(new byte[2]);
      out.writeBytes(le32(value.length));
    } else {
      out.writeBytes(le16(value.length));
    }
    out.writeBytes(value);
  }

  private static void tag(ByteArrayOutputStream out, int group, int element) {
    out.writeBytes(le16(group));
    out.writeBytes(le16(element));
  }

  private static byte[] uid(String uid) {
    byte[] text = uid.getBytes(StandardCharsets.US_ASCII);
    return text.length % 2 == 0 ? text : java.util.Arrays.copyOf(text, text.length + 1);
  }

  private static byte[] text(String value) {
    String padded = value.length() % 2 == 0 ? value : value + " ";
    return padded.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] le16(int v) {
    return new byte[] {(byte) v, (byte) (v >>> 8)};
  }

  private static byte[] le32(int v) {
    return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
  }
}
