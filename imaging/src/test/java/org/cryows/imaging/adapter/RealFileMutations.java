package org.cryows.imaging.adapter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.cryows.imaging.dataset.Tag;
import org.cryows.imaging.pixels.TransferSyntax;

/**
 * Precise damage done in code to the bytes of a real file, so a test knows exactly what is wrong
 * and can expect the exact problem: a value replaced, a fragment's bytes zeroed or its item length
 * overwritten, the file cut inside a frame.
 */
public final class RealFileMutations {

  private RealFileMutations() {}

  /**
   * Replaces the text value of the first element {@code tag} of an explicit VR little endian file
   * (a short-length VR such as DS or IS), padded with a space to an even length; the bytes after it
   * move when the length changes.
   */
  public static byte[] withText(byte[] file, Tag tag, String value) {
    byte[] pattern = {
      (byte) tag.group(),
      (byte) (tag.group() >>> 8),
      (byte) tag.element(),
      (byte) (tag.element() >>> 8)
    };
    int at = indexOf(file, pattern);
    if (at < 0 || !DataSetWalker.isVr(new String(file, at + 4, 2, StandardCharsets.US_ASCII))) {
      throw new IllegalArgumentException(tag + " is not in the file as an explicit VR element");
    }
    int oldLength = (file[at + 6] & 0xFF) | (file[at + 7] & 0xFF) << 8;
    byte[] text =
        (value.length() % 2 == 0 ? value : value + " ").getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[file.length - oldLength + text.length];
    System.arraycopy(file, 0, out, 0, at + 6);
    out[at + 6] = (byte) text.length;
    out[at + 7] = (byte) (text.length >>> 8);
    System.arraycopy(text, 0, out, at + 8, text.length);
    System.arraycopy(
        file, at + 8 + oldLength, out, at + 8 + text.length, file.length - at - 8 - oldLength);
    return out;
  }

  /** The encapsulated fragments of a file (after its Basic Offset Table), in file order. */
  static List<PixelDataLayout.Fragment> fragments(byte[] file) throws IOException {
    return layout(file).fragments();
  }

  /** Where each item of an encapsulated file lies, found by the reader's own data set walk. */
  static PixelDataLayout layout(byte[] file) throws IOException {
    try {
      long start = datasetStart(file);
      TransferSyntax syntax = TransferSyntax.of(transferSyntax(file));
      return new DataSetWalker(
              (pos, into, off, len) -> System.arraycopy(file, (int) pos, into, off, len),
              file.length)
          .walk(start, syntax);
    } catch (DataSetWalker.LayoutException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Zeroes every byte of fragment {@code index} (from 0), keeping its item and length. */
  public static byte[] withFragmentZeroed(byte[] file, int index) throws IOException {
    PixelDataLayout.Fragment f = fragments(file).get(index);
    byte[] out = file.clone();
    Arrays.fill(out, (int) f.valueOffset(), (int) f.valueOffset() + f.length(), (byte) 0);
    return out;
  }

  /** Overwrites the item length of fragment {@code index} (from 0) with {@code length}. */
  public static byte[] withFragmentLength(byte[] file, int index, long length) throws IOException {
    PixelDataLayout.Fragment f = fragments(file).get(index);
    byte[] out = file.clone();
    int at = (int) f.itemOffset() + 4;
    for (int k = 0; k < 4; k++) {
      out[at + k] = (byte) (length >>> (8 * k));
    }
    return out;
  }

  /** The file cut {@code bytesIntoFragment} bytes into the value of fragment {@code index}. */
  public static byte[] cutInsideFragment(byte[] file, int index, int bytesIntoFragment)
      throws IOException {
    PixelDataLayout.Fragment f = fragments(file).get(index);
    return Arrays.copyOf(file, (int) f.valueOffset() + bytesIntoFragment);
  }

  static long datasetStart(byte[] bytes) {
    long pos = 132;
    while (true) {
      int group = (bytes[(int) pos] & 0xFF) | (bytes[(int) pos + 1] & 0xFF) << 8;
      if (group != 2) {
        return pos;
      }
      String vr = new String(bytes, (int) pos + 4, 2, StandardCharsets.US_ASCII);
      if (vr.equals("OB") || vr.equals("UN")) {
        long length =
            (bytes[(int) pos + 8] & 0xFFL)
                | (bytes[(int) pos + 9] & 0xFFL) << 8
                | (bytes[(int) pos + 10] & 0xFFL) << 16
                | (bytes[(int) pos + 11] & 0xFFL) << 24;
        pos += 12 + length;
      } else {
        pos += 8 + ((bytes[(int) pos + 6] & 0xFF) | (bytes[(int) pos + 7] & 0xFF) << 8);
      }
    }
  }

  private static String transferSyntax(byte[] bytes) {
    int at = indexOf(bytes, new byte[] {2, 0, 0x10, 0, 'U', 'I'});
    int length = (bytes[at + 6] & 0xFF) | (bytes[at + 7] & 0xFF) << 8;
    return new String(bytes, at + 8, length, StandardCharsets.US_ASCII).replace("\0", "").strip();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
