package org.cryows.ui.browser.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cryows.imaging.source.DicomLoader;
import org.cryows.imaging.source.FrameCache;
import org.cryows.testkit.SharedTestData;
import org.cryows.ui.model.Eventually;
import org.cryows.ui.viewer.model.FramePipeline;
import org.cryows.ui.viewer.model.ImageLibrary;
import org.cryows.ui.viewer.model.LoadedImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The study browser's view-model: loading off the caller's thread, progress, cancel, staleness. */
class StudyBrowserModelTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final LoadedImages loaded = new LoadedImages();
  private final FrameCache cache = new FrameCache(loaded, 64L << 20, 4, 1);
  private final ImageLibrary images = new ImageLibrary(cache, 16);
  private final FramePipeline pipeline = new FramePipeline(images, cache, 64L << 20);
  private final ExecutorService thumbnails = Executors.newSingleThreadExecutor();

  @AfterEach
  void tearDown() {
    thumbnails.shutdownNow();
    pipeline.close();
    cache.close();
  }

  private StudyBrowserModel browser(java.util.concurrent.Executor loading) {
    return new StudyBrowserModel(
        new StudyLoad(new DicomLoader()), loaded, images, pipeline, loading, thumbnails);
  }

  @Test
  void open_folder_loadsItsSeriesWithAThumbnail() {
    ExecutorService loading = Executors.newSingleThreadExecutor();
    try {
      StudyBrowserModel browser = browser(loading);
      browser.open(List.of(SharedTestData.dicom("mr/prostate_adc_20slices")));
      assertTrue(browser.snapshot().isLoading(), "the load runs in the background");
      Eventually.await("load and thumbnails", WAIT, () -> browser.snapshot().settled());
      BrowserSnapshot s = browser.snapshot();
      assertEquals(1, s.tree().series().count());
      assertEquals(20, s.tree().instances().count());
      assertTrue(
          s.outcome().startsWith("Opened prostate_adc_20slices: 20 files in 1 series"),
          s.outcome());
      SeriesPreview preview = s.previews().values().iterator().next();
      var ready = assertInstanceOf(SeriesPreview.Ready.class, preview);
      assertEquals(StudyBrowserModel.THUMBNAIL_PIXELS, ready.thumbnail().width());
    } finally {
      loading.shutdownNow();
    }
  }

  @Test
  void open_twiceBeforeEitherEnds_onlyTheSecondIsShown() {
    Deque<Runnable> queued = new ArrayDeque<>();
    StudyBrowserModel browser = browser(queued::add);
    Path first = SharedTestData.dicom("ct/CT_small_128.dcm");
    Path second = SharedTestData.dicom("mr/MR_small.dcm");
    browser.open(List.of(first));
    browser.open(List.of(second));
    Runnable firstLoad = queued.pollFirst();
    queued.pollFirst().run();
    firstLoad.run(); // arrives last, stale
    Eventually.await("thumbnails", WAIT, () -> browser.snapshot().settled());
    BrowserSnapshot s = browser.snapshot();
    assertEquals(List.of(second), s.source());
    assertEquals("MR", s.tree().series().findFirst().orElseThrow().modality());
  }

  @Test
  void cancel_duringALoad_keepsWhatWasShownAndSaysSo() {
    Deque<Runnable> queued = new ArrayDeque<>();
    StudyBrowserModel browser = browser(queued::add);
    Path shown = SharedTestData.dicom("mr/MR_small.dcm");
    browser.open(List.of(shown));
    queued.pollFirst().run();
    browser.open(List.of(SharedTestData.sharedDir().resolve("data/dicom")));
    assertTrue(browser.snapshot().isLoading());
    browser.cancel();
    queued.pollFirst().run(); // the cancelled load stops at its first check
    BrowserSnapshot s = browser.snapshot();
    assertNull(s.loading());
    assertEquals(List.of(shown), s.source(), "the earlier tree stays");
    assertTrue(s.outcome().startsWith("Loading dicom was cancelled"), s.outcome());
  }

  @Test
  void open_fileThatIsNotDicom_listsItWithTheReason() {
    Deque<Runnable> queued = new ArrayDeque<>();
    StudyBrowserModel browser = browser(queued::add);
    Path manifest = SharedTestData.sharedDir().resolve("data/dicom/MANIFEST.tsv");
    browser.open(List.of(manifest));
    queued.pollFirst().run();
    BrowserSnapshot s = browser.snapshot();
    assertEquals(0, s.tree().instances().count());
    assertEquals(manifest, s.tree().problems().get(0).path());
    assertTrue(
        s.tree().problems().get(0).reason().contains("DICOM"), s.tree().problems().toString());
  }
}
