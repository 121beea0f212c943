package org.cryows.probecontrol.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;

/** A serial device through jSerialComm: 8N1, no flow control, semi-blocking reads. */
final class JSerialCommDevice implements SerialDevice {

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
    if (timeoutMs <= 0) {
      // Semi-blocking with a zero timeout would block for ever: take only what is there.
      int available = port.bytesAvailable();
      if (available <= 0) {
        return available;
      }
      return port.readBytes(buffer, Math.min(available, length), offset);
    }
    timeouts(timeoutMs, writeTimeoutMs);
    return port.readBytes(buffer, length, offset);
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
   * ones, so in practice this happens once.
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
