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
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.FrameStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opened images and their decoded frames, kept for reuse. Each file is opened once through the
 * {@link ImageOpener} (its header read once); {@link #image} hands out that same opened image, so a
 * viewer takes the description, window and problems from it and the frames from {@link #frame}.
 *
 * <p>Frames are kept least recently used first out, never more than a byte bound. A frame asked for
 * by several threads at once is decoded once, and is not decoded again while it stays cached. A
 * cine viewer asks for the frames ahead with {@link #prefetch}, decoded in parallel on a small
 * pool; frames missing from the file are skipped.
 *
 * <p>A frame's size is what its samples take on the heap (4 bytes each). A frame larger than the
 * whole bound is handed out but not kept. Images stay open for the few most recently used files; an
 * image dropped from that set, or left at {@link #close()}, has its frame source closed if that is
 * {@link AutoCloseable}, once no decode reads from it.
 */
public final class FrameCache implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FrameCache.class);
  private static final long BYTES_PER_SAMPLE = Integer.BYTES;

  private final ImageOpener opener;
  private final long maxBytes;
  private final int maxOpenImages;
  private final ExecutorService prefetchPool;

  private final Object lock = new Object();
  private final LinkedHashMap<FrameKey, Frame> frames = new LinkedHashMap<>(64, 0.75f, true);
  private long cachedBytes;
  private long peakCachedBytes;

  private final ConcurrentHashMap<FrameKey, CompletableFuture<Frame>> decoding =
      new ConcurrentHashMap<>();
  private final LinkedHashMap<Path, OpenImage> images = new LinkedHashMap<>(16, 0.75f, true);
  private final AtomicLong prefetchGeneration = new AtomicLong();

  /**
   * @param opener opens a file's image: {@code ImageOpener.files()}, or a loaded tree's {@link
   *     DicomTree#imageOpener()} so that no file is read twice
   * @param maxBytes the most the cached frames may take together
   * @param maxOpenImages how many files' images stay open
   * @param prefetchThreads how many frames are decoded ahead at once
   */
  public FrameCache(ImageOpener opener, long maxBytes, int maxOpenImages, int prefetchThreads) {
    if (maxBytes < 0 || maxOpenImages < 1 || prefetchThreads < 1) {
      throw new IllegalArgumentException(
          "a frame cache needs bytes >= 0, open images >= 1 and prefetch threads >= 1");
    }
    this.opener = opener;
    this.maxBytes = maxBytes;
    this.maxOpenImages = maxOpenImages;
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

  /**
   * The opened image of {@code file}: header, description, frame status and problems, from the one
   * open this cache made (or the tree it was given).
   *
   * @throws DicomReadException naming the file when it holds no image that can be shown
   */
  public DicomImage image(Path file) throws DicomReadException {
    OpenImage open = acquire(file);
    try {
      return open.image();
    } finally {
      release(open);
    }
  }

  /** How many frames {@code file} has, present or not. */
  public int frameCount(Path file) throws DicomReadException {
    return image(file).frameCount();
  }

  /**
   * Decodes {@code count} frames from {@code from} on, in parallel, wrapping past the last frame as
   * a looping cine does. A newer prefetch supersedes this one: frames it has not started are
   * skipped. The returned future completes when this request's frames are cached or skipped;
   * failures are left for {@link #frame} to report.
   */
  public CompletableFuture<Void> prefetch(Path file, int from, int count) {
    long generation = prefetchGeneration.incrementAndGet();
    DicomImage image;
    try {
      image = image(file);
    } catch (DicomReadException e) {
      return CompletableFuture.completedFuture(null);
    }
    int frameCount = image.frameCount();
    int frames = Math.min(count, frameCount);
    List<CompletableFuture<Void>> tasks = new ArrayList<>(Math.max(0, frames));
    for (int k = 0; k < frames; k++) {
      int index = Math.floorMod(from + k, frameCount);
      if (!image.isPresent(index)
          || isCached(file, index)
          || decoding.containsKey(new FrameKey(file, index))) {
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

  /** Stops prefetching, forgets the frames and closes the frame sources that can be closed. */
  @Override
  public void close() {
    prefetchPool.shutdownNow();
    List<OpenImage> toClose = new ArrayList<>();
    synchronized (lock) {
      frames.clear();
      cachedBytes = 0;
      for (OpenImage open : images.values()) {
        open.dropped = true;
        if (open.users == 0) {
          toClose.add(open);
        }
      }
      images.clear();
    }
    toClose.forEach(OpenImage::closeIfCloseable);
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
    OpenImage open = acquire(file);
    try {
      DicomImage image = open.image();
      if (index >= image.frameCount()) {
        throw new DicomReadException(
            file,
            "frame "
                + (index + 1)
                + " asked for, the image has "
                + image.frameCount()
                + " frame(s)");
      }
      if (image.frameStatus().get(index) instanceof FrameStatus.Missing missing) {
        throw new DicomReadException(
            file, "frame " + (index + 1) + " of " + image.frameCount() + ": " + missing.reason());
      }
      return image.frames().frame(index);
    } finally {
      release(open);
    }
  }

  /** The file's image, opened once, counted as in use until {@link #release}. */
  private OpenImage acquire(Path file) throws DicomReadException {
    OpenImage open;
    boolean opening = false;
    List<OpenImage> toClose = new ArrayList<>();
    synchronized (lock) {
      open = images.get(file);
      if (open == null) {
        open = new OpenImage();
        images.put(file, open);
        opening = true;
        Iterator<OpenImage> eldest = images.values().iterator();
        while (images.size() > maxOpenImages && eldest.hasNext()) {
          OpenImage dropped = eldest.next();
          eldest.remove();
          dropped.dropped = true;
          if (dropped.users == 0) {
            toClose.add(dropped);
          }
        }
      }
      open.users++;
    }
    toClose.forEach(OpenImage::closeIfCloseable);
    if (opening) {
      try {
        open.opened.complete(opener.open(file));
      } catch (DicomReadException | RuntimeException e) {
        open.opened.completeExceptionally(e);
        synchronized (lock) {
          images.remove(file, open);
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

  private void release(OpenImage open) {
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
   * A file's image with the number of decodes using it, so that an image dropped from the open set
   * has its frame source closed only once no decode still reads from it. Fields are guarded by the
   * cache's lock.
   */
  private static final class OpenImage {
    final CompletableFuture<DicomImage> opened = new CompletableFuture<>();
    int users;
    boolean dropped;

    DicomImage image() {
      return opened.join();
    }

    void closeIfCloseable() {
      if (opened.isDone()
          && !opened.isCompletedExceptionally()
          && opened.join().frames() instanceof AutoCloseable closeable) {
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
