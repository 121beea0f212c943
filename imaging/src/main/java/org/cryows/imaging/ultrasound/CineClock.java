package org.cryows.imaging.ultrasound;

/**
 * Which frame a cine shows after some wall-clock time at a playback speed: a pure function of its
 * inputs, so a viewer's timer only asks it and tests need no clock.
 */
public final class CineClock {

  private final CineTiming timing;
  private final boolean loop;

  /**
   * @param loop start again after the last frame; otherwise stay on it
   * @throws IllegalArgumentException when the cine has no timing to play by
   */
  public CineClock(CineTiming timing, boolean loop) {
    if (!timing.timed()) {
      throw new IllegalArgumentException(
          "a cine without timing cannot be played: " + timing.note());
    }
    this.timing = timing;
    this.loop = loop;
  }

  /**
   * The frame on screen {@code elapsedMs} of wall-clock time after playback started at {@code
   * speed} times the true rate (1 real time, 0.5 half speed).
   */
  public int frameAt(double elapsedMs, double speed) {
    if (!(elapsedMs >= 0) || Double.isInfinite(elapsedMs)) {
      throw new IllegalArgumentException("elapsed time is finite and not negative: " + elapsedMs);
    }
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("playback speed is positive and finite: " + speed);
    }
    double cycle = timing.cycleDurationMs();
    if (cycle <= 0) {
      return 0;
    }
    double mediaMs = elapsedMs * speed;
    if (mediaMs >= cycle) {
      if (!loop) {
        return timing.frameCount() - 1;
      }
      mediaMs = mediaMs % cycle;
    }
    return timing.frameAt(mediaMs);
  }

  /** Wall-clock time at {@code speed} from frame {@code frame}'s start to the next frame's. */
  public double wallDurationMs(int frame, double speed) {
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("playback speed is positive and finite: " + speed);
    }
    return timing.frameDurationMs(frame) / speed;
  }
}
