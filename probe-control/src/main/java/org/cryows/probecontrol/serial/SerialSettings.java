package org.cryows.probecontrol.serial;

/**
 * How to reach the console over a serial line: 8 data bits, no parity, one stop bit, no flow
 * control, at {@code baudRate}.
 *
 * @param portPath a device path ({@code /dev/ttyUSB0}, {@code COM3}) or a link to one (a socat pty)
 * @param reconnectInitialMs wait before the first reconnection attempt after a failure
 * @param reconnectCeilingMs the wait doubles after each failed attempt up to this
 */
public record SerialSettings(
    String portPath, int baudRate, int reconnectInitialMs, int reconnectCeilingMs) {

  /**
   * 115200 baud carries 50 Hz telemetry (66 bytes a frame) in under a third of the line's capacity.
   */
  public static final int DEFAULT_BAUD_RATE = 115_200;

  public SerialSettings {
    if (portPath == null || portPath.isBlank()) {
      throw new IllegalArgumentException("portPath must not be blank");
    }
    if (baudRate < 300) {
      throw new IllegalArgumentException("baudRate must be at least 300: " + baudRate);
    }
    if (reconnectInitialMs < 1 || reconnectCeilingMs < reconnectInitialMs) {
      throw new IllegalArgumentException(
          "need 1 <= reconnectInitialMs <= reconnectCeilingMs, was "
              + reconnectInitialMs
              + " and "
              + reconnectCeilingMs);
    }
  }

  /** 115200 baud; reconnect after 100 ms, backing off to at most 5 s between attempts. */
  public static SerialSettings defaults(String portPath) {
    return new SerialSettings(portPath, DEFAULT_BAUD_RATE, 100, 5_000);
  }
}
