package org.cryows.probecontrol.transport;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One end of an in-memory full-duplex line, made in pairs by {@link #pair}. Bytes written at one
 * end can be read at the other at once: no baud rate, so simulated-time tests stay deterministic.
 * Like a UART, a receive buffer that is full drops further bytes and counts them as overrun.
 */
public final class InMemoryBytePort implements BytePort {

  /** Receive buffer of each end: about 5 s of 50 Hz telemetry. */
  public static final int DEFAULT_CAPACITY_BYTES = 16 * 1024;

  /** The two ends of one line. */
  public record Pair(InMemoryBytePort a, InMemoryBytePort b) {}

  private final String name;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition bytesArrived = lock.newCondition();
  private final byte[] ring;
  private int head;
  private int size;
  private long overrunBytes;
  private boolean open;
  private InMemoryBytePort peer;

  private InMemoryBytePort(String name, int capacityBytes) {
    this.name = name;
    this.ring = new byte[capacityBytes];
  }

  /** Two connected ends, each with its own receive buffer of {@code capacityBytes}. */
  public static Pair pair(String nameA, String nameB, int capacityBytes) {
    if (capacityBytes < 1) {
      throw new IllegalArgumentException("capacityBytes must be positive: " + capacityBytes);
    }
    var a = new InMemoryBytePort(nameA, capacityBytes);
    var b = new InMemoryBytePort(nameB, capacityBytes);
    a.peer = b;
    b.peer = a;
    return new Pair(a, b);
  }

  public static Pair pair(String nameA, String nameB) {
    return pair(nameA, nameB, DEFAULT_CAPACITY_BYTES);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void open() {
    lock.lock();
    try {
      open = true;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length, int timeoutMs) throws PortException {
    java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
    lock.lock();
    try {
      long remainingNs = TimeUnit.MILLISECONDS.toNanos(Math.max(0, timeoutMs));
      while (open && size == 0 && remainingNs > 0) {
        remainingNs = bytesArrived.awaitNanos(remainingNs);
      }
      requireOpen();
      int count = Math.min(length, size);
      for (int i = 0; i < count; i++) {
        buffer[offset + i] = ring[head];
        head = (head + 1) % ring.length;
      }
      size -= count;
      return count;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PortException(name, "interrupted while reading", e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void write(byte[] buffer, int offset, int length, int timeoutMs) throws PortException {
    java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
    lock.lock();
    try {
      requireOpen();
    } finally {
      lock.unlock();
    }
    peer.receive(buffer, offset, length);
  }

  /** Bytes this end dropped because its receive buffer was full. */
  public long overrunBytes() {
    lock.lock();
    try {
      return overrunBytes;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean isConnected() {
    lock.lock();
    try {
      return open;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      open = false;
      bytesArrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Bytes from the peer: kept while there is room, even before this end is opened. */
  private void receive(byte[] buffer, int offset, int length) {
    lock.lock();
    try {
      for (int i = 0; i < length; i++) {
        if (size == ring.length) {
          overrunBytes += length - i;
          break;
        }
        ring[(head + size) % ring.length] = buffer[offset + i];
        size++;
      }
      bytesArrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void requireOpen() throws PortException {
    if (!open) {
      throw new PortException(name, "not open");
    }
  }

  @Override
  public String toString() {
    return "InMemoryBytePort[" + name + "]";
  }
}
