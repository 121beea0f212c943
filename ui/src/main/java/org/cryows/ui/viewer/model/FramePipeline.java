package org.cryows.ui.viewer.model;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.source.FrameCache;
import org.cryows.ui.model.DaemonThreads;

/**
 * Frames on their way to the screen, off the JavaFX thread: imaging's {@link FrameCache} decodes
 * (ahead of a playing cine through its prefetch, in parallel), one render thread turns decoded
 * frames into screen pixels, and the last rendered frames are kept within a byte bound.
 *
 * <p>Two kinds of request: {@link #want} is the frame the user is looking at now (the newest want
 * replaces an older one not yet started, so scrubbing never queues stale work); {@link #ahead} is
 * the list a cine will need next, rendered when nothing is wanted, and replaced by the next list. A
 * frame that cannot be decoded is remembered with its reason and not tried again.
 */
public final class FramePipeline implements AutoCloseable {

  /** Told on the render thread when a requested frame is ready or has failed. */
  public interface Listener {
    void rendered(RenderKey key);

    void failed(RenderKey key, String reason);
  }

  private final ImageLibrary images;
  private final FrameCache decoded;
  private final long maxRenderedBytes;
  private final Thread worker;

  private final Object lock = new Object();
  private final LinkedHashMap<RenderKey, RenderedFrame> rendered =
      new LinkedHashMap<>(64, 0.75f, true);
  private long renderedBytes;
  private RenderKey wanted;
  private final Deque<RenderKey> aheadQueue = new ArrayDeque<>();
  private final Map<FrameRef, String> failures = new ConcurrentHashMap<>();
  private volatile Listener listener =
      new Listener() {
        @Override
        public void rendered(RenderKey key) {}

        @Override
        public void failed(RenderKey key, String reason) {}
      };
  private volatile boolean closed;

  public FramePipeline(ImageLibrary images, FrameCache decoded, long maxRenderedBytes) {
    this.images = images;
    this.decoded = decoded;
    this.maxRenderedBytes = maxRenderedBytes;
    this.worker = DaemonThreads.named("frame-render").newThread(this::work);
    worker.start();
  }

  public void setListener(Listener listener) {
    this.listener = listener;
  }

  public Optional<RenderedFrame> ready(RenderKey key) {
    synchronized (lock) {
      return Optional.ofNullable(rendered.get(key));
    }
  }

  /** Why this frame cannot be shown, when an earlier attempt failed. */
  public Optional<String> failure(Path file, int frame) {
    return Optional.ofNullable(failures.get(new FrameRef(file, frame)));
  }

  /** The frames of {@code file} known to fail (from 0), with their reasons, in frame order. */
  public java.util.SortedMap<Integer, String> failuresOf(Path file) {
    java.util.SortedMap<Integer, String> result = new java.util.TreeMap<>();
    failures.forEach(
        (ref, reason) -> {
          if (ref.file().equals(file)) {
            result.put(ref.frame(), reason);
          }
        });
    return result;
  }

  /** Forgets the failures of earlier attempts: the files may have been replaced since. */
  public void forgetFailures() {
    failures.clear();
  }

  /**
   * The frame {@code key} if it is rendered already; otherwise it is rendered before anything else
   * (replacing an earlier want not yet started) and the listener hears of it. One step under the
   * pipeline's lock, so a frame finished meanwhile by another thread is never missed.
   */
  public Optional<RenderedFrame> want(RenderKey key) {
    synchronized (lock) {
      RenderedFrame ready = rendered.get(key);
      if (ready != null || failures.containsKey(FrameRef.of(key))) {
        return Optional.ofNullable(ready);
      }
      wanted = key;
      lock.notifyAll();
      return Optional.empty();
    }
  }

  /**
   * Renders these frames, in order, when nothing is wanted; replaces the previous list. Their
   * decoding starts at once on the frame cache's prefetch pool.
   */
  public void ahead(List<RenderKey> keys) {
    synchronized (lock) {
      aheadQueue.clear();
      for (RenderKey key : keys) {
        if (!rendered.containsKey(key) && !failures.containsKey(FrameRef.of(key))) {
          aheadQueue.add(key);
        }
      }
      lock.notifyAll();
    }
    if (!keys.isEmpty()) {
      RenderKey first = keys.get(0);
      long sameFile = keys.stream().filter(k -> k.file().equals(first.file())).count();
      decoded.prefetch(first.file(), first.frame(), (int) sameFile);
    }
  }

  /**
   * Renders {@code key} on the calling thread (thumbnails, benchmarks), through the same caches.
   */
  public RenderedFrame renderNow(RenderKey key) throws DicomReadException {
    Optional<RenderedFrame> known = ready(key);
    if (known.isPresent()) {
      return known.get();
    }
    OpenedImage image = images.open(key.file());
    Frame frame = decoded.frame(key.file(), key.frame());
    RenderedFrame result;
    try {
      result = FrameRendering.render(key, frame, image.description());
    } catch (IllegalArgumentException e) {
      throw new DicomReadException(
          key.file(), "frame " + (key.frame() + 1) + " cannot be displayed: " + e.getMessage(), e);
    }
    keep(result);
    return result;
  }

  @Override
  public void close() {
    closed = true;
    worker.interrupt();
  }

  private void work() {
    while (!closed) {
      RenderKey key;
      try {
        key = next();
      } catch (InterruptedException e) {
        return;
      }
      try {
        renderNow(key);
        listener.rendered(key);
      } catch (DicomReadException e) {
        failures.put(FrameRef.of(key), e.reason());
        listener.failed(key, e.reason());
      } catch (RuntimeException e) {
        String reason = "frame " + (key.frame() + 1) + " cannot be displayed: " + e;
        failures.put(FrameRef.of(key), reason);
        listener.failed(key, reason);
      }
    }
  }

  private RenderKey next() throws InterruptedException {
    synchronized (lock) {
      while (true) {
        if (wanted != null) {
          // Even when another thread (a thumbnail) has rendered it meanwhile: the listener must
          // hear that the wanted frame is ready.
          RenderKey key = wanted;
          wanted = null;
          return key;
        }
        RenderKey ahead = aheadQueue.poll();
        if (ahead != null) {
          if (!rendered.containsKey(ahead) && !failures.containsKey(FrameRef.of(ahead))) {
            return ahead;
          }
          continue;
        }
        lock.wait();
      }
    }
  }

  private void keep(RenderedFrame frame) {
    synchronized (lock) {
      if (rendered.containsKey(frame.key()) || frame.bytes() > maxRenderedBytes) {
        return;
      }
      Iterator<RenderedFrame> eldest = rendered.values().iterator();
      while (renderedBytes + frame.bytes() > maxRenderedBytes && eldest.hasNext()) {
        renderedBytes -= eldest.next().bytes();
        eldest.remove();
      }
      rendered.put(frame.key(), frame);
      renderedBytes += frame.bytes();
    }
  }

  private record FrameRef(Path file, int frame) {
    static FrameRef of(RenderKey key) {
      return new FrameRef(key.file(), key.frame());
    }
  }
}
