package org.cryows.probecontrol.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

  @Test
  void nextDelayMs_fromDefaults_doublesUpToTheCeiling() {
    var backoff = new ReconnectBackoff(100, 5000);
    long[] expected = {100, 200, 400, 800, 1600, 3200, 5000, 5000};
    for (long delay : expected) {
      assertEquals(delay, backoff.nextDelayMs());
    }
  }

  @Property(tries = 2000)
  void nextDelayMs_anySettings_growsNeverPastTheCeilingAndReachesIt(
      @ForAll @IntRange(min = 1, max = 10_000) int initialMs,
      @ForAll @IntRange(min = 0, max = 100_000) int extraMs,
      @ForAll @IntRange(min = 0, max = 20) int failuresBeforeReset) {
    long ceilingMs = (long) initialMs + extraMs;
    var backoff = new ReconnectBackoff(initialMs, ceilingMs);
    long previous = 0;
    for (int i = 0; i < 64; i++) {
      if (i == failuresBeforeReset) {
        backoff.reset();
        assertEquals(initialMs, backoff.nextDelayMs());
        previous = initialMs;
        continue;
      }
      long delay = backoff.nextDelayMs();
      assertTrue(delay >= previous && delay <= ceilingMs, "delay " + delay);
      assertTrue(delay == ceilingMs || delay >= 2 * previous || previous == 0);
      previous = delay;
    }
    assertEquals(ceilingMs, previous);
  }
}
