package org.cryows.ui.browser.model;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.VoiChoice;
import org.cryows.imaging.source.DicomTree;
import org.cryows.imaging.source.Instance;
import org.cryows.imaging.source.Series;
import org.cryows.ui.model.ChangeListeners;
import org.cryows.ui.viewer.model.FramePipeline;
import org.cryows.ui.viewer.model.FrameRendering;
import org.cryows.ui.viewer.model.ImageLibrary;
import org.cryows.ui.viewer.model.LoadedImages;
import org.cryows.ui.viewer.model.OpenedImage;
import org.cryows.ui.viewer.model.RenderKey;
import org.cryows.ui.viewer.model.RenderedFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The study browser without JavaFX: opens files, folders and DICOMDIRs on a background executor
 * with progress, can cancel, and makes a thumbnail per series. A newer open or a cancel makes the
 * older load's result stale; it is dropped when it arrives. The last loaded tree stays shown while
 * a new load runs and after one is cancelled, so nothing on screen is lost.
 */
public final class StudyBrowserModel {

  private static final Logger LOG = LoggerFactory.getLogger(StudyBrowserModel.class);

  /** Thumbnails fit in a square of this many pixels. */
  public static final int THUMBNAIL_PIXELS = 72;

  private final StudyLoad load;
  private final LoadedImages loadedImages;
  private final ImageLibrary images;
  private final FramePipeline frames;
  private final Executor loading;
  private final Executor thumbnails;
  private final ChangeListeners listeners = new ChangeListeners();

  private long version;
  private long generation;
  private AtomicBoolean cancelFlag = new AtomicBoolean();
  private DicomTree tree;
  private List<Path> source = List.of();
  private List<Path> pending = List.of();
  private LoadProgress progress;
  private String outcome = "Nothing open yet.";
  private final Map<String, SeriesPreview> previews = new HashMap<>();

  public StudyBrowserModel(
      StudyLoad load,
      LoadedImages loadedImages,
      ImageLibrary images,
      FramePipeline frames,
      Executor loading,
      Executor thumbnails) {
    this.load = load;
    this.loadedImages = loadedImages;
    this.images = images;
    this.frames = frames;
    this.loading = loading;
    this.thumbnails = thumbnails;
  }

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public synchronized BrowserSnapshot snapshot() {
    return new BrowserSnapshot(version, tree, source, progress, outcome, previews);
  }

  /** Sets the sentence the browser shows while nothing has been opened. */
  public void setIdleMessage(String message) {
    synchronized (this) {
      if (tree == null && progress == null) {
        outcome = message;
        version++;
      }
    }
    listeners.fire();
  }

  /** Loads {@code paths} (files, folders, DICOMDIRs) as one tree; replaces a load under way. */
  public void open(List<Path> paths) {
    if (paths.isEmpty()) {
      return;
    }
    long asked;
    AtomicBoolean cancelled;
    synchronized (this) {
      cancelFlag.set(true);
      cancelled = new AtomicBoolean();
      cancelFlag = cancelled;
      asked = ++generation;
      pending = List.copyOf(paths);
      progress = new LoadProgress("Starting", 0, 0);
      version++;
    }
    listeners.fire();
    frames.forgetFailures();
    loading.execute(
        () -> {
          try {
            DicomTree loaded =
                load.load(
                    paths,
                    p -> progressed(asked, p),
                    () -> cancelled.get() || asked != currentGeneration());
            loaded(asked, paths, loaded);
          } catch (CancellationException e) {
            LOG.info("loading {} cancelled", paths);
          } catch (RuntimeException e) {
            failed(asked, paths, e);
          }
        });
  }

  /** Stops the load under way; what was shown before it stays. */
  public void cancel() {
    synchronized (this) {
      if (progress == null) {
        return;
      }
      cancelFlag.set(true);
      generation++;
      outcome = "Loading " + describe(pending) + " was cancelled; nothing from it is shown.";
      progress = null;
      version++;
    }
    listeners.fire();
  }

  private synchronized long currentGeneration() {
    return generation;
  }

  private void progressed(long asked, LoadProgress p) {
    synchronized (this) {
      if (asked != generation) {
        return;
      }
      progress = p;
      version++;
    }
    listeners.fire();
  }

  private void loaded(long asked, List<Path> paths, DicomTree loaded) {
    List<Series> series;
    synchronized (this) {
      if (asked != generation) {
        return; // a newer open or a cancel came first
      }
      // The frames are decoded from the images the loader opened: no file is read twice.
      loadedImages.useTree(loaded);
      tree = loaded;
      source = List.copyOf(paths);
      progress = null;
      outcome = summary(loaded, paths);
      previews.clear();
      series = loaded.series().toList();
      for (Series s : series) {
        previews.put(s.seriesInstanceUid(), new SeriesPreview.Pending());
      }
      version++;
    }
    listeners.fire();
    for (Series s : series) {
      thumbnails.execute(() -> makePreview(asked, s));
    }
  }

  private void failed(long asked, List<Path> paths, RuntimeException e) {
    LOG.warn("loading {} failed", paths, e);
    synchronized (this) {
      if (asked != generation) {
        return;
      }
      progress = null;
      outcome = "Loading " + describe(paths) + " failed: " + e;
      version++;
    }
    listeners.fire();
  }

  private void makePreview(long asked, Series series) {
    synchronized (this) {
      if (asked != generation && !isShown(series)) {
        return;
      }
    }
    SeriesPreview preview;
    Instance instance = series.instances().get(series.instances().size() / 2);
    try {
      OpenedImage image = images.open(instance.path());
      VoiChoice voi = image.grayscale() ? VoiChoice.defaultFor(image.description()) : null;
      int frame = 0;
      RenderedFrame full = frames.renderNow(new RenderKey(instance.path(), frame, voi));
      preview = new SeriesPreview.Ready(FrameRendering.shrink(full, THUMBNAIL_PIXELS));
    } catch (DicomReadException e) {
      preview = new SeriesPreview.Unavailable(e.reason());
    } catch (RuntimeException e) {
      preview = new SeriesPreview.Unavailable("no preview: " + e);
    }
    synchronized (this) {
      if (!isShown(series)) {
        return;
      }
      previews.put(series.seriesInstanceUid(), preview);
      version++;
    }
    listeners.fire();
  }

  private boolean isShown(Series series) {
    return tree != null
        && previews.containsKey(series.seriesInstanceUid())
        && tree.series().anyMatch(s -> s == series);
  }

  private static String summary(DicomTree tree, List<Path> paths) {
    long images = tree.instances().count();
    long series = tree.series().count();
    int problems = tree.problems().size();
    return "Opened "
        + describe(paths)
        + ": "
        + images
        + (images == 1 ? " file" : " files")
        + " in "
        + series
        + " series"
        + (problems == 0 ? "" : "; " + problems + (problems == 1 ? " problem" : " problems"))
        + ".";
  }

  static String describe(List<Path> paths) {
    if (paths.size() == 1) {
      Path name = paths.get(0).getFileName();
      return name == null ? paths.get(0).toString() : name.toString();
    }
    return paths.size() + " items";
  }
}
