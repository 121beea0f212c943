package org.cryows.probecontrol.transport;

/**
 * Wraps a port and passes what it writes through a {@link LineNoise} that can be switched at any
 * moment (a fault starts, a fault ends). Reads pass through untouched: wrap both ends to disturb
 * both directions.
 */
public final class NoisyBytePort implements BytePort {

  private final BytePort inner;
  private byte[] noisy = new byte[256];
  private int noisyLength;
  private volatile LineNoise noise = LineNoise.NONE;
  private final LineNoise.ByteSink collect = this::collect;

  public NoisyBytePort(BytePort inner) {
    this.inner = java.util.Objects.requireNonNull(inner, "inner");
  }

  /** From now on, written bytes go through {@code noise}. */
  public void setNoise(LineNoise noise) {
    this.noise = java.util.Objects.requireNonNull(noise, "noise");
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
    return inner.read(buffer, offset, length, timeoutMs);
  }

  @Override
  public synchronized void write(byte[] buffer, int offset, int length, int timeoutMs)
      throws PortException {
    LineNoise current = noise;
    if (current == LineNoise.NONE) {
      inner.write(buffer, offset, length, timeoutMs);
      return;
    }
    noisyLength = 0;
    for (int i = offset; i < offset + length; i++) {
      current.transmit(buffer[i], collect);
    }
    if (noisyLength > 0) {
      inner.write(noisy, 0, noisyLength, timeoutMs);
    }
  }

  private void collect(byte b) {
    if (noisyLength == noisy.length) {
      noisy = java.util.Arrays.copyOf(noisy, noisy.length * 2);
    }
    noisy[noisyLength++] = b;
  }

  @Override
  public boolean isConnected() {
    return inner.isConnected();
  }

  @Override
  public void close() {
    inner.close();
  }
}
