package org.cryows.probecontrol.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CobsTest {

  @Test
  void stuff_examplesFromThePaper_matchByteForByte() {
    assertArrayEquals(bytes(0x01, 0x01), stuff(bytes(0x00)));
    assertArrayEquals(bytes(0x01, 0x01, 0x01), stuff(bytes(0x00, 0x00)));
    assertArrayEquals(bytes(0x03, 0x11, 0x22, 0x02, 0x33), stuff(bytes(0x11, 0x22, 0x00, 0x33)));
    assertArrayEquals(bytes(0x02, 0x11, 0x01, 0x01, 0x01), stuff(bytes(0x11, 0x00, 0x00, 0x00)));
  }

  @Test
  void stuff_254NonZeroBytes_oneFullBlockWithoutTrailingCode() {
    byte[] data = new byte[254];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i + 1);
    }
    byte[] stuffed = stuff(data);
    assertEquals(255, stuffed.length);
    assertEquals(0xFF, stuffed[0] & 0xFF);
    assertArrayEquals(data, Arrays.copyOfRange(stuffed, 1, 255));
  }

  @Property(tries = 3000)
  void unstuff_ofStuffed_givesTheOriginalWithoutAnyZeroInBetween(
      @ForAll @Size(max = 1100) byte[] data) {
    byte[] stuffed = stuff(data);
    for (byte b : stuffed) {
      assertNotEquals(0, b);
    }
    assertTrue(stuffed.length <= Cobs.maxStuffedLength(data.length));
    byte[] out = new byte[stuffed.length];
    int n = Cobs.unstuff(stuffed, stuffed.length, out);
    assertArrayEquals(data, Arrays.copyOf(out, n));
  }

  @Test
  void unstuff_blockRunningPastTheEnd_minusOne() {
    byte[] cut = bytes(0x05, 0x11, 0x22);
    assertEquals(-1, Cobs.unstuff(cut, cut.length, new byte[8]));
  }

  static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] stuff(byte[] data) {
    byte[] out = new byte[Cobs.maxStuffedLength(data.length)];
    int n = Cobs.stuff(data, 0, data.length, out, 0);
    return Arrays.copyOf(out, n);
  }
}
