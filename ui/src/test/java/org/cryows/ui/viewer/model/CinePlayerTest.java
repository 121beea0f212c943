package org.cryows.ui.viewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.cryows.imaging.ultrasound.CineClock;
import org.cryows.imaging.ultrasound.CineTiming;
import org.cryows.imaging.ultrasound.TimingSource;
import org.junit.jupiter.api.Test;

/** The cine player against imaging's clock arithmetic, with time moved by the test. */
class CinePlayerTest {

  /** The shared 30-frame cine's timing: Frame Time 33.333 ms. */
  private static final CineTiming THIRTY =
      CineTiming.regular(30, TimingSource.FRAME_TIME, 33.333, "");

  /** A screen refreshing at 60 Hz. */
  private static final double PULSE_MS = 1000.0 / 60;

  @Test
  void play_allFramesReady_showsEveryFrameAtTheTrueRateForTenSeconds() {
    var player = new CinePlayer(THIRTY);
    var clock = new CineClock(THIRTY, true);
    player.play(0);
    int changes = 0;
    // Pulses for just under ten seconds: ten passes of the 30 frames.
    for (int k = 1; k * PULSE_MS < 9_990; k++) {
      double t = k * PULSE_MS;
      if (player.tick(t, f -> true)) {
        changes++;
      }
      assertEquals(clock.frameAt(t, 1), player.frame(), "frame at " + t + " ms");
    }
    // 10 s at 33.333 ms: frames 0..299 are due, frame 0 was on screen when play started.
    assertEquals(300, player.shownFrames());
    assertEquals(299, changes);
    assertEquals(0, player.droppedFrames());
    assertTrue(player.maxLatenessMs() < PULSE_MS, "late by " + player.maxLatenessMs());
  }

  @Test
  void tick_framesNotReady_dropsThemAndKeepsTheWallClockRate() {
    var player = new CinePlayer(THIRTY);
    player.play(0);
    // Frames 5 to 9 are stuck in decoding during the first pass.
    for (int k = 1; k * PULSE_MS < 390; k++) {
      player.tick(k * PULSE_MS, f -> f < 5 || f > 9);
    }
    // At 400 ms frame 12 is due: the cine is there, not at frame 5, and five frames were dropped.
    assertEquals(11, player.frame(), "frame on screen just before 400 ms");
    player.tick(400, f -> true);
    assertEquals(12, player.frame());
    assertEquals(5, player.droppedFrames());
    assertTrue(player.maxLatenessMs() < PULSE_MS, "late by " + player.maxLatenessMs());
  }

  @Test
  void tick_stalledRender_frameShownLateIsNotCountedAsDropped() {
    var player = new CinePlayer(THIRTY);
    player.play(0);
    player.tick(40, f -> false); // frame 1 due, not ready
    player.tick(50, f -> true); // ready 16.7 ms after its time: shown, late, not dropped
    assertEquals(1, player.frame());
    assertEquals(0, player.droppedFrames());
    assertEquals(50 - 33.333, player.maxLatenessMs(), 1e-9);
  }

  @Test
  void tick_loopOn_startsAgainAndCountsAcrossTheLoop() {
    var player = new CinePlayer(THIRTY);
    player.play(0);
    for (int k = 1; k * PULSE_MS < 1020; k++) {
      player.tick(k * PULSE_MS, f -> true);
    }
    assertEquals(0, player.frame(), "the second pass has begun");
    assertTrue(player.playing());
    assertEquals(31, player.shownFrames());
    assertEquals(0, player.droppedFrames());
  }

  @Test
  void tick_gapAcrossTheLoop_countsTheFramesOnBothSides() {
    var player = new CinePlayer(THIRTY);
    player.play(0);
    for (int k = 1; k * PULSE_MS < 950; k++) {
      player.tick(k * PULSE_MS, f -> true);
    }
    assertEquals(28, player.frame());
    player.tick(1040, f -> true); // frame 1 of the second pass; frames 29 and 0 never shown
    assertEquals(1, player.frame());
    assertEquals(2, player.droppedFrames());
  }

  @Test
  void tick_loopOff_stopsOnTheLastFrame() {
    var player = new CinePlayer(THIRTY);
    player.setLoop(false);
    player.play(0);
    player.tick(995, f -> true);
    assertEquals(29, player.frame());
    assertTrue(player.playing());
    player.tick(1200, f -> true);
    assertEquals(29, player.frame());
    assertFalse(player.playing());
    // Play again from the end starts from the first frame.
    player.play(2000);
    assertEquals(0, player.frame());
  }

  @Test
  void setSpeed_doubleAndQuarter_frameFollowsTheScaledClock() {
    var player = new CinePlayer(THIRTY);
    player.setSpeed(2, 0);
    player.play(0);
    player.tick(250, f -> true);
    assertEquals(15, player.frame()); // 500 ms of cine in 250 ms
    player.setSpeed(0.25, 250);
    player.tick(250 + 400, f -> true);
    assertEquals(18, player.frame()); // 100 ms more of cine in 400 ms
    assertThrows(IllegalArgumentException.class, () -> player.setSpeed(8, 700));
    assertThrows(IllegalArgumentException.class, () -> player.setSpeed(0.1, 700));
  }

  @Test
  void play_frameTimeVector_followsEachIncrement() {
    // Frame Time Vector: 0, 10, 50, 20 ms: frames start at 0, 10, 60, 80; the last lasts the mean.
    var timing =
        new CineTiming(
            4,
            TimingSource.FRAME_TIME_VECTOR,
            List.of(0.0, 10.0, 60.0, 80.0),
            OptionalDouble.of(80.0 / 3),
            "");
    var player = new CinePlayer(timing);
    player.play(0);
    player.tick(9, f -> true);
    assertEquals(0, player.frame());
    player.tick(11, f -> true);
    assertEquals(1, player.frame());
    player.tick(59, f -> true);
    assertEquals(1, player.frame());
    player.tick(61, f -> true);
    assertEquals(2, player.frame());
    player.tick(81, f -> true);
    assertEquals(3, player.frame());
  }

  @Test
  void show_whilePlaying_pausesOnThatFrame() {
    var player = new CinePlayer(THIRTY);
    player.play(0);
    player.tick(100, f -> true);
    player.show(20);
    assertFalse(player.playing());
    assertEquals(20, player.frame());
    player.play(500);
    player.tick(500 + 34, f -> true);
    assertEquals(21, player.frame());
  }

  @Test
  void construct_untimedCine_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CinePlayer(CineTiming.untimed(10, "no Frame Time")));
  }
}
