package org.cryows.probecontrol.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The decoder's promises, over random frames, random bytes and random damage. */
class FrameDecoderPropertyTest {

  @Property(tries = 10_000)
  void decode_ofAnyEncodedFrameInAnyChunks_theSameFrame(
      @ForAll("frames") Frame frame, @ForAll Random random) {
    byte[] encoded = TestFrames.encode(frame.seq(), frame.message());
    var decoded = decodeInChunks(encoded, random);
    assertEquals(List.of(frame), decoded.all);
  }

  @Property(tries = 5_000)
  void decode_ofAnyBytes_onlyFramesOrCleanErrors(
      @ForAll("noise") byte[] noise, @ForAll Random random) {
    var listener = new RecordingListener();
    var decoder = new FrameDecoder(listener);
    feedInChunks(decoder, noise, random);
    assertTrue(decoder.pendingBytes() <= WireFormat.MAX_STUFFED_BYTES);
    for (Object out : listener.all) {
      assertTrue(out instanceof Frame || out instanceof DecodeError);
    }
    for (DecodeError error : listener.errors) {
      assertTrue(!error.detail().isBlank());
    }
  }

  /**
   * Damage confined to some frames (bits flipped, bytes dropped or inserted, tails cut) never
   * yields a changed frame, and every undamaged frame still arrives, in order.
   */
  @Property(tries = 2_000)
  void decode_ofAStreamWithDamagedFrames_everyIntactFrameAndNoChangedOne(
      @ForAll @Size(min = 1, max = 20) List<@net.jqwik.api.From("frames") Frame> generated,
      @ForAll @Size(max = 20) Set<@IntRange(min = 0, max = 19) Integer> damaged,
      @ForAll Random random) {
    var stream = new ByteArrayOutputStream();
    List<Frame> intact = new ArrayList<>();
    // Sequence numbers by position make every frame distinct, so matching is unambiguous.
    List<Frame> frames = new ArrayList<>();
    for (Frame frame : generated) {
      frames.add(new Frame(frames.size(), frame.message()));
    }
    for (int i = 0; i < frames.size(); i++) {
      Frame frame = frames.get(i);
      byte[] bytes = TestFrames.encode(frame.seq(), frame.message());
      if (damaged.contains(i)) {
        bytes = damage(bytes, random);
      } else {
        intact.add(frame);
      }
      stream.writeBytes(bytes);
    }
    var decoded = decodeInChunks(stream.toByteArray(), random);

    int next = 0;
    for (Frame out : decoded.frames) {
      while (next < frames.size() && !frames.get(next).equals(out)) {
        assertTrue(damaged.contains(next), "intact frame " + next + " was lost");
        next++;
      }
      assertTrue(next < frames.size(), "decoded a frame that was never sent: " + out);
      next++;
    }
    assertTrue(decoded.frames.containsAll(intact));
    assertTrue(decoded.frames.size() >= intact.size());
  }

  @Property(tries = 2_000)
  void decode_ofACutFrameThenAFreshOne_theFreshOne(
      @ForAll("frames") Frame cut, @ForAll("frames") Frame fresh, @ForAll Random random) {
    byte[] cutBytes = TestFrames.encode(cut.seq(), cut.message());
    int keep = 1 + random.nextInt(cutBytes.length - 1);
    var stream = new ByteArrayOutputStream();
    stream.write(cutBytes, 0, keep);
    stream.writeBytes(TestFrames.encode(fresh.seq(), fresh.message()));
    var decoded = decodeInChunks(stream.toByteArray(), random);
    assertEquals(fresh, decoded.frames.getLast());
    assertTrue(decoded.errors.size() <= 1);
  }

  @Provide
  Arbitrary<Frame> frames() {
    return WireArbitraries.frames();
  }

  /** Random bytes, often zero (delimiters), sometimes long runs without one. */
  @Provide
  Arbitrary<byte[]> noise() {
    Arbitrary<Byte> biased =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just((byte) 0)),
            net.jqwik.api.Tuple.of(20, Arbitraries.bytes()));
    return Arbitraries.oneOf(
        biased.array(byte[].class).ofMaxSize(3000),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(3000));
  }

  private static byte[] damage(byte[] frame, Random random) {
    var out = new ByteArrayOutputStream();
    out.write(frame, 0, frame.length);
    byte[] bytes = out.toByteArray();
    int at = random.nextInt(bytes.length);
    return switch (random.nextInt(4)) {
      case 0 -> {
        bytes[at] ^= (byte) (1 << random.nextInt(8));
        yield bytes;
      }
      case 1 -> remove(bytes, at);
      case 2 -> insert(bytes, at, (byte) random.nextInt(256));
      default -> java.util.Arrays.copyOf(bytes, at);
    };
  }

  private static byte[] remove(byte[] bytes, int at) {
    var out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.write(bytes, at + 1, bytes.length - at - 1);
    return out.toByteArray();
  }

  private static byte[] insert(byte[] bytes, int at, byte b) {
    var out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.write(b);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private static RecordingListener decodeInChunks(byte[] bytes, Random random) {
    var listener = new RecordingListener();
    feedInChunks(new FrameDecoder(listener), bytes, random);
    return listener;
  }

  private static void feedInChunks(FrameDecoder decoder, byte[] bytes, Random random) {
    int at = 0;
    while (at < bytes.length) {
      int chunk = Math.min(bytes.length - at, 1 + random.nextInt(200));
      decoder.accept(bytes, at, chunk);
      at += chunk;
    }
  }
}
