package org.cryows.probecontrol.protocol;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32C;

/** Builds frames by hand, field by field, to test the decoder on frames no encoder would make. */
final class TestFrames {

  private TestFrames() {}

  static byte[] encode(int seq, WireMessage message) {
    byte[] out = new byte[WireFormat.MAX_ENCODED_BYTES];
    int length = new FrameEncoder().encode(seq, message, out);
    return Arrays.copyOf(out, length);
  }

  /** A frame with a correct CRC over whatever header and payload are given. */
  static byte[] raw(int version, int type, int seq, int declaredLength, byte[] payload) {
    var plain = new ByteArrayOutputStream();
    plain.write(version);
    plain.write(type);
    plain.write(seq >>> 8);
    plain.write(seq);
    plain.write(declaredLength >>> 8);
    plain.write(declaredLength);
    plain.writeBytes(payload);
    var crc = new CRC32C();
    crc.update(plain.toByteArray());
    int value = (int) crc.getValue();
    plain.write(value >>> 24);
    plain.write(value >>> 16);
    plain.write(value >>> 8);
    plain.write(value);
    return delimit(plain.toByteArray());
  }

  /** Stuffs and delimits any bytes. */
  static byte[] delimit(byte[] plain) {
    byte[] stuffed = new byte[Cobs.maxStuffedLength(plain.length) + 2];
    int n = Cobs.stuff(plain, 0, plain.length, stuffed, 1);
    stuffed[0] = 0;
    stuffed[n + 1] = 0;
    return Arrays.copyOf(stuffed, n + 2);
  }

  /** The frame between the delimiters, unstuffed. */
  static byte[] unstuffed(byte[] encoded) {
    byte[] out = new byte[encoded.length];
    int n =
        Cobs.unstuff(Arrays.copyOfRange(encoded, 1, encoded.length - 1), encoded.length - 2, out);
    return Arrays.copyOf(out, n);
  }

  static RecordingListener decode(byte[]... chunks) {
    var listener = new RecordingListener();
    var decoder = new FrameDecoder(listener);
    for (byte[] chunk : chunks) {
      decoder.accept(chunk, 0, chunk.length);
    }
    return listener;
  }
}
