package org.cryows.probecontrol.session;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.cryows.probecontrol.journal.JournalRecord;
import org.cryows.probecontrol.serial.SerialBytePort;
import org.cryows.probecontrol.serial.SerialSettings;

/**
 * The same random sessions over a real serial line: two socat pseudo-terminals opened through
 * jSerialComm. Each case holds the invariants and journals exactly what the same case journals on
 * the in-memory line (simulated time makes the line's delays irrelevant). Skipped when socat is
 * missing, failed instead under CI=true.
 */
class PtySessionPropertyTest {
  private static SocatPtyPair ptys;

  @BeforeContainer
  static void startSocat() throws IOException {
    if (!SocatPtyPair.socatAvailable()) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("socat is required under CI for the real-pty tests");
      }
      return;
    }
    ptys = SocatPtyPair.start();
  }

  @AfterContainer
  static void stopSocat() {
    if (ptys != null) {
      ptys.close();
    }
  }

  @Property(tries = 24, shrinking = ShrinkingMode.OFF)
  void randomSessionsOverPtys_holdTheInvariantsAndMatchTheInMemoryRun(
      @ForAll("sessions") SessionCase session) {
    net.jqwik.api.Assume.that(ptys != null);
    var workstation = new SerialBytePort(SerialSettings.defaults(ptys.linkA().toString()));
    var console = new SerialBytePort(SerialSettings.defaults(ptys.linkB().toString()));
    SessionCheck overPty;
    try {
      workstation.open();
      console.open();
      drain(workstation);
      drain(console);
      overPty = new SessionCheck(session, workstation, console, null).run();
    } catch (org.cryows.probecontrol.transport.PortException e) {
      throw new AssertionError("cannot open the ptys: " + e.getMessage(), e);
    } finally {
      workstation.close();
      console.close();
    }
    SessionPropertyTest.assertNoViolations(overPty);
    List<JournalRecord> inMemory = SessionPropertyTest.runInMemory(session).journal;
    SessionReplay.firstDifference(inMemory, overPty.journal)
        .ifPresent(
            d -> {
              throw new AssertionError(session + "\n pty run differs from in-memory run at " + d);
            });
  }

  /** Bytes a previous case left in the pty buffers are not this case's. */
  private static void drain(SerialBytePort port)
      throws org.cryows.probecontrol.transport.PortException {
    byte[] buffer = new byte[4096];
    while (port.read(buffer, 0, buffer.length, 20) > 0) {
      // discard
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<SessionCase> sessions() {
    return new SessionPropertyTest().sessions().filter(s -> s.durationMs() <= 10_000);
  }
}
