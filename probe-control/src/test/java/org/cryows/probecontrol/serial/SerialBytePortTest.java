package org.cryows.probecontrol.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.transport.PortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Reconnection, backoff and failure logging, with a scripted device on simulated time. */
class SerialBytePortTest {

  private final long[] nowMs = {0};
  private final List<Long> openAttemptsAtMs = new ArrayList<>();
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private boolean deviceAvailable = true;
  private ScriptedDevice lastDevice;

  @BeforeEach
  void captureLog() {
    logged.start();
    ((Logger) LoggerFactory.getLogger(SerialBytePort.class)).addAppender(logged);
  }

  @AfterEach
  void releaseLog() {
    ((Logger) LoggerFactory.getLogger(SerialBytePort.class)).detachAppender(logged);
  }

  @Test
  void open_deviceMissing_portExceptionNamingThePathAndWhy() {
    deviceAvailable = false;
    var port = port();
    var e = assertThrows(PortException.class, port::open);
    assertTrue(e.getMessage().contains("/dev/ttyTEST"), e.getMessage());
    assertTrue(e.getMessage().contains("no such device"), e.getMessage());
  }

  @Test
  void read_deviceFailsAndStaysAway_attemptsBackOffToTheCeilingAndOnlyTheFirstIsLogged()
      throws Exception {
    var port = port();
    port.open();
    openAttemptsAtMs.clear();
    lastDevice.failed = true;
    deviceAvailable = false;
    byte[] buffer = new byte[16];
    for (int ms = 0; ms <= 20_000; ms++) {
      nowMs[0] = ms;
      assertEquals(0, port.read(buffer, 0, buffer.length, 0));
    }
    // Failed at 0; attempts after 100, 200, 400, 800, 1600, 3200 ms, then every 5000 ms.
    assertEquals(List.of(100L, 300L, 700L, 1500L, 3100L, 6300L, 11300L, 16300L), openAttemptsAtMs);
    assertEquals(1 + openAttemptsAtMs.size(), port.failureCount());
    assertEquals(1, count(Level.WARN), logged.list.toString());
    assertFalse(port.isConnected());
  }

  @Test
  void read_deviceComesBack_reconnectsLogsTheRecoveryOnceAndResetsTheBackoff() throws Exception {
    var port = port();
    port.open();
    lastDevice.failed = true;
    deviceAvailable = false;
    byte[] buffer = new byte[16];
    for (int ms = 0; ms < 1000; ms++) {
      nowMs[0] = ms;
      port.read(buffer, 0, buffer.length, 0);
    }
    deviceAvailable = true;
    for (int ms = 1000; ms < 4000 && !port.isConnected(); ms++) {
      nowMs[0] = ms;
      port.read(buffer, 0, buffer.length, 0);
    }
    assertTrue(port.isConnected());
    assertEquals(1500, nowMs[0], "the attempt due 800 ms after the one at 700 ms");
    assertEquals(1, port.reconnectCount());
    assertEquals(1, count(Level.WARN));
    assertTrue(logged.list.stream().anyMatch(e -> e.getFormattedMessage().contains("recovered")));

    openAttemptsAtMs.clear();
    lastDevice.failed = true;
    long failedAt = nowMs[0];
    deviceAvailable = false;
    for (long ms = failedAt; ms <= failedAt + 150; ms++) {
      nowMs[0] = ms;
      port.read(buffer, 0, buffer.length, 0);
    }
    assertEquals(List.of(failedAt + 100), openAttemptsAtMs, "backoff starts again at 100 ms");
  }

  @Test
  void write_whileDisconnected_portExceptionAndNoBytesSent() throws Exception {
    var port = port();
    port.open();
    lastDevice.failed = true;
    deviceAvailable = false;
    byte[] frame = {0, 1, 2, 0};
    assertThrows(PortException.class, () -> port.write(frame, 0, frame.length, 10));
    var e = assertThrows(PortException.class, () -> port.write(frame, 0, frame.length, 10));
    assertTrue(e.getMessage().contains("reconnecting"), e.getMessage());
  }

  @Test
  void write_partialWrites_retriedUntilAllBytesAreOut() throws Exception {
    var port = port();
    port.open();
    lastDevice.maxBytesPerWrite = 3;
    byte[] frame = {0, 1, 2, 3, 4, 5, 6, 0};
    port.write(frame, 0, frame.length, 10);
    assertEquals(8, lastDevice.written.size());
  }

  @Test
  void read_afterClose_portException() throws Exception {
    var port = port();
    port.open();
    port.close();
    assertThrows(PortException.class, () -> port.read(new byte[4], 0, 4, 0));
  }

  private SerialBytePort port() {
    return new SerialBytePort(
        SerialSettings.defaults("/dev/ttyTEST"),
        () -> nowMs[0],
        settings -> {
          openAttemptsAtMs.add(nowMs[0]);
          if (!deviceAvailable) {
            throw new SerialDevice.DeviceException("no such device");
          }
          lastDevice = new ScriptedDevice();
          return lastDevice;
        });
  }

  private long count(Level level) {
    return logged.list.stream().filter(e -> e.getLevel() == level).count();
  }

  /** A device that works until told it failed. */
  private static final class ScriptedDevice implements SerialDevice {
    boolean failed;
    int maxBytesPerWrite = Integer.MAX_VALUE;
    final List<Byte> written = new ArrayList<>();

    @Override
    public int read(byte[] buffer, int offset, int length, int timeoutMs) {
      return failed ? -1 : 0;
    }

    @Override
    public int write(byte[] buffer, int offset, int length, int timeoutMs) {
      if (failed) {
        return -1;
      }
      int count = Math.min(length, maxBytesPerWrite);
      for (int i = 0; i < count; i++) {
        written.add(buffer[offset + i]);
      }
      return count;
    }

    @Override
    public void close() {}
  }
}
