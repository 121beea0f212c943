package org.cryows.probecontrol.serial;

import org.cryows.probecontrol.transport.BytePort;
import org.cryows.probecontrol.transport.MillisClock;
import org.cryows.probecontrol.transport.PortException;
import org.cryows.probecontrol.transport.RepeatedFailureLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link BytePort} on a serial device through jSerialComm. When the device fails after it was
 * opened (a cable pulled, the console rebooted, socat restarted), the port closes it and reopens it
 * by its path, waiting {@link SerialSettings#reconnectInitialMs()} and then twice as long after
 * each failed attempt, up to {@link SerialSettings#reconnectCeilingMs()}. The first failure is
 * logged at WARN, repeats are counted ({@link #failureCount()}) and the recovery is logged once.
 * Meanwhile reads return nothing and writes fail, so the link above retries and then reports its
 * commands undelivered.
 *
 * <p>Thread-safe: one thread reads while others write.
 */
public final class SerialBytePort implements BytePort {

  private static final Logger log = LoggerFactory.getLogger(SerialBytePort.class);

  private final SerialSettings settings;
  private final MillisClock clock;
  private final SerialDevice.Opener opener;
  private final ReconnectBackoff backoff;
  private final RepeatedFailureLog failures;
  private final Object state = new Object();
  private volatile SerialDevice device;
  private volatile boolean closed = true;
  private long nextAttemptMs;
  private long reconnects;

  public SerialBytePort(SerialSettings settings) {
    this(settings, MillisClock.system(), JSerialCommDevice::open);
  }

  SerialBytePort(SerialSettings settings, MillisClock clock, SerialDevice.Opener opener) {
    this.settings = java.util.Objects.requireNonNull(settings, "settings");
    this.clock = clock;
    this.opener = opener;
    this.backoff =
        new ReconnectBackoff(settings.reconnectInitialMs(), settings.reconnectCeilingMs());
    this.failures = new RepeatedFailureLog(log, "serial port " + settings.portPath());
  }

  @Override
  public String name() {
    return settings.portPath();
  }

  /**
   * Opens the device once; a device that cannot be opened now is an error for the caller (a wrong
   * path should not turn into silent retries).
   */
  @Override
  public void open() throws PortException {
    synchronized (state) {
      if (device != null) {
        return;
      }
      try {
        device = opener.open(settings);
        closed = false;
        log.info("serial port {} open at {} baud", settings.portPath(), settings.baudRate());
      } catch (SerialDevice.DeviceException e) {
        throw new PortException(settings.portPath(), e.getMessage(), e);
      }
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length, int timeoutMs) throws PortException {
    java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
    SerialDevice current = connectedDevice();
    if (current == null) {
      pause(timeoutMs);
      return 0;
    }
    int count = current.read(buffer, offset, length, timeoutMs);
    if (count < 0) {
      deviceFailed(current, "read failed");
      return 0;
    }
    return count;
  }

  @Override
  public void write(byte[] buffer, int offset, int length, int timeoutMs) throws PortException {
    java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
    SerialDevice current = connectedDevice();
    if (current == null) {
      throw new PortException(settings.portPath(), "not connected; reconnecting");
    }
    int written = 0;
    while (written < length) {
      int count = current.write(buffer, offset + written, length - written, timeoutMs);
      if (count <= 0) {
        deviceFailed(current, "write failed after " + written + " of " + length + " bytes");
        throw new PortException(
            settings.portPath(), "write failed after " + written + " of " + length + " bytes");
      }
      written += count;
    }
  }

  @Override
  public boolean isConnected() {
    return device != null;
  }

  /** Failures since the port was made: the first one logged, the rest only counted. */
  public long failureCount() {
    return failures.totalFailures();
  }

  /** Successful reconnections since the port was made. */
  public long reconnectCount() {
    synchronized (state) {
      return reconnects;
    }
  }

  @Override
  public void close() {
    synchronized (state) {
      closed = true;
      if (device != null) {
        device.close();
        device = null;
      }
    }
  }

  /** The open device, reopening it first when it failed and its next attempt is due. */
  private SerialDevice connectedDevice() throws PortException {
    if (closed) {
      throw new PortException(settings.portPath(), "not open (closed, or never opened)");
    }
    SerialDevice current = device;
    return current != null ? current : reconnectIfDue();
  }

  private SerialDevice reconnectIfDue() {
    synchronized (state) {
      if (device != null || closed || clock.nowMs() - nextAttemptMs < 0) {
        return device;
      }
      try {
        device = opener.open(settings);
        reconnects++;
        backoff.reset();
        failures.recovered();
        return device;
      } catch (SerialDevice.DeviceException e) {
        failures.failed("reconnecting: " + e.getMessage());
        nextAttemptMs = clock.nowMs() + backoff.nextDelayMs();
        return null;
      }
    }
  }

  private void deviceFailed(SerialDevice failed, String why) {
    synchronized (state) {
      if (device != failed) {
        return; // another thread saw the same failure first
      }
      device = null;
      failed.close();
      failures.failed(why);
      nextAttemptMs = clock.nowMs() + backoff.nextDelayMs();
    }
  }

  /** While disconnected a read still takes its time, so a polling loop does not spin. */
  private static void pause(int timeoutMs) {
    if (timeoutMs <= 0) {
      return;
    }
    try {
      Thread.sleep(timeoutMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "SerialBytePort[" + settings.portPath() + "]";
  }
}
