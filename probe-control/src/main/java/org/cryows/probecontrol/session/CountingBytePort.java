package org.cryows.probecontrol.session;

import java.util.concurrent.atomic.AtomicLong;
import org.cryows.probecontrol.transport.BytePort;
import org.cryows.probecontrol.transport.PortException;

/**
 * Counts the bytes that pass through a port in each direction. A simulated-time run compares the
 * bytes one end wrote with the bytes the other end read to know that nothing is still on the line
 * before it lets the clock move on.
 */
public final class CountingBytePort implements BytePort {
  private final BytePort inner;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong read = new AtomicLong();

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

  @Override
  public int read(byte[] buffer, int offset, int length, int timeoutMs) throws PortException {
    int count = inner.read(buffer, offset, length, timeoutMs);
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
