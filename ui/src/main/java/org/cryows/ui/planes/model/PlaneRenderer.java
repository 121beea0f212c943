package org.cryows.ui.planes.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.cryows.imaging.pixels.DisplayConverter;
import org.cryows.imaging.pixels.DisplayImage;
import org.cryows.imaging.volume.ReslicedImage;
import org.cryows.imaging.volume.Reslicer;
import org.cryows.imaging.volume.Volume;
import org.cryows.ui.model.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reslices and windows the plane views off the JavaFX thread, on one thread of its own
 * ("plane-render"). Each view has at most one request waiting: a newer one replaces it, so a
 * dragged crosshair never queues stale pictures. The listener hears on the render thread when a
 * view's picture is ready.
 */
public final class PlaneRenderer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PlaneRenderer.class);

  /** Told on the render thread that a view has a new picture. */
  public interface Listener {
    void rendered(PlaneKind kind);
  }

  private final Object lock = new Object();
  private final Map<PlaneKind, Request> waiting = new EnumMap<>(PlaneKind.class);
  private final Map<PlaneKind, PlaneImage> latest = new EnumMap<>(PlaneKind.class);
  private final Thread worker;
  private volatile Listener listener = kind -> {};
  private volatile boolean closed;

  public PlaneRenderer() {
    worker = DaemonThreads.named("plane-render").newThread(this::work);
    worker.start();
  }

  public void setListener(Listener listener) {
    this.listener = listener;
  }

  /** A view's picture to render: the volume and the key (load, plane, window). */
  public record Request(PlaneKind kind, Volume volume, PlaneImage.Key key) {}

  /** Asks for {@code request} unless it is the latest picture already or is waiting. */
  public void want(Request request) {
    synchronized (lock) {
      PlaneImage done = latest.get(request.kind());
      if (done != null && done.key().equals(request.key())) {
        waiting.remove(request.kind());
        return;
      }
      waiting.put(request.kind(), request);
      lock.notifyAll();
    }
  }

  /** The latest picture of the view, whatever it was rendered for. */
  public Optional<PlaneImage> latest(PlaneKind kind) {
    synchronized (lock) {
      return Optional.ofNullable(latest.get(kind));
    }
  }

  /** Forgets every picture and request (a new volume, or none). */
  public void clear() {
    synchronized (lock) {
      waiting.clear();
      latest.clear();
    }
  }

  /** Renders a picture on the calling thread (tests, benchmarks). */
  public static PlaneImage render(Volume volume, PlaneImage.Key key) {
    ReslicedImage values = new Reslicer(volume, Float.NaN).reslice(key.plane());
    DisplayImage grey = DisplayConverter.render(values, key.voi());
    byte[] levels = grey.pixels();
    int[] argb = new int[levels.length];
    for (int i = 0; i < argb.length; i++) {
      if (Double.isNaN(values.modalityValue(i))) {
        argb[i] = PlaneImage.OUTSIDE_ARGB;
      } else {
        int v = levels[i] & 0xFF;
        argb[i] = 0xFF000000 | v << 16 | v << 8 | v;
      }
    }
    return new PlaneImage(key, argb);
  }

  @Override
  public void close() {
    closed = true;
    worker.interrupt();
  }

  private void work() {
    while (!closed) {
      Request request;
      try {
        request = next();
      } catch (InterruptedException e) {
        return;
      }
      PlaneImage image;
      try {
        image = render(request.volume(), request.key());
      } catch (RuntimeException e) {
        log.warn("the {} view could not be rendered: {}", request.kind().id(), e.toString());
        continue;
      }
      synchronized (lock) {
        latest.put(request.kind(), image);
      }
      listener.rendered(request.kind());
    }
  }

  private Request next() throws InterruptedException {
    synchronized (lock) {
      while (waiting.isEmpty()) {
        lock.wait();
      }
      PlaneKind first = waiting.keySet().iterator().next();
      return waiting.remove(first);
    }
  }
}
