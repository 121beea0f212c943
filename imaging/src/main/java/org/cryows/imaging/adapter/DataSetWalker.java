package org.cryows.imaging.adapter;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cryows.imaging.pixels.TransferSyntax;

/**
 * Walks the top level of a data set to the Pixel Data element (7FE0,0010), skipping every other
 * value and sequence by its encoded length, and records where the pixel data lies. Every declared
 * length is checked against the bytes that remain, so a corrupt length is an error, never a large
 * allocation or a long loop.
 */
final class DataSetWalker {

  /** Reads bytes at a position of the data set. */
  interface Reader {
    void read(long position, byte[] into, int offset, int length) throws IOException;
  }

  static final int ITEM = 0xFFFEE000;
  static final int ITEM_DELIMITER = 0xFFFEE00D;
  static final int SEQUENCE_DELIMITER = 0xFFFEE0DD;
  static final int PIXEL_DATA = 0x7FE00010;
  private static final long UNDEFINED = 0xFFFFFFFFL;
  private static final int MAX_DEPTH = 32;
  private static final Set<String> LONG_VRS =
      Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");

  private final Reader reader;
  private final long end;
  private final byte[] block = new byte[8192];
  private long blockStart = -1;
  private int blockLength;

  DataSetWalker(Reader reader, long end) {
    this.reader = reader;
    this.end = end;
  }

  /** The layout of the pixel data, or a {@link LayoutException} saying why there is none. */
  PixelDataLayout walk(long start, TransferSyntax syntax) throws IOException, LayoutException {
    boolean explicit = syntax.explicitVr();
    boolean big = syntax.bigEndian();
    long pos = start;
    while (pos + 8 <= end) {
      int tag = tag(pos, big);
      Header h = header(pos, tag, explicit, big);
      if (tag == PIXEL_DATA) {
        return pixelData(h, syntax);
      }
      if (tag == 0x7FE00008 || tag == 0x7FE00009) {
        throw new LayoutException(
            "floating point pixel data ("
                + (tag == 0x7FE00008 ? "Float Pixel Data" : "Double Float Pixel Data")
                + ") is not an image this workstation reads");
      }
      pos = skipValue(h, explicit, big, 0);
    }
    throw new LayoutException("no Pixel Data (7FE0,0010): not an image");
  }

  private PixelDataLayout pixelData(Header h, TransferSyntax syntax)
      throws IOException, LayoutException {
    if (h.length != UNDEFINED) {
      if (syntax.encapsulated()) {
        throw new LayoutException(
            "Pixel Data (7FE0,0010) has a defined length, but "
                + syntax
                + " requires encapsulated fragments");
      }
      // A value running past the end of the file is a cut file (or a lying length): the frames
      // wholly inside the file are still there.
      long present = Math.min(h.length, Math.max(0, end - h.valueOffset));
      Optional<String> damage =
          present < h.length
              ? Optional.of(beyondTheEnd("Pixel Data (7FE0,0010)", h.valueOffset, h.length))
              : Optional.empty();
      return new PixelDataLayout(
          syntax, h.vr, h.valueOffset, present, null, null, h.valueOffset, damage);
    }
    if (!syntax.encapsulated()) {
      throw new LayoutException(
          "Pixel Data (7FE0,0010) is encapsulated (undefined length), but "
              + syntax
              + " stores pixels natively");
    }
    long pos = h.valueOffset;
    long[] offsets = null;
    long firstItem = -1;
    List<PixelDataLayout.Fragment> fragments = new ArrayList<>();
    Optional<String> damage = Optional.empty();
    while (true) {
      if (pos + 8 > end) {
        if (offsets != null && !fragments.isEmpty() && pos == end) {
          break; // a missing sequence delimiter at the very end of the file is tolerated
        }
        damage =
            Optional.of(
                "encapsulated Pixel Data is cut at byte "
                    + end
                    + " (item "
                    + (fragments.size() + (offsets == null ? 0 : 1) + 1)
                    + ")");
        if (offsets == null) {
          throw new LayoutException(damage.get());
        }
        break;
      }
      int tag = tag(pos, false);
      long length = u32(pos + 4, false);
      if (tag == SEQUENCE_DELIMITER) {
        break;
      }
      String problem = null;
      if (tag != ITEM) {
        problem =
            String.format(
                "encapsulated Pixel Data has tag (%04X,%04X) at byte %d where an item belongs",
                tag >>> 16, tag & 0xFFFF, pos);
      } else if (length == UNDEFINED) {
        problem = "a pixel data fragment at byte " + pos + " has no length";
      } else if (pos + 8 + length > end) {
        problem =
            beyondTheEnd(
                offsets == null
                    ? "the Basic Offset Table"
                    : "pixel data fragment " + (fragments.size() + 1),
                pos + 8,
                length);
      }
      if (problem != null) {
        if (offsets == null) {
          throw new LayoutException(problem); // not even the offset table: nothing to locate
        }
        damage = Optional.of(problem);
        break;
      }
      if (offsets == null) {
        if (length % 4 != 0) {
          throw new LayoutException(
              "Basic Offset Table length " + length + " is not a multiple of 4");
        }
        offsets = new long[(int) (length / 4)];
        byte[] table = length == 0 ? new byte[0] : bytes(pos + 8, (int) length);
        for (int i = 0; i < offsets.length; i++) {
          offsets[i] =
              (table[4 * i] & 0xFFL)
                  | (table[4 * i + 1] & 0xFFL) << 8
                  | (table[4 * i + 2] & 0xFFL) << 16
                  | (table[4 * i + 3] & 0xFFL) << 24;
        }
        firstItem = pos + 8 + length;
      } else {
        fragments.add(new PixelDataLayout.Fragment(pos, pos + 8, (int) length));
      }
      pos += 8 + length;
    }
    if (fragments.isEmpty() && damage.isEmpty()) {
      throw new LayoutException("encapsulated Pixel Data has no fragments");
    }
    return new PixelDataLayout(
        syntax, h.vr, h.valueOffset, UNDEFINED, fragments, offsets, firstItem, damage);
  }

  /** The message of a value that runs past the end of the data set. */
  private String beyondTheEnd(String what, long offset, long length) {
    return what
        + " declares "
        + length
        + " bytes at byte "
        + offset
        + ", but only "
        + Math.max(0, end - offset)
        + " remain in the file";
  }

  private record Header(int tag, String vr, long length, long valueOffset) {}

  private Header header(long pos, int tag, boolean explicit, boolean big)
      throws IOException, LayoutException {
    boolean itemTag = (tag >>> 16) == 0xFFFE;
    if (explicit && !itemTag) {
      String vr = new String(bytes(pos + 4, 2), StandardCharsets.US_ASCII);
      if (!isVr(vr)) {
        throw new LayoutException(
            String.format(
                "element (%04X,%04X) at byte %d has no valid VR ('%s')",
                tag >>> 16, tag & 0xFFFF, pos, printable(vr)));
      }
      if (LONG_VRS.contains(vr)) {
        need(pos, 12);
        return new Header(tag, vr, u32(pos + 8, big), pos + 12);
      }
      return new Header(tag, vr, u16(pos + 6, big), pos + 8);
    }
    return new Header(tag, null, u32(pos + 4, big), pos + 8);
  }

  /** The position after the element whose header is {@code h}. */
  private long skipValue(Header h, boolean explicit, boolean big, int depth)
      throws IOException, LayoutException {
    if (h.length != UNDEFINED) {
      checkFits(h.valueOffset, h.length, describe(h.tag));
      return h.valueOffset + h.length;
    }
    if (depth >= MAX_DEPTH) {
      throw new LayoutException("sequences nest deeper than " + MAX_DEPTH + " levels");
    }
    // Undefined length: a sequence (SQ, or UN whose content is implicit little endian), or
    // encapsulated pixel data of an icon; both are items up to a sequence delimiter.
    boolean unknown = "UN".equals(h.vr);
    boolean itemsExplicit = explicit && !unknown;
    boolean itemsBig = big && !unknown;
    long pos = h.valueOffset;
    while (true) {
      need(pos, 8);
      int tag = tag(pos, itemsBig);
      long length = u32(pos + 4, itemsBig);
      if (tag == SEQUENCE_DELIMITER) {
        return pos + 8;
      }
      if (tag != ITEM) {
        throw new LayoutException(
            String.format(
                "%s has tag (%04X,%04X) at byte %d where an item belongs",
                describe(h.tag), tag >>> 16, tag & 0xFFFF, pos));
      }
      if (length != UNDEFINED) {
        checkFits(pos + 8, length, "an item of " + describe(h.tag));
        pos += 8 + length;
        continue;
      }
      pos += 8;
      while (true) {
        need(pos, 8);
        int inner = tag(pos, itemsBig);
        if (inner == ITEM_DELIMITER) {
          pos += 8;
          break;
        }
        Header ih = header(pos, inner, itemsExplicit, itemsBig);
        pos = skipValue(ih, itemsExplicit, itemsBig, depth + 1);
      }
    }
  }

  private void checkFits(long offset, long length, String what) throws LayoutException {
    if (offset + length > end) {
      throw new LayoutException(beyondTheEnd(what, offset, length));
    }
  }

  private void need(long pos, int length) throws LayoutException {
    if (pos + length > end) {
      throw new LayoutException("the data set is cut at byte " + end + " inside an element");
    }
  }

  private int tag(long pos, boolean big) throws IOException, LayoutException {
    need(pos, 4);
    return (u16(pos, big) << 16) | u16(pos + 2, big);
  }

  private int u16(long pos, boolean big) throws IOException {
    int a = u8(pos);
    int b = u8(pos + 1);
    return big ? (a << 8) | b : a | (b << 8);
  }

  private long u32(long pos, boolean big) throws IOException {
    long lo = u16(pos, big);
    long hi = u16(pos + 2, big);
    return big ? (lo << 16) | hi : lo | (hi << 16);
  }

  private int u8(long pos) throws IOException {
    if (pos < blockStart || pos >= blockStart + blockLength) {
      if (pos >= end) {
        throw new EOFException("read past the end at byte " + pos);
      }
      blockStart = pos;
      blockLength = (int) Math.min(block.length, end - pos);
      reader.read(pos, block, 0, blockLength);
    }
    return block[(int) (pos - blockStart)] & 0xFF;
  }

  private byte[] bytes(long pos, int length) throws IOException, LayoutException {
    need(pos, length);
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) u8(pos + i);
    }
    return out;
  }

  static boolean isVr(String vr) {
    return vr.length() == 2
        && Character.isUpperCase(vr.charAt(0))
        && Character.isUpperCase(vr.charAt(1));
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= 32 && c < 127 ? c : '?');
    }
    return b.toString();
  }

  private static String describe(int tag) {
    return String.format("element (%04X,%04X)", tag >>> 16, tag & 0xFFFF);
  }

  /** The data set has no usable pixel data; the message says why. */
  static final class LayoutException extends Exception {
    private static final long serialVersionUID = 1L;

    LayoutException(String message) {
      super(message);
    }
  }
}
