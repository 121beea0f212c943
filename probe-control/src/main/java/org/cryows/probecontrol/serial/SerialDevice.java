package org.cryows.probecontrol.serial;

/**
 * One opened serial device, the part of jSerialComm the port needs; a seam so that reconnection can
 * be tested without hardware. Methods return -1 on failure, like the library.
 */
interface SerialDevice {

  /** Opens a device; throws with the reason when it cannot. */
  @FunctionalInterface
  interface Opener {
    SerialDevice open(SerialSettings settings) throws DeviceException;
  }

  /** A device could not be opened. */
  final class DeviceException extends Exception {
    DeviceException(String why) {
      super(why);
    }
  }

  /** Reads up to {@code length} bytes, waiting up to {@code timeoutMs} (0: only what is there). */
  int read(byte[] buffer, int offset, int length, int timeoutMs);

  /** Writes up to {@code length} bytes within {@code timeoutMs}; returns how many. */
  int write(byte[] buffer, int offset, int length, int timeoutMs);

  void close();
}
