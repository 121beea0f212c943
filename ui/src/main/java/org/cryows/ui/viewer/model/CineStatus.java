package org.cryows.ui.viewer.model;

import java.util.Locale;
import org.cryows.imaging.ultrasound.CineTiming;

/**
 * What the cine controls and overlay show.
 *
 * @param unavailableReason why the image cannot be played (empty when it can)
 * @param framesPerSecond the cine's own mean rate, 0 when it has none
 * @param timing where that rate comes from ("Frame Time 33.333 ms"), empty without one
 */
public record CineStatus(
    boolean playable,
    String unavailableReason,
    boolean playing,
    boolean loop,
    double speed,
    double framesPerSecond,
    String timing,
    long shownFrames,
    long droppedFrames,
    double maxLatenessMs) {

  /** A cine that can play, as {@code player} has it now. */
  static CineStatus of(CinePlayer player, boolean loop, double speed) {
    CineTiming timing = player.timing();
    return new CineStatus(
        true,
        "",
        player.playing(),
        loop,
        speed,
        timing.framesPerSecond().orElse(0),
        timingText(timing),
        player.shownFrames(),
        player.droppedFrames(),
        player.maxLatenessMs());
  }

  /** An image that cannot play, and why. */
  static CineStatus unavailable(String reason, boolean loop, double speed) {
    return new CineStatus(false, reason, false, loop, speed, 0, "", 0, 0, 0);
  }

  /** Where the rate comes from, as a reader would check it against the header. */
  static String timingText(CineTiming timing) {
    double ms = timing.nominalFrameTimeMs().orElse(0);
    return switch (timing.source()) {
      case FRAME_TIME -> String.format(Locale.ROOT, "Frame Time %.3f ms", ms);
      case FRAME_TIME_VECTOR -> String.format(Locale.ROOT, "Frame Time Vector, mean %.3f ms", ms);
      case CINE_RATE -> String.format(Locale.ROOT, "Cine Rate %.4g frames/s", 1000 / ms);
      case RECOMMENDED_DISPLAY_FRAME_RATE ->
          String.format(
              Locale.ROOT,
              "Recommended Display Frame Rate %.4g frames/s (a display suggestion)",
              1000 / ms);
      case NONE -> "no timing";
    };
  }
}
