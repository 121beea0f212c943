package org.cryows.probecontrol.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InMemoryBytePortTest {

  @Test
  void write_atOneEnd_readAtTheOtherInOrder() throws Exception {
    var pair = openPair(64);
    pair.a().write(new byte[] {1, 2, 3}, 0, 3, 0);
    pair.a().write(new byte[] {4}, 0, 1, 0);
    byte[] buffer = new byte[8];
    int n = pair.b().read(buffer, 0, buffer.length, 0);
    assertArrayEquals(new byte[] {1, 2, 3, 4}, Arrays.copyOf(buffer, n));
    assertEquals(0, pair.a().read(buffer, 0, buffer.length, 0), "nothing came back");
  }

  @Test
  void write_pastTheReceiveBuffer_excessDroppedAndCountedAsOverrun() throws Exception {
    var pair = openPair(4);
    pair.a().write(new byte[] {1, 2, 3, 4, 5, 6}, 0, 6, 0);
    byte[] buffer = new byte[8];
    assertEquals(4, pair.b().read(buffer, 0, buffer.length, 0));
    assertEquals(2, pair.b().overrunBytes());
  }

  @Test
  void read_emptyWithATimeout_returnsNothing() throws Exception {
    var pair = openPair(4);
    assertEquals(0, pair.b().read(new byte[4], 0, 4, 5));
  }

  @Test
  void read_closed_portExceptionNamingThePort() {
    var pair = openPair(4);
    pair.b().close();
    var e = assertThrows(PortException.class, () -> pair.b().read(new byte[4], 0, 4, 0));
    assertEquals("port b: not open", e.getMessage());
  }

  @Test
  void noisyPort_cutLine_nothingArrives() throws Exception {
    var pair = openPair(64);
    var noisy = new NoisyBytePort(pair.a());
    noisy.setNoise(LineNoise.CUT);
    noisy.write(new byte[] {1, 2, 3}, 0, 3, 0);
    assertEquals(0, pair.b().read(new byte[8], 0, 8, 0));
  }

  @Test
  void noisyPort_randomNoiseWithASeed_sameDamageEveryRun() throws Exception {
    byte[] data = new byte[2000];
    Arrays.fill(data, (byte) 0x55);
    assertArrayEquals(throughNoise(data, 42), throughNoise(data, 42));
    byte[] damaged = throughNoise(data, 42);
    assertEquals(false, Arrays.equals(data, damaged), "10% noise changed something");
  }

  private static byte[] throughNoise(byte[] data, long seed) throws Exception {
    var pair = openPair(4096);
    var noisy = new NoisyBytePort(pair.a());
    noisy.setNoise(LineNoise.random(seed, 0.1, 0.05, 0.05));
    noisy.write(data, 0, data.length, 0);
    byte[] buffer = new byte[4096];
    int n = pair.b().read(buffer, 0, buffer.length, 0);
    return Arrays.copyOf(buffer, n);
  }

  private static InMemoryBytePort.Pair openPair(int capacity) {
    var pair = InMemoryBytePort.pair("a", "b", capacity);
    pair.a().open();
    pair.b().open();
    return pair;
  }
}
