package org.cryows.imaging.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.FrameSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decoded frames kept for reuse, least recently used first out, never more than a byte bound. A
 * frame asked for by several threads at once is decoded once, and is not decoded again while it
 * stays cached. A cine viewer asks for the frames ahead with {@link #prefetch}, decoded in parallel
 * on a small pool.
 *
 * <p>A frame's size is what its samples take on the heap (4 bytes each). A frame larger than the
 * whole bound is handed out but not kept. Sources stay open for the few most recently used files; a
 * source dropped from that set, or left at {@link #close()}, is closed if it is {@link
 * AutoCloseable}, once no decode reads from it.
 */
public final class FrameCache implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FrameCache.class);
  private static final long BYTES_PER_SAMPLE = Integer.BYTES;

  private final FrameSourceOpener opener;
  private final long maxBytes;
  private final int maxOpenSources;
  private final ExecutorService prefetchPool;

  private final Object lock = new Object();
  private final LinkedHashMap<FrameKey, Frame> frames = new LinkedHashMap<>(64, 0.75f, true);
  private long cachedBytes;
  private long peakCachedBytes;

  private final ConcurrentHashMap<FrameKey, CompletableFuture<Frame>> decoding =
      new ConcurrentHashMap<>();
  private final LinkedHashMap<Path, OpenSource> sources = new LinkedHashMap<>(16, 0.75f, true);
  private final AtomicLong prefetchGeneration = new AtomicLong();

  /**
   * @param maxBytes the most the cached frames may take together
   * @param maxOpenSources how many files' sources stay open
   * @param prefetchThreads how many frames are decoded ahead at once
   */
  public FrameCache(
      FrameSourceOpener opener, long maxBytes, int maxOpenSources, int prefetchThreads) {
    if (maxBytes < 0 || maxOpenSources < 1 || prefetchThreads < 1) {
      throw new IllegalArgumentException(
          "a frame cache needs bytes >= 0, open sources >= 1 and prefetch threads >= 1");
    }
    this.opener = opener;
    this.maxBytes = maxBytes;
    this.maxOpenSources = maxOpenSources;
    AtomicInteger count = new AtomicInteger();
    this.prefetchPool =
        Executors.newFixedThreadPool(
            prefetchThreads,
            task -> {
              Thread thread = new Thread(task, "frame-prefetch-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Frame {@code index} of {@code file}, from the cache or decoded now.
   *
   * @throws DicomReadException naming the file and frame when it cannot be opened or decoded
   */
  public Frame frame(Path file, int index) throws DicomReadException {
    FrameKey key = new FrameKey(file, index);
    Frame cached = cached(key);
    if (cached != null) {
      return cached;
    }
    CompletableFuture<Frame> mine = new CompletableFuture<>();
    CompletableFuture<Frame> running = decoding.putIfAbsent(key, mine);
    if (running != null) {
      return await(file, running);
    }
    try {
      // Another thread may have finished this frame between the look-up and the claim.
      Frame frame = cached(key);
      if (frame == null) {
        frame = decode(file, index);
        keep(key, frame);
      }
      mine.complete(frame);
      return frame;
    } catch (DicomReadException | RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      decoding.remove(key, mine);
    }
  }

  /** How many frames {@code file} has. */
  public int frameCount(Path file) throws DicomReadException {
    OpenSource open = acquire(file);
    try {
      return open.source().frameCount();
    } finally {
      release(open);
    }
  }

  /**
   * Decodes {@code count} frames from {@code from} on, in parallel, wrapping past the last frame as
   * a looping cine does. A newer prefetch supersedes this one: frames it has not started are
   * skipped. The returned future completes when this request's frames are cached or skipped;
   * failures are left for {@link #frame} to report.
   */
  public CompletableFuture<Void> prefetch(Path file, int from, int count) {
    long generation = prefetchGeneration.incrementAndGet();
    int frameCount;
    try {
      frameCount = frameCount(file);
    } catch (DicomReadException e) {
      return CompletableFuture.completedFuture(null);
    }
    int frames = Math.min(count, frameCount);
    List<CompletableFuture<Void>> tasks = new ArrayList<>(Math.max(0, frames));
    for (int k = 0; k < frames; k++) {
      int index = Math.floorMod(from + k, frameCount);
      if (isCached(file, index) || decoding.containsKey(new FrameKey(file, index))) {
        continue;
      }
      tasks.add(
          CompletableFuture.runAsync(() -> prefetchOne(generation, file, index), prefetchPool));
    }
    return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new));
  }

  public boolean isCached(Path file, int index) {
    synchronized (lock) {
      return frames.containsKey(new FrameKey(file, index));
    }
  }

  public int cachedFrames() {
    synchronized (lock) {
      return frames.size();
    }
  }

  public long cachedBytes() {
    synchronized (lock) {
      return cachedBytes;
    }
  }

  /** The most the cached frames ever took together; never above {@link #maxBytes()}. */
  public long peakCachedBytes() {
    synchronized (lock) {
      return peakCachedBytes;
    }
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** What a frame takes in this cache. */
  public static long sizeOf(Frame frame) {
    return frame.sampleCount() * BYTES_PER_SAMPLE;
  }

  /** Stops prefetching, forgets the frames and closes the sources that can be closed. */
  @Override
  public void close() {
    prefetchPool.shutdownNow();
    List<OpenSource> toClose = new ArrayList<>();
    synchronized (lock) {
      frames.clear();
      cachedBytes = 0;
      for (OpenSource open : sources.values()) {
        open.dropped = true;
        if (open.users == 0) {
          toClose.add(open);
        }
      }
      sources.clear();
    }
    toClose.forEach(OpenSource::closeIfCloseable);
  }

  private void prefetchOne(long generation, Path file, int index) {
    if (generation != prefetchGeneration.get() || isCached(file, index)) {
      return;
    }
    try {
      frame(file, index);
    } catch (DicomReadException | RuntimeException e) {
      LOG.debug("prefetch of frame {} of {} failed: {}", index, file, e.getMessage());
    }
  }

  private Frame cached(FrameKey key) {
    synchronized (lock) {
      return frames.get(key);
    }
  }

  private void keep(FrameKey key, Frame frame) {
    long size = sizeOf(frame);
    if (size > maxBytes) {
      return;
    }
    synchronized (lock) {
      if (frames.containsKey(key)) {
        return;
      }
      Iterator<Map.Entry<FrameKey, Frame>> eldest = frames.entrySet().iterator();
      while (cachedBytes + size > maxBytes && eldest.hasNext()) {
        cachedBytes -= sizeOf(eldest.next().getValue());
        eldest.remove();
      }
      frames.put(key, frame);
      cachedBytes += size;
      peakCachedBytes = Math.max(peakCachedBytes, cachedBytes);
    }
  }

  private Frame decode(Path file, int index) throws DicomReadException {
    OpenSource open = acquire(file);
    try {
      FrameSource source = open.source();
      if (index >= source.frameCount()) {
        throw new DicomReadException(
            file, "frame " + index + " asked for, the file has " + source.frameCount());
      }
      return source.frame(index);
    } finally {
      release(open);
    }
  }

  /** The file's source, opened once, counted as in use until {@link #release}. */
  private OpenSource acquire(Path file) throws DicomReadException {
    OpenSource open;
    boolean opening = false;
    List<OpenSource> toClose = new ArrayList<>();
    synchronized (lock) {
      open = sources.get(file);
      if (open == null) {
        open = new OpenSource();
        sources.put(file, open);
        opening = true;
        Iterator<OpenSource> eldest = sources.values().iterator();
        while (sources.size() > maxOpenSources && eldest.hasNext()) {
          OpenSource dropped = eldest.next();
          eldest.remove();
          dropped.dropped = true;
          if (dropped.users == 0) {
            toClose.add(dropped);
          }
        }
      }
      open.users++;
    }
    toClose.forEach(OpenSource::closeIfCloseable);
    if (opening) {
      try {
        open.opened.complete(opener.open(file));
      } catch (DicomReadException | RuntimeException e) {
        open.opened.completeExceptionally(e);
        synchronized (lock) {
          sources.remove(file, open);
        }
      }
    }
    try {
      await(file, open.opened);
      return open;
    } catch (DicomReadException | RuntimeException e) {
      release(open);
      throw e;
    }
  }

  private void release(OpenSource open) {
    boolean close;
    synchronized (lock) {
      open.users--;
      close = open.dropped && open.users == 0;
    }
    if (close) {
      open.closeIfCloseable();
    }
  }

  /**
   * A file's source with the number of decodes using it, so that a source dropped from the open set
   * is closed only once no decode still reads from it. Fields are guarded by the cache's lock.
   */
  private static final class OpenSource {
    final CompletableFuture<FrameSource> opened = new CompletableFuture<>();
    int users;
    boolean dropped;

    FrameSource source() {
      return opened.join();
    }

    void closeIfCloseable() {
      if (opened.isDone()
          && !opened.isCompletedExceptionally()
          && opened.join() instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          LOG.warn("closing a frame source failed: {}", e.toString());
        }
      }
    }
  }

  private static <T> T await(Path file, CompletableFuture<T> future) throws DicomReadException {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof DicomReadException read) {
        throw new DicomReadException(file, read.reason(), read);
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new DicomReadException(file, "decoding failed: " + cause, cause);
    }
  }
}
