package org.cryows.imaging.adapter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.FrameStatus;
import org.cryows.imaging.pixels.ImageProblem;
import org.cryows.imaging.pixels.TransferSyntax;

/**
 * Which fragments make each frame of encapsulated pixel data (PS3.5 A.4), and which frames cannot
 * be located because the pixel data is damaged before them.
 *
 * <p>Whole pixel data: one fragment per frame when the counts agree, else by the Basic Offset
 * Table, else a frame starts at each fragment that starts a codestream. Damaged pixel data (cut, or
 * an item whose tag or length is wrong): with a Basic Offset Table of one entry per frame, each
 * frame is read from its own offset, so a damaged frame costs only itself; without one, the frames
 * before the damage are located one fragment per frame (RLE always has one, PS3.5 A.4.2; otherwise
 * each fragment must start a codestream), the frame hit by the damage is cut, and the frames after
 * it cannot be found.
 */
final class FrameLocator {

  private static final int ITEM = DataSetWalker.ITEM;
  private static final int SEQUENCE_DELIMITER = DataSetWalker.SEQUENCE_DELIMITER;
  private static final long UNDEFINED = 0xFFFFFFFFL;

  private FrameLocator() {}

  /**
   * Each frame's fragments (empty for a missing frame), each frame's status, and a warning when the
   * pixel data is damaged after every frame was found.
   */
  record Located(
      List<List<PixelDataLayout.Fragment>> fragments,
      List<FrameStatus> status,
      List<ImageProblem> warnings) {

    static Located whole(List<List<PixelDataLayout.Fragment>> fragments) {
      return new Located(
          fragments, Collections.nCopies(fragments.size(), FrameStatus.PRESENT), List.of());
    }
  }

  static Located locate(Path file, ByteSource bytes, PixelDataLayout layout, int frameCount)
      throws IOException {
    List<PixelDataLayout.Fragment> fragments = layout.fragments();
    long[] table = layout.basicOffsetTable();
    if (layout.damage().isEmpty()) {
      List<List<PixelDataLayout.Fragment>> whole = wholeFrames(bytes, layout, frameCount);
      if (whole != null) {
        return Located.whole(whole);
      }
    }
    if (table.length == frameCount && consistent(table)) {
      return byOffsetTable(bytes, layout, frameCount);
    }
    if (layout.damage().isEmpty()) {
      throw new DicomReadException(
          file,
          "pixel data: "
              + fragments.size()
              + " fragments cannot be assigned to "
              + frameCount
              + " frames (Basic Offset Table has "
              + table.length
              + " entries)");
    }
    return beforeTheDamage(bytes, layout, frameCount);
  }

  /** The rules for pixel data walked to its end; null when the fragments do not fit them. */
  private static List<List<PixelDataLayout.Fragment>> wholeFrames(
      ByteSource bytes, PixelDataLayout layout, int frameCount) throws IOException {
    List<PixelDataLayout.Fragment> fragments = layout.fragments();
    List<List<PixelDataLayout.Fragment>> result = new ArrayList<>();
    if (frameCount == 1) {
      result.add(fragments);
      return result;
    }
    if (fragments.size() == frameCount) {
      for (PixelDataLayout.Fragment f : fragments) {
        result.add(List.of(f));
      }
      return result;
    }
    long[] table = layout.basicOffsetTable();
    if (table.length == frameCount && fragments.size() > frameCount) {
      List<List<PixelDataLayout.Fragment>> byTable = byOffsetTableOfWalked(fragments, table);
      if (byTable != null) {
        return byTable;
      }
    }
    if (fragments.size() > frameCount) {
      // No usable offset table: a frame starts at each fragment that starts a codestream.
      List<List<PixelDataLayout.Fragment>> groups = byCodestreamStarts(bytes, fragments);
      if (groups.size() == frameCount) {
        return groups;
      }
    }
    return null;
  }

  private static List<List<PixelDataLayout.Fragment>> byOffsetTableOfWalked(
      List<PixelDataLayout.Fragment> fragments, long[] table) {
    long first = fragments.get(0).itemOffset();
    List<List<PixelDataLayout.Fragment>> result = new ArrayList<>();
    int f = 0;
    for (int frame = 0; frame < table.length; frame++) {
      long end = frame + 1 < table.length ? first + table[frame + 1] : Long.MAX_VALUE;
      if (f >= fragments.size() || fragments.get(f).itemOffset() != first + table[frame]) {
        return null;
      }
      List<PixelDataLayout.Fragment> frameFragments = new ArrayList<>();
      while (f < fragments.size() && fragments.get(f).itemOffset() < end) {
        frameFragments.add(fragments.get(f++));
      }
      result.add(frameFragments);
    }
    return f == fragments.size() ? result : null;
  }

  private static List<List<PixelDataLayout.Fragment>> byCodestreamStarts(
      ByteSource bytes, List<PixelDataLayout.Fragment> fragments) throws IOException {
    List<List<PixelDataLayout.Fragment>> result = new ArrayList<>();
    List<PixelDataLayout.Fragment> current = null;
    for (PixelDataLayout.Fragment f : fragments) {
      if (startsCodestream(bytes, f) || current == null) {
        current = new ArrayList<>();
        result.add(current);
      }
      current.add(f);
    }
    return result;
  }

  /** Offsets from 0, strictly increasing: a table that can be followed. */
  private static boolean consistent(long[] table) {
    if (table.length == 0 || table[0] != 0) {
      return false;
    }
    for (int i = 1; i < table.length; i++) {
      if (table[i] <= table[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Each frame read from its own offset in the Basic Offset Table: its items must run exactly to
   * the next frame's offset (the last frame's to the sequence delimiter or the end of the data).
   */
  private static Located byOffsetTable(ByteSource bytes, PixelDataLayout layout, int frameCount)
      throws IOException {
    long[] table = layout.basicOffsetTable();
    long first = layout.firstItemOffset();
    List<List<PixelDataLayout.Fragment>> fragments = new ArrayList<>();
    List<FrameStatus> status = new ArrayList<>();
    for (int frame = 0; frame < frameCount; frame++) {
      long start = first + table[frame];
      long stop = frame + 1 < frameCount ? first + table[frame + 1] : -1;
      List<PixelDataLayout.Fragment> items = new ArrayList<>();
      String why = readItems(bytes, start, stop, items);
      fragments.add(why == null ? List.copyOf(items) : List.of());
      status.add(why == null ? FrameStatus.PRESENT : new FrameStatus.Missing(why));
    }
    List<ImageProblem> warnings = new ArrayList<>();
    if (status.stream().allMatch(FrameStatus::isPresent)) {
      layout.damage().ifPresent(damage -> warnings.add(damagedAfterTheFrames(damage)));
    }
    return new Located(fragments, status, warnings);
  }

  /**
   * Reads the items of one frame from {@code start} to {@code stop} (-1: to the sequence delimiter
   * or the end of the data) into {@code items}; returns why the frame cannot be read, or null.
   */
  private static String readItems(
      ByteSource bytes, long start, long stop, List<PixelDataLayout.Fragment> items)
      throws IOException {
    long size = bytes.size();
    long pos = start;
    while (true) {
      if (stop >= 0 && pos == stop && !items.isEmpty()) {
        return null;
      }
      if (pos + 8 > size) {
        if (stop < 0 && !items.isEmpty()) {
          return null; // only the sequence delimiter is missing
        }
        return pos == start
            ? "missing: the file ends at byte "
                + size
                + ", before this frame (the Basic Offset Table puts it at byte "
                + start
                + ")"
            : "cut: the file ends at byte " + size + ", inside this frame's items";
      }
      byte[] header = bytes.read(pos, 8);
      int tag = (u16(header, 0) << 16) | u16(header, 2);
      long length = u32(header, 4);
      if (tag == SEQUENCE_DELIMITER && stop < 0 && !items.isEmpty()) {
        return null;
      }
      if (tag != ITEM) {
        return String.format(
            "damaged: tag (%04X,%04X) at byte %d where its item belongs",
            tag >>> 16, tag & 0xFFFF, pos);
      }
      if (length == UNDEFINED) {
        return "damaged: its item at byte " + pos + " has no length";
      }
      if (stop >= 0 && pos + 8 + length > stop) {
        return "damaged: its fragment at byte "
            + (pos + 8)
            + " declares "
            + length
            + " bytes, past the next frame's start at byte "
            + stop
            + " (Basic Offset Table)";
      }
      if (pos + 8 + length > size) {
        return "cut: its fragment at byte "
            + (pos + 8)
            + " declares "
            + length
            + " bytes, but only "
            + Math.max(0, size - pos - 8)
            + " remain in the file";
      }
      items.add(new PixelDataLayout.Fragment(pos, pos + 8, (int) length));
      pos += 8 + length;
    }
  }

  /**
   * Without a usable offset table: the fragments walked before the damage, one per frame when that
   * is how the data is made (RLE; or each fragment starts a codestream), else grouped by codestream
   * starts; the frame the damage falls in is cut, the frames after it cannot be located.
   */
  private static Located beforeTheDamage(ByteSource bytes, PixelDataLayout layout, int frameCount)
      throws IOException {
    String damage = layout.damage().orElseThrow();
    List<PixelDataLayout.Fragment> fragments = layout.fragments();
    List<List<PixelDataLayout.Fragment>> groups = new ArrayList<>();
    boolean onePerFrame = TransferSyntax.RLE_LOSSLESS.equals(layout.syntax().uid());
    if (!onePerFrame) {
      onePerFrame = true;
      for (PixelDataLayout.Fragment f : fragments) {
        onePerFrame &= startsCodestream(bytes, f);
      }
    }
    int whole;
    if (frameCount == 1) {
      whole = 0; // the one frame's fragments may continue past the damage
    } else if (onePerFrame) {
      fragments.forEach(f -> groups.add(List.of(f)));
      whole = Math.min(groups.size(), frameCount);
    } else {
      groups.addAll(byCodestreamStarts(bytes, fragments));
      // The last group may have lost fragments to the damage.
      whole = Math.min(Math.max(0, groups.size() - 1), frameCount);
    }
    List<List<PixelDataLayout.Fragment>> located = new ArrayList<>(frameCount);
    List<FrameStatus> status = new ArrayList<>(frameCount);
    FrameStatus cut = new FrameStatus.Missing("cut: " + damage);
    FrameStatus notLocated =
        new FrameStatus.Missing(
            "not located: the pixel data is damaged in frame "
                + (whole + 1)
                + ", and without a Basic Offset Table the frames after it cannot be found");
    for (int frame = 0; frame < frameCount; frame++) {
      located.add(frame < whole ? groups.get(frame) : List.of());
      status.add(frame < whole ? FrameStatus.PRESENT : frame == whole ? cut : notLocated);
    }
    List<ImageProblem> warnings =
        whole == frameCount ? List.of(damagedAfterTheFrames(damage)) : List.of();
    return new Located(located, status, warnings);
  }

  static ImageProblem damagedAfterTheFrames(String damage) {
    String prefix = "Pixel Data (7FE0,0010) "; // as the walker names it; the tag is shown already
    String what = damage.startsWith(prefix) ? damage.substring(prefix.length()) : damage;
    return ImageProblem.attributeWarning(
        Tags.PIXEL_DATA, what + "; every frame lies before the damage and is kept");
  }

  private static boolean startsCodestream(ByteSource bytes, PixelDataLayout.Fragment f)
      throws IOException {
    if (f.length() < 2) {
      return false;
    }
    byte[] two = bytes.read(f.valueOffset(), 2);
    int a = two[0] & 0xFF;
    int b = two[1] & 0xFF;
    return a == 0xFF && (b == 0xD8 || b == 0x4F);
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int at) {
    return u16(b, at) | (long) u16(b, at + 2) << 16;
  }
}
