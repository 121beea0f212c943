package org.cryows.probecontrol.session;

import java.util.concurrent.atomic.AtomicLong;
import org.cryows.probecontrol.transport.BytePort;
import org.cryows.probecontrol.transport.PortException;

/**
 * Counts the bytes that pass through a port in each direction. A simulated-time run compares the
 * bytes one end wrote with the bytes the other end read to know that nothing is still on the line
 * before it lets the clock move on.
 *
 * <p>It can also stage bytes still in flight: {@link #stageUntilArrived} reads from the line into a
 * buffer until a given total has arrived, and later reads serve that buffer first. A real line (a
 * pty) delivers late and in pieces; staging makes the reader see exactly the bytes an in-memory
 * line would have shown it at that moment, so a simulated-time run is the same on both.
 */
public final class CountingBytePort implements BytePort {
  private final BytePort inner;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong read = new AtomicLong();
  private byte[] staged = new byte[4096];
  private int stagedFrom;
  private int stagedTo;

  public CountingBytePort(BytePort inner) {
    this.inner = java.util.Objects.requireNonNull(inner, "inner");
  }

  /** Bytes written through this port so far. */
  public long bytesWritten() {
    return written.get();
  }

  /** Bytes read through this port so far. */
  public long bytesRead() {
    return read.get();
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public void open() throws PortException {
    inner.open();
  }

  /**
   * Reads from the line into the staging buffer until {@code totalBytes} have arrived in all (read
   * or staged), or until {@code deadlineNanos} (System.nanoTime) passes.
   *
   * @return true when every byte arrived
   */
  public synchronized boolean stageUntilArrived(long totalBytes, long deadlineNanos)
      throws PortException {
    while (read.get() + (stagedTo - stagedFrom) < totalBytes) {
      if (System.nanoTime() > deadlineNanos) {
        return false;
      }
      makeRoom();
      stagedTo += inner.read(staged, stagedTo, staged.length - stagedTo, 1);
    }
    return true;
  }

  private void makeRoom() {
    if (stagedFrom > 0) {
      System.arraycopy(staged, stagedFrom, staged, 0, stagedTo - stagedFrom);
      stagedTo -= stagedFrom;
      stagedFrom = 0;
    }
    if (stagedTo == staged.length) {
      staged = java.util.Arrays.copyOf(staged, staged.length * 2);
    }
  }

  @Override
  public synchronized int read(byte[] buffer, int offset, int length, int timeoutMs)
      throws PortException {
    int count;
    if (stagedTo > stagedFrom) {
      count = Math.min(length, stagedTo - stagedFrom);
      System.arraycopy(staged, stagedFrom, buffer, offset, count);
      stagedFrom += count;
      // Whatever else has arrived comes too, as a read without staging would have returned it.
      if (count < length) {
        count += inner.read(buffer, offset + count, length - count, 0);
      }
    } else {
      count = inner.read(buffer, offset, length, timeoutMs);
    }
    if (count > 0) {
      read.addAndGet(count);
    }
    return count;
  }

  @Override
  public void write(byte[] buffer, int offset, int length, int timeoutMs) throws PortException {
    inner.write(buffer, offset, length, timeoutMs);
    written.addAndGet(length);
  }

  @Override
  public boolean isConnected() {
    return inner.isConnected();
  }

  @Override
  public void close() {
    inner.close();
  }

  @Override
  public String toString() {
    return "CountingBytePort[" + inner + "]";
  }
}
