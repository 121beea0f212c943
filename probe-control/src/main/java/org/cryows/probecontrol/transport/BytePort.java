package org.cryows.probecontrol.transport;

/**
 * A full-duplex byte stream to the other end of the link (a serial port, an in-memory pair). The
 * link layer reads and writes it from one polling thread and from command senders, so
 * implementations are thread-safe. Implementations that can fail repeatedly (a cable pulled) log
 * the first failure and count the repeats; callers only count.
 */
public interface BytePort extends AutoCloseable {

  /** Where the bytes go, for messages: a device path or a test name. */
  String name();

  /** Opens the port; a port that is already open stays open. */
  void open() throws PortException;

  /**
   * Reads what has arrived, up to {@code length} bytes, waiting at most {@code timeoutMs} for the
   * first byte (0: do not wait).
   *
   * @return the number of bytes read; 0 when nothing arrived in time, also while a port is
   *     reconnecting
   * @throws PortException when the port is closed or failed in a way the caller must know about
   */
  int read(byte[] buffer, int offset, int length, int timeoutMs) throws PortException;

  /**
   * Writes all {@code length} bytes or fails, taking at most {@code timeoutMs}.
   *
   * @throws PortException when the bytes could not all be written (closed, disconnected, timed out)
   */
  void write(byte[] buffer, int offset, int length, int timeoutMs) throws PortException;

  /** The port is open and, as far as it knows, connected to its peer. */
  boolean isConnected();

  /** Closes the port; further reads and writes fail. Closing twice is harmless. */
  @Override
  void close();
}
