package org.cryows.probecontrol.session;

import java.util.function.BooleanSupplier;
import org.cryows.probecontrol.simulator.LineNoise;
import org.cryows.probecontrol.transport.BytePort;
import org.cryows.probecontrol.transport.PortException;

/**
 * The console's end of the line with the simulator's link faults applied to the bytes, in both
 * directions: while COMM_LOSS is active nothing is carried (written bytes never reach the wire,
 * bytes that arrive are lost), while LINE_NOISE is active every byte is passed through the
 * simulator's {@link LineNoise} (independent bit errors). Applying both directions here lets a
 * console process on a real serial port disturb the whole link on its own.
 */
public final class LinkFaultPort implements BytePort {
  private final BytePort inner;
  private final BooleanSupplier linkDown;
  private final BooleanSupplier lineNoise;
  private final LineNoise inboundNoise;
  private final LineNoise outboundNoise;
  private final byte[] one = new byte[1];

  /**
   * @param linkDown whether the link carries nothing now (the simulator's {@code linkDown()})
   * @param lineNoise whether the link corrupts bytes now (the simulator's {@code lineNoise()})
   * @param inboundNoise how arriving bytes are corrupted; seeded, so runs repeat
   * @param outboundNoise how written bytes are corrupted; separate from the inbound one so that the
   *     damage to each direction does not depend on how reads and writes interleave
   */
  public LinkFaultPort(
      BytePort inner,
      BooleanSupplier linkDown,
      BooleanSupplier lineNoise,
      LineNoise inboundNoise,
      LineNoise outboundNoise) {
    this.inner = java.util.Objects.requireNonNull(inner, "inner");
    this.linkDown = java.util.Objects.requireNonNull(linkDown, "linkDown");
    this.lineNoise = java.util.Objects.requireNonNull(lineNoise, "lineNoise");
    this.inboundNoise = java.util.Objects.requireNonNull(inboundNoise, "inboundNoise");
    this.outboundNoise = java.util.Objects.requireNonNull(outboundNoise, "outboundNoise");
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
    if (count <= 0) {
      return count;
    }
    if (linkDown.getAsBoolean()) {
      return 0; // arrived on a cut line: lost
    }
    if (lineNoise.getAsBoolean()) {
      corrupt(inboundNoise, buffer, offset, count);
    }
    return count;
  }

  @Override
  public synchronized void write(byte[] buffer, int offset, int length, int timeoutMs)
      throws PortException {
    if (linkDown.getAsBoolean()) {
      return;
    }
    if (!lineNoise.getAsBoolean()) {
      inner.write(buffer, offset, length, timeoutMs);
      return;
    }
    byte[] copy = java.util.Arrays.copyOfRange(buffer, offset, offset + length);
    corrupt(outboundNoise, copy, 0, length);
    inner.write(copy, 0, length, timeoutMs);
  }

  /** Byte by byte, so the damage does not depend on how the stream was cut into reads. */
  private synchronized void corrupt(LineNoise noise, byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      one[0] = bytes[i];
      bytes[i] = noise.corrupt(one)[0];
    }
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
    return "LinkFaultPort[" + inner + "]";
  }
}
