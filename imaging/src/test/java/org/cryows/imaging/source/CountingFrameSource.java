package org.cryows.imaging.source;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.FrameSource;

/**
 * A frame source that computes its frames from their index and counts every decode, so a test can
 * tell a cached frame from a decoded one. Frame {@code i}'s pixel {@code p} holds {@code (i * 1000
 * + p) mod 65536}.
 */
final class CountingFrameSource implements FrameSource, AutoCloseable {

  private final Path file;
  private final int frames;
  private final int rows;
  private final int columns;
  private final Set<Integer> failing;
  private final AtomicIntegerArray decodes;
  private final AtomicInteger closes = new AtomicInteger();

  CountingFrameSource(Path file, int frames, int rows, int columns, Set<Integer> failing) {
    this.file = file;
    this.frames = frames;
    this.rows = rows;
    this.columns = columns;
    this.failing = Set.copyOf(failing);
    this.decodes = new AtomicIntegerArray(frames);
  }

  @Override
  public int frameCount() {
    return frames;
  }

  @Override
  public Frame frame(int index) throws DicomReadException {
    decodes.incrementAndGet(index);
    if (failing.contains(index)) {
      throw new DicomReadException(file, "frame " + index + ": the RLE segment ends early");
    }
    return expected(index, rows, columns);
  }

  static Frame expected(int index, int rows, int columns) {
    int[] samples = new int[rows * columns];
    for (int p = 0; p < samples.length; p++) {
      samples[p] = (index * 1000 + p) & 0xFFFF;
    }
    return new Frame(rows, columns, 1, "MONOCHROME2", 16, false, samples);
  }

  int decodes(int index) {
    return decodes.get(index);
  }

  int closes() {
    return closes.get();
  }

  @Override
  public void close() {
    closes.incrementAndGet();
  }
}
