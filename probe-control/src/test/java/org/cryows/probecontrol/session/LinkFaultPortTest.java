package org.cryows.probecontrol.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.cryows.probecontrol.simulator.LineNoise;
import org.cryows.probecontrol.transport.InMemoryBytePort;
import org.junit.jupiter.api.Test;

class LinkFaultPortTest {
  private boolean down;
  private boolean noisy;
  private final InMemoryBytePort.Pair pair = InMemoryBytePort.pair("console", "workstation");
  private final LinkFaultPort port =
      new LinkFaultPort(
          pair.a(),
          () -> down,
          () -> noisy,
          new LineNoise(new SplittableRandom(1), 0.05),
          new LineNoise(new SplittableRandom(2), 0.05));

  LinkFaultPortTest() {
    pair.a().open();
    pair.b().open();
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  @Test
  void linkDown_carriesNothingEitherWay() throws Exception {
    down = true;
    port.write(bytes(10), 0, 10, 0);
    assertEquals(0, pair.b().read(new byte[64], 0, 64, 0), "nothing reaches the workstation");
    pair.b().write(bytes(10), 0, 10, 0);
    assertEquals(0, port.read(new byte[64], 0, 64, 0), "what arrives is lost");
    down = false;
    assertEquals(0, port.read(new byte[64], 0, 64, 0), "and stays lost after the link is back");
  }

  @Test
  void clean_passesBytesUnchanged() throws Exception {
    port.write(bytes(100), 0, 100, 0);
    byte[] got = new byte[100];
    assertEquals(100, pair.b().read(got, 0, 100, 0));
    assertArrayEquals(bytes(100), got);
  }

  @Test
  void lineNoise_corruptsBothDirectionsButKeepsTheLength() throws Exception {
    noisy = true;
    port.write(bytes(200), 0, 200, 0);
    byte[] got = new byte[200];
    assertEquals(200, pair.b().read(got, 0, 200, 0));
    assertTrue(!java.util.Arrays.equals(bytes(200), got), "outbound bytes damaged");
    pair.b().write(bytes(200), 0, 200, 0);
    byte[] in = new byte[200];
    assertEquals(200, port.read(in, 0, 200, 0));
    assertTrue(!java.util.Arrays.equals(bytes(200), in), "inbound bytes damaged");
  }
}
