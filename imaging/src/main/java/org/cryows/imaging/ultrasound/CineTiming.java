package org.cryows.imaging.ultrasound;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * When each frame of a multi-frame image starts, in ms from the first frame, and where that came
 * from. A frame is shown from its start until the next frame's; the last frame lasts one nominal
 * frame time, after which a looping cine starts again.
 *
 * @param frameStartsMs one start per frame, the first 0, strictly increasing; empty when {@link
 *     #source()} is {@link TimingSource#NONE}
 * @param nominalFrameTimeMs the frame time the image states (the mean increment for a vector);
 *     empty when there is none
 * @param note anything the reader had to decide (a fallback, an ignored value); empty when none
 */
public record CineTiming(
    int frameCount,
    TimingSource source,
    List<Double> frameStartsMs,
    OptionalDouble nominalFrameTimeMs,
    String note) {

  public CineTiming {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(nominalFrameTimeMs, "nominalFrameTimeMs");
    Objects.requireNonNull(note, "note");
    frameStartsMs = List.copyOf(frameStartsMs);
    if (frameCount < 1) {
      throw new IllegalArgumentException("a cine has at least one frame, not " + frameCount);
    }
    if (source == TimingSource.NONE) {
      if (!frameStartsMs.isEmpty() || nominalFrameTimeMs.isPresent()) {
        throw new IllegalArgumentException("an untimed cine has no frame starts or frame time");
      }
    } else {
      if (frameStartsMs.size() != frameCount) {
        throw new IllegalArgumentException(
            frameStartsMs.size() + " frame starts for " + frameCount + " frames");
      }
      if (frameStartsMs.get(0) != 0.0) {
        throw new IllegalArgumentException("the first frame starts at 0 ms");
      }
      for (int i = 1; i < frameCount; i++) {
        if (!(frameStartsMs.get(i) > frameStartsMs.get(i - 1))) {
          throw new IllegalArgumentException("frame starts must increase, frame " + i);
        }
      }
      if (nominalFrameTimeMs.isPresent() && !(nominalFrameTimeMs.getAsDouble() > 0)) {
        throw new IllegalArgumentException("a frame time is positive");
      }
    }
  }

  /** A cine without timing, with the reason. */
  public static CineTiming untimed(int frameCount, String note) {
    return new CineTiming(frameCount, TimingSource.NONE, List.of(), OptionalDouble.empty(), note);
  }

  /** Every frame lasting {@code frameTimeMs}. */
  public static CineTiming regular(
      int frameCount, TimingSource source, double frameTimeMs, String note) {
    Double[] starts = new Double[frameCount];
    for (int i = 0; i < frameCount; i++) {
      starts[i] = i * frameTimeMs;
    }
    return new CineTiming(
        frameCount, source, Arrays.asList(starts), OptionalDouble.of(frameTimeMs), note);
  }

  public boolean timed() {
    return source != TimingSource.NONE;
  }

  /** The nominal frame time, or null when there is none (as the info output prints it). */
  public Double frameTimeMsOrNull() {
    return nominalFrameTimeMs.isPresent() ? nominalFrameTimeMs.getAsDouble() : null;
  }

  public double frameStartMs(int frame) {
    requireTimed();
    return frameStartsMs.get(checkIndex(frame));
  }

  /** How long frame {@code frame} stays on screen at normal speed. */
  public double frameDurationMs(int frame) {
    requireTimed();
    checkIndex(frame);
    if (frame + 1 < frameCount) {
      return frameStartsMs.get(frame + 1) - frameStartsMs.get(frame);
    }
    return nominalFrameTimeMs.orElse(0.0);
  }

  /** One pass through every frame; 0 for a single frame without a frame time. */
  public double cycleDurationMs() {
    requireTimed();
    return frameStartsMs.get(frameCount - 1) + frameDurationMs(frameCount - 1);
  }

  /** The true mean rate of one pass, frames per second; empty without timing. */
  public OptionalDouble framesPerSecond() {
    if (!timed() || cycleDurationMs() <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(1000.0 * frameCount / cycleDurationMs());
  }

  /** The frame on screen {@code timeMs} after the first frame started, within one pass. */
  public int frameAt(double timeMs) {
    requireTimed();
    if (!(timeMs >= 0)) {
      throw new IllegalArgumentException("a time into the cine is not negative: " + timeMs);
    }
    int low = 0;
    int high = frameCount - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (frameStartsMs.get(middle) <= timeMs) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  private int checkIndex(int frame) {
    return Objects.checkIndex(frame, frameCount);
  }

  private void requireTimed() {
    if (!timed()) {
      throw new IllegalStateException("this cine has no timing: " + note);
    }
  }
}
