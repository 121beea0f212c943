package org.cryows.imaging.ultrasound;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tag;
import org.cryows.imaging.dataset.Tags;

/**
 * Reads a multi-frame image's frame timing. The attribute the Frame Increment Pointer (0028,0009)
 * names comes first; then Frame Time Vector, Frame Time, Cine Rate and, as a last resort,
 * Recommended Display Frame Rate (a display suggestion, not the acquisition rate, so the timing's
 * note says so). An unusable value is an error naming its tag rather than a silent wrong speed.
 */
public final class CineTimings {

  private static final List<TimingSource> FALLBACK_ORDER =
      List.of(
          TimingSource.FRAME_TIME_VECTOR,
          TimingSource.FRAME_TIME,
          TimingSource.CINE_RATE,
          TimingSource.RECOMMENDED_DISPLAY_FRAME_RATE);

  private CineTimings() {}

  /**
   * @throws DicomAttributeException naming the tag when Number of Frames or the chosen timing
   *     attribute is zero, negative, not finite, or (for a vector) has the wrong number of values
   */
  public static CineTiming read(DicomDataset image) {
    int frameCount = frameCount(image);
    List<String> notes = new ArrayList<>();
    Set<TimingSource> candidates = new LinkedHashSet<>();
    for (int pointer : image.integers(Tags.FRAME_INCREMENT_POINTER)) {
      Tag pointed = Tag.fromInt(pointer);
      TimingSource source = sourceFor(pointed);
      if (source == null) {
        notes.add("Frame Increment Pointer names " + Tags.describe(pointed) + ", not a time");
      } else if (!image.contains(pointed)) {
        notes.add("Frame Increment Pointer names " + Tags.describe(pointed) + ", which is absent");
      } else {
        candidates.add(source);
      }
    }
    candidates.addAll(FALLBACK_ORDER);
    for (TimingSource source : candidates) {
      Tag tag = source.tag().orElseThrow();
      if (!image.contains(tag) || image.decimals(tag).length == 0) {
        continue;
      }
      if (source == TimingSource.RECOMMENDED_DISPLAY_FRAME_RATE) {
        notes.add("only a recommended display rate is given, not the acquisition rate");
      }
      String note = String.join("; ", notes);
      return switch (source) {
        case FRAME_TIME_VECTOR -> fromVector(image, frameCount, note);
        case FRAME_TIME -> CineTiming.regular(frameCount, source, positive(image, tag, "ms"), note);
        case CINE_RATE, RECOMMENDED_DISPLAY_FRAME_RATE ->
            CineTiming.regular(
                frameCount, source, 1000.0 / positive(image, tag, "frames per second"), note);
        case NONE -> throw new IllegalStateException("NONE has no tag");
      };
    }
    notes.add("no Frame Time Vector, Frame Time, Cine Rate or Recommended Display Frame Rate");
    return CineTiming.untimed(frameCount, String.join("; ", notes));
  }

  private static int frameCount(DicomDataset image) {
    if (image.integers(Tags.NUMBER_OF_FRAMES).length == 0) {
      return 1;
    }
    int frames = image.integer(Tags.NUMBER_OF_FRAMES).getAsInt();
    if (frames < 1) {
      throw new DicomAttributeException(
          image.origin(), Tags.NUMBER_OF_FRAMES, frames + " is not a number of frames");
    }
    return frames;
  }

  private static TimingSource sourceFor(Tag tag) {
    for (TimingSource source : FALLBACK_ORDER) {
      if (source.tag().orElseThrow().equals(tag)) {
        return source;
      }
    }
    return null;
  }

  private static double positive(DicomDataset image, Tag tag, String unit) {
    double value = image.decimal(tag).orElseThrow();
    if (!Double.isFinite(value) || value <= 0) {
      throw new DicomAttributeException(
          image.origin(), tag, value + " " + unit + " cannot time a cine: it must be positive");
    }
    return value;
  }

  private static CineTiming fromVector(DicomDataset image, int frameCount, String note) {
    Tag tag = Tags.FRAME_TIME_VECTOR;
    double[] increments = image.decimals(tag);
    if (increments.length != frameCount) {
      throw new DicomAttributeException(
          image.origin(),
          tag,
          increments.length + " values for " + frameCount + " frames (one per frame is required)");
    }
    List<String> notes = new ArrayList<>();
    if (!note.isEmpty()) {
      notes.add(note);
    }
    if (!Double.isFinite(increments[0]) || increments[0] < 0) {
      throw new DicomAttributeException(
          image.origin(), tag, "value 1 is " + increments[0] + "; it must be 0");
    }
    if (increments[0] != 0) {
      // The first frame starts the cine whatever the writer put here.
      notes.add("Frame Time Vector's first value " + increments[0] + " ms read as 0");
    }
    List<Double> starts = new ArrayList<>(frameCount);
    starts.add(0.0);
    double time = 0;
    for (int i = 1; i < frameCount; i++) {
      if (!Double.isFinite(increments[i]) || increments[i] <= 0) {
        throw new DicomAttributeException(
            image.origin(),
            tag,
            "value "
                + (i + 1)
                + " is "
                + increments[i]
                + " ms; each frame after the first must come later than the one before");
      }
      time += increments[i];
      starts.add(time);
    }
    OptionalDouble mean =
        frameCount > 1 ? OptionalDouble.of(time / (frameCount - 1)) : OptionalDouble.empty();
    return new CineTiming(
        frameCount, TimingSource.FRAME_TIME_VECTOR, starts, mean, String.join("; ", notes));
  }
}
