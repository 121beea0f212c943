package org.cryows.ui.viewer.model;

import java.util.function.IntPredicate;
import org.cryows.imaging.ultrasound.CineClock;
import org.cryows.imaging.ultrasound.CineTiming;

/**
 * Plays a cine at its true rate: the frame due now comes from the wall clock through imaging's
 * {@link CineClock}, never from how many frames were shown before. A frame that is not ready when
 * its time comes is dropped rather than the cine slowed, and counted. Times are passed in (ms of a
 * monotonic clock), so a test plays a whole cine without waiting.
 *
 * <p>Frames are numbered along the whole playback ("sequence"): pass k of a looping cine shows
 * sequence numbers k * frames .. k * frames + frames - 1, so a frame skipped across a loop is
 * counted too.
 */
public final class CinePlayer {

  /** Playback speeds offered, as multiples of the true rate. */
  public static final double MIN_SPEED = 0.25;

  public static final double MAX_SPEED = 4;

  private final CineTiming timing;
  private final CineClock withinPass;
  private final int frames;
  private boolean loop = true;
  private double speed = 1;
  private boolean playing;
  private double anchorWallMs;
  private double anchorMediaMs;
  private long lastShownSequence;
  private int frame;
  private long shown;
  private long dropped;
  private double maxLatenessMs;

  /**
   * @throws IllegalArgumentException when the timing is absent (such a cine can only be stepped)
   */
  public CinePlayer(CineTiming timing) {
    if (!timing.timed()) {
      throw new IllegalArgumentException(
          "a cine without timing cannot be played: " + timing.note());
    }
    if (timing.frameCount() < 2 || !(timing.cycleDurationMs() > 0)) {
      throw new IllegalArgumentException("a cine has at least two frames and a duration");
    }
    this.timing = timing;
    this.withinPass = new CineClock(timing, true);
    this.frames = timing.frameCount();
  }

  public int frame() {
    return frame;
  }

  public boolean playing() {
    return playing;
  }

  public boolean loop() {
    return loop;
  }

  public double speed() {
    return speed;
  }

  /** Frames shown since the last {@link #play}, the first one included. */
  public long shownFrames() {
    return shown;
  }

  /** Frames whose time came and went without being shown, since the last {@link #play}. */
  public long droppedFrames() {
    return dropped;
  }

  /** The most a shown frame came after its due time, since the last {@link #play}, in ms. */
  public double maxLatenessMs() {
    return maxLatenessMs;
  }

  public CineTiming timing() {
    return timing;
  }

  /** Starts playing from the frame on screen (from the first when stopped on the last). */
  public void play(double nowMs) {
    if (playing) {
      return;
    }
    if (!loop && frame == frames - 1) {
      frame = 0;
    }
    playing = true;
    anchorWallMs = nowMs;
    anchorMediaMs = timing.frameStartMs(frame);
    lastShownSequence = frame;
    shown = 1;
    dropped = 0;
    maxLatenessMs = 0;
  }

  public void pause() {
    playing = false;
  }

  /** Shows {@code index} (paused), as a step or a jump does. */
  public void show(int index) {
    if (index < 0 || index >= frames) {
      throw new IllegalArgumentException("frame " + index + " of " + frames);
    }
    playing = false;
    frame = index;
  }

  public void setLoop(boolean loop) {
    this.loop = loop;
  }

  /** Changes the speed; a playing cine goes on from where it is. */
  public void setSpeed(double speed, double nowMs) {
    if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
      throw new IllegalArgumentException(
          "playback speed is "
              + MIN_SPEED
              + " to "
              + MAX_SPEED
              + " times the true rate, not "
              + speed);
    }
    if (playing) {
      anchorMediaMs = mediaMs(nowMs);
      anchorWallMs = nowMs;
    }
    this.speed = speed;
  }

  /**
   * Moves playback to {@code nowMs}: the frame due now is shown when {@code ready} says it can be,
   * and the frames passed over are counted as dropped. Returns whether the frame on screen changed.
   */
  public boolean tick(double nowMs, IntPredicate ready) {
    if (!playing) {
      return false;
    }
    double media = mediaMs(nowMs);
    double cycle = timing.cycleDurationMs();
    long sequence = sequenceAt(media);
    boolean ended = !loop && media >= cycle;
    if (ended) {
      sequence = frames - 1;
    }
    if (sequence <= lastShownSequence) {
      if (ended) {
        playing = false;
      }
      return false;
    }
    int due = (int) (sequence % frames);
    if (!ready.test(due)) {
      return false;
    }
    dropped += sequence - lastShownSequence - 1;
    lastShownSequence = sequence;
    shown++;
    double dueWallMs = anchorWallMs + (mediaStartMs(sequence) - anchorMediaMs) / speed;
    maxLatenessMs = Math.max(maxLatenessMs, nowMs - dueWallMs);
    frame = due;
    if (ended) {
      playing = false;
    }
    return true;
  }

  /** The frame due at {@code nowMs} (the frame on screen when paused). */
  public int dueFrame(double nowMs) {
    if (!playing) {
      return frame;
    }
    double media = mediaMs(nowMs);
    if (!loop && media >= timing.cycleDurationMs()) {
      return frames - 1;
    }
    return (int) (sequenceAt(media) % frames);
  }

  /** {@code count} frames from {@code first} on, in playing order (wrapping when looping). */
  public int[] upcoming(int first, int count) {
    int n = Math.min(count, frames);
    int[] next = new int[Math.max(0, n)];
    int k = 0;
    for (; k < next.length; k++) {
      int f = first + k;
      if (f >= frames && !loop) {
        break;
      }
      next[k] = f % frames;
    }
    return java.util.Arrays.copyOf(next, k);
  }

  private double mediaMs(double nowMs) {
    return anchorMediaMs + Math.max(0, nowMs - anchorWallMs) * speed;
  }

  private long sequenceAt(double mediaMs) {
    double cycle = timing.cycleDurationMs();
    long pass = (long) Math.floor(mediaMs / cycle);
    double within = mediaMs - pass * cycle;
    int index = withinPass.frameAt(within, 1);
    return pass * frames + index;
  }

  private double mediaStartMs(long sequence) {
    long pass = sequence / frames;
    return pass * timing.cycleDurationMs() + timing.frameStartMs((int) (sequence % frames));
  }
}
