package org.cryows.probecontrol.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A serial device through jSerialComm: 8N1, no flow control.
 *
 * <p>Reads never use the library's own read timeout. On Linux and macOS a semi-blocking read waits
 * through termios' VTIME, which counts in tenths of a second, so any timeout from 1 to 99 ms became
 * about 100 ms. Instead a read takes what the driver already holds ({@code bytesAvailable}, then a
 * read of at most that much, which returns at once) and, while there is nothing, parks for {@link
 * #POLL_PARK_MICROS} and looks again until its own deadline: a wait of a few milliseconds is
 * honoured to within about a quarter of a millisecond plus the scheduler's latency.
 */
final class JSerialCommDevice implements SerialDevice {

  /** How long a waiting read parks between looks at the driver's buffer. */
  static final long POLL_PARK_MICROS = 250;

  private final SerialPort port;
  private int readTimeoutMs = -1;
  private int writeTimeoutMs = -1;

  private JSerialCommDevice(SerialPort port) {
    this.port = port;
  }

  static SerialDevice open(SerialSettings settings) throws DeviceException {
    SerialPort port;
    try {
      port = SerialPort.getCommPort(settings.portPath());
    } catch (SerialPortInvalidPortException e) {
      throw new DeviceException("no such port (" + e.getMessage() + ")");
    }
    port.setComPortParameters(
        settings.baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
    port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
    if (!port.openPort()) {
      throw new DeviceException(
          "could not open (error "
              + port.getLastErrorCode()
              + " at "
              + port.getLastErrorLocation()
              + ")");
    }
    var device = new JSerialCommDevice(port);
    device.timeouts(1, 100);
    return device;
  }

  @Override
  public int read(byte[] buffer, int offset, int length, int timeoutMs) {
    long deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, timeoutMs));
    while (true) {
      int available = port.bytesAvailable();
      if (available < 0) {
        return available; // the device failed
      }
      if (available > 0) {
        return port.readBytes(buffer, Math.min(available, length), offset);
      }
      long leftNanos = deadlineNanos - System.nanoTime();
      if (leftNanos <= 0) {
        return 0;
      }
      LockSupport.parkNanos(Math.min(leftNanos, TimeUnit.MICROSECONDS.toNanos(POLL_PARK_MICROS)));
      if (Thread.currentThread().isInterrupted()) {
        return 0; // the caller is being stopped: give back control, keep the flag
      }
    }
  }

  @Override
  public int write(byte[] buffer, int offset, int length, int timeoutMs) {
    timeouts(readTimeoutMs, Math.max(1, timeoutMs));
    return port.writeBytes(buffer, length, offset);
  }

  @Override
  public void close() {
    port.closePort();
  }

  /**
   * Changing timeouts reconfigures the device, so only when they differ; the link uses constant
   * ones, so in practice this happens once. The read timeout set here only bounds a read of bytes
   * already available, which returns at once.
   */
  private synchronized void timeouts(int readMs, int writeMs) {
    if (readMs != readTimeoutMs || writeMs != writeTimeoutMs) {
      port.setComPortTimeouts(
          SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
          readMs,
          writeMs);
      readTimeoutMs = readMs;
      writeTimeoutMs = writeMs;
    }
  }
}
