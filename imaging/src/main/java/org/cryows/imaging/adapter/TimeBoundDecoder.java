package org.cryows.imaging.adapter;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cryows.imaging.pixels.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds the time of a pure-Java decoder that can loop forever on corrupt data: jj2000, inside
 * jai-imageio's JPEG 2000 reader, reads past the end of a damaged packet as endless one bits. The
 * frame is decoded on a daemon thread; past the budget (10 s plus 2 s per million samples, far
 * above any valid frame) the frame is refused and the thread abandoned, since Java cannot stop it.
 */
final class TimeBoundDecoder implements FrameDecoder {

  private static final Logger LOG = LoggerFactory.getLogger(TimeBoundDecoder.class);

  private static final ExecutorService THREADS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "time-bound-frame-decoder");
            thread.setDaemon(true);
            return thread;
          });

  private final FrameDecoder decoder;
  private final long budgetMillis;

  TimeBoundDecoder(FrameDecoder decoder, long samplesPerFrame) {
    this.decoder = decoder;
    this.budgetMillis = 10_000 + 2 * samplesPerFrame / 1000;
  }

  @Override
  public String codec() {
    return decoder.codec();
  }

  @Override
  public Frame decode(byte[] codestream, int frameIndex) throws CodecException {
    Future<Frame> result = THREADS.submit(() -> decoder.decode(codestream, frameIndex));
    try {
      return result.get(budgetMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      LOG.warn(
          "{} did not finish frame {} within {} ms; its thread is abandoned",
          decoder.codec(),
          frameIndex + 1,
          budgetMillis);
      throw new CodecException(
          decoder.codec()
              + " did not finish within "
              + budgetMillis
              + " ms: the codestream is corrupt (decoding abandoned)");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CodecException codec) {
        throw codec;
      }
      if (cause instanceof RuntimeException || cause instanceof Error) {
        throw new CodecException(
            decoder.codec() + ": the decoder failed on this data: " + DicomHeaders.describe(cause),
            cause);
      }
      throw new CodecException(decoder.codec() + " failed: " + DicomHeaders.describe(cause), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result.cancel(true);
      throw new CodecException(decoder.codec() + ": interrupted while decoding");
    }
  }
}
