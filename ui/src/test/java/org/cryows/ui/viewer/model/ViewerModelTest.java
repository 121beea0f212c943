package org.cryows.ui.viewer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.pixels.DisplayConverter;
import org.cryows.imaging.pixels.DisplayImage;
import org.cryows.imaging.pixels.VoiChoice;
import org.cryows.imaging.source.FrameCache;
import org.cryows.imaging.ultrasound.MeasurementUnit;
import org.cryows.testkit.SharedTestData;
import org.cryows.ui.model.Eventually;
import org.cryows.ui.model.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The viewer's view-model on real files through the real imaging pipeline, headless, with the time
 * moved by the test.
 */
class ViewerModelTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final double PULSE_MS = 1000.0 / 60;

  private ImageLibrary images;
  private FrameCache cache;
  private FramePipeline pipeline;
  private ExecutorService opening;
  private final ManualClock clock = new ManualClock();
  private ViewerModel viewer;

  @BeforeEach
  void setUp() {
    cache = new FrameCache(new LoadedImages(), 256L << 20, 8, 2);
    images = new ImageLibrary(cache, 16);
    pipeline = new FramePipeline(images, cache, 128L << 20);
    opening = Executors.newSingleThreadExecutor();
    viewer = new ViewerModel(images, pipeline, opening, clock);
    viewer.resizeViewport(800, 600);
  }

  @AfterEach
  void tearDown() {
    opening.shutdownNow();
    pipeline.close();
    cache.close();
  }

  private static Path cine() {
    return SharedTestData.dicom("us/examples_ybr_color_mf30_jpegbaseline.dcm");
  }

  private ViewerSnapshot showSettled(ImageStack stack) {
    viewer.show(stack);
    Eventually.await(
        "the image settles", WAIT, viewer::settled, () -> viewer.snapshot().toString());
    return viewer.snapshot();
  }

  private ViewerSnapshot showFile(String relative, int frames) {
    return showSettled(ImageStack.ofFile("test", SharedTestData.dicom(relative), frames));
  }

  @Test
  void show_cine_pausedOnFrameOneFittedWithItsTrueRate() {
    ViewerSnapshot s = showSettled(ImageStack.ofFile("cine", cine(), 30));
    assertEquals(ViewerState.SHOWING, s.state());
    assertEquals(0, s.frame());
    assertEquals(30, s.frames());
    assertTrue(s.cine().playable());
    assertFalse(s.cine().playing());
    assertTrue(s.cine().loop(), "loop is on by default");
    assertEquals(1, s.cine().speed());
    assertEquals(1000 / 33.333, s.cine().framesPerSecond(), 1e-9);
    assertEquals("Frame Time 33.333 ms", s.cine().timing());
    // 320 x 240 fitted in 800 x 600: 2.5 screen pixels per image pixel, no margin.
    assertEquals(2.5, s.transform().scaleX(), 1e-12);
    assertEquals(2.5, s.transform().scaleY(), 1e-12);
    assertEquals(0, s.transform().offsetX(), 1e-9);
    assertEquals(0, s.transform().offsetY(), 1e-9);
    assertEquals(320, s.displayed().columns());
    assertEquals(240, s.displayed().rows());
    assertEquals(800, s.displayed().width(), "rendered at its size on screen");
    assertEquals(600, s.displayed().height());
  }

  @Test
  void play_framesReady_followsTheClockWithoutDropping() throws Exception {
    showSettled(ImageStack.ofFile("cine", cine(), 30));
    for (int f = 0; f < 30; f++) {
      pipeline.renderNow(new RenderKey(cine(), f, null, 800, 600));
    }
    viewer.play();
    for (int k = 0; k < 30; k++) {
      clock.advanceMs(PULSE_MS);
      viewer.tick();
    }
    ViewerSnapshot s = viewer.snapshot();
    assertTrue(s.cine().playing());
    assertEquals(15, s.frame(), "500 ms at 33.333 ms a frame");
    assertEquals(cine(), s.displayed().key().file());
    assertEquals(15, s.displayed().key().frame());
    assertEquals(0, s.cine().droppedFrames());
    assertEquals(16, s.cine().shownFrames());
    viewer.togglePlay();
    assertFalse(viewer.snapshot().cine().playing());
    clock.advanceMs(500);
    viewer.tick();
    assertEquals(15, viewer.snapshot().frame(), "a paused cine stays where it is");
  }

  @Test
  void play_frameNotDecodedInTime_jumpsToTheDueFrameAndCountsTheDropped() {
    showSettled(ImageStack.ofFile("cine", cine(), 30));
    viewer.play();
    clock.advanceMs(505); // frame 15 is due; only the frames after 0 were asked for ahead
    viewer.tick();
    Eventually.await(
        "frame 15 rendered",
        WAIT,
        () -> pipeline.ready(new RenderKey(cine(), 15, null, 800, 600)).isPresent());
    clock.advanceMs(10);
    viewer.tick();
    ViewerSnapshot s = viewer.snapshot();
    assertEquals(15, s.frame(), "the cine keeps the wall clock's pace");
    assertEquals(14, s.cine().droppedFrames());
  }

  @Test
  void step_cineWithLoop_wrapsAroundAndPauses() {
    showSettled(ImageStack.ofFile("cine", cine(), 30));
    viewer.step(-1);
    Eventually.await("frame 30 shown", WAIT, viewer::settled);
    assertEquals(29, viewer.snapshot().frame());
    viewer.step(1);
    Eventually.await("frame 1 shown", WAIT, viewer::settled);
    assertEquals(0, viewer.snapshot().frame());
    viewer.setLoop(false);
    viewer.step(-1);
    assertEquals(0, viewer.snapshot().frame(), "without loop the first frame is the start");
  }

  @Test
  void show_twoStacksQuickly_onlyTheLastOneIsShown() {
    Deque<Runnable> queued = new ArrayDeque<>();
    ViewerModel controlled = new ViewerModel(images, pipeline, queued::add, clock);
    Path ct = SharedTestData.dicom("ct/CT_small_128.dcm");
    Path mr = SharedTestData.dicom("mr/MR_small.dcm");
    controlled.show(ImageStack.ofFile("ct", ct, 1));
    controlled.show(ImageStack.ofFile("mr", mr, 1));
    assertEquals(2, queued.size());
    // The later request finishes first; the earlier one's result then arrives and must be dropped.
    queued.pollLast().run();
    queued.pollLast().run();
    Eventually.await("the MR settles", WAIT, controlled::settled);
    ViewerSnapshot s = controlled.snapshot();
    assertEquals(mr, s.file());
    assertEquals(mr, s.displayed().key().file());
    assertEquals(64, s.displayed().columns());
  }

  @Test
  void chooseWindow_andSetWindow_renderThroughImagingsDisplayPipeline() throws Exception {
    viewer.resizeViewport(64, 64); // one screen pixel per image pixel: comparable as they are
    ViewerSnapshot s = showFile("mr/MR_small.dcm", 1);
    assertEquals("C 600 W 1600 (image preset 1)", s.window().current());
    DicomImage image = DicomImages.open(SharedTestData.dicom("mr/MR_small.dcm"));
    assertSameAs(
        DisplayConverter.render(image.frames().frame(0), image.description()), s.displayed());

    int fullRange = s.window().options().indexOf("Full range of the frame");
    viewer.chooseWindow(fullRange);
    Eventually.await("full range rendered", WAIT, viewer::settled);
    assertSameAs(
        DisplayConverter.render(
            image.frames().frame(0), image.description(), new VoiChoice.MinMax()),
        viewer.snapshot().displayed());
    assertEquals(fullRange, viewer.snapshot().window().selected());

    viewer.setWindow(300, 200);
    Eventually.await("custom window rendered", WAIT, viewer::settled);
    assertSameAs(
        DisplayConverter.render(
            image.frames().frame(0), image.description(), new VoiChoice.Window(300, 200)),
        viewer.snapshot().displayed());
    assertEquals("C 300 W 200", viewer.snapshot().window().current());
    assertEquals(-1, viewer.snapshot().window().selected());
  }

  @Test
  void rightDrag_movesWidthAcrossAndCentreDown() {
    ViewerSnapshot s = showFile("mr/MR_small.dcm", 1);
    double range = s.displayed().fullRange().orElseThrow().width();
    double perPixel = range / WindowChoice.DRAG_PIXELS_PER_RANGE;
    viewer.press(PointerButton.SECONDARY, 400, 300, 1);
    viewer.drag(400 + 64, 300 - 32);
    viewer.release(400 + 64, 300 - 32);
    Eventually.await("dragged window rendered", WAIT, viewer::settled);
    String expected =
        String.format(
            java.util.Locale.ROOT, "C %.0f W %.0f", 600 - 32 * perPixel, 1600 + 64 * perPixel);
    assertEquals(expected, viewer.snapshot().window().current());
  }

  @Test
  void show_ctWithoutWindow_startsInTheSoftTissueWindow() {
    ViewerSnapshot s = showFile("ct/CT1_J2KR_j2k_lossless.dcm", 1);
    assertEquals("C 40 W 400 (CT soft tissue)", s.window().current());
  }

  @Test
  void show_colourImage_hasNoWindow() {
    ViewerSnapshot s = showFile("us/OBXXXX1A_palette_explicitLE.dcm", 1);
    assertFalse(s.window().applicable());
    assertTrue(s.window().options().isEmpty());
  }

  @Test
  void distance_betweenTheScannersCalipers_readsTheRegionsMillimetres() {
    // The scanner's own measurement burned into this image: calipers at pixel centres
    // (459.5, 290.5) and (498.5, 301.5), labelled "Cist Mag 1.06 cm".
    ViewerSnapshot s = showFile("us/OBXXXX1A_palette_explicitLE.dcm", 1);
    drawDistance(s.transform(), 459.5, 290.5, 498.5, 301.5);
    var m = viewer.snapshot().measurements().get(0);
    assertEquals(MeasurementUnit.MM, m.value().unit());
    // Region 1's Physical Delta X and Y: 0.026228787661969974 cm per pixel (MANIFEST.tsv).
    double expected = Math.hypot(39, 11) * 0.26228787661969974;
    assertEquals(expected, m.value().value(), 1e-6);
    assertEquals(10.6, m.value().value(), 0.05, "the scanner's caliper reading");
    assertEquals("10.6 mm", m.label());
    assertTrue(
        viewer.snapshot().calibration().startsWith("Ultrasound region 1: 0.2623 x 0.2623 mm/px"));
  }

  @Test
  void distance_uncalibratedImage_readsPixelsAndSaysWhy() {
    ViewerSnapshot s = showFile("us/US1_UNCR_rgb_explicitLE.dcm", 1);
    drawDistance(s.transform(), 100, 100, 130, 140);
    var m = viewer.snapshot().measurements().get(0);
    assertEquals(MeasurementUnit.PIXELS, m.value().unit());
    assertEquals(50, m.value().value(), 1e-9);
    assertEquals("50.0 px", m.label());
    assertTrue(
        m.description()
            .contains("not in mm: no Pixel Spacing (0028,0030) and no ultrasound regions"),
        m.description());
  }

  @Test
  void distance_acrossTwoSectors_staysInPixelsWithTheReason() {
    // ALOKA: sectors 1 (x 32-335) and 2 (x 336-639), both 0.383 mm per pixel.
    ViewerSnapshot s = showFile("us/gdcm-US-ALOKA-16_palette16_implicitLE.dcm", 1);
    assertTrue(s.calibration().contains("regions 1, 2"), s.calibration());
    drawDistance(s.transform(), 200, 200, 450, 200);
    var m = viewer.snapshot().measurements().get(0);
    assertEquals(MeasurementUnit.PIXELS, m.value().unit());
    assertTrue(m.description().contains("different regions"), m.description());
    viewer.clearMeasurements();
    drawDistance(s.transform(), 400, 100, 450, 200);
    var inside = viewer.snapshot().measurements().get(0);
    assertEquals(MeasurementUnit.MM, inside.value().unit());
    assertEquals(Math.hypot(50, 100) * 0.38265306502580643, inside.value().value(), 1e-6);
  }

  @Test
  void distance_pixelSpacing_scalesEachAxis() {
    ViewerSnapshot s = showFile("ct/CT_small_128.dcm", 1);
    drawDistance(s.transform(), 10, 10, 40, 50);
    var m = viewer.snapshot().measurements().get(0);
    assertEquals(MeasurementUnit.MM, m.value().unit());
    assertEquals(50 * 0.661468, m.value().value(), 1e-6);
    assertEquals("Pixel Spacing 0.6615 x 0.6615 mm (row x column)", s.calibration());
  }

  @Test
  void area_closedOnItsFirstPoint_readsSquareMillimetres() {
    ViewerSnapshot s = showFile("us/OBXXXX1A_palette_explicitLE.dcm", 1);
    ImageToViewport t = s.transform();
    viewer.setTool(Tool.AREA);
    double[][] square = {{300, 200}, {340, 200}, {340, 230}, {300, 230}};
    for (double[] p : square) {
      viewer.press(PointerButton.PRIMARY, t.viewportX(p[0]), t.viewportY(p[1]), 1);
      viewer.release(t.viewportX(p[0]), t.viewportY(p[1]));
    }
    viewer.press(PointerButton.PRIMARY, t.viewportX(300) + 2, t.viewportY(200) - 2, 1);
    List<DrawnMeasurement> drawn = viewer.snapshot().measurements();
    assertEquals(1, drawn.size());
    assertEquals(MeasurementUnit.MM2, drawn.get(0).value().unit());
    double mm = 0.26228787661969974;
    assertEquals(40 * 30 * mm * mm, drawn.get(0).value().value(), 1e-6);
  }

  @Test
  void zoomAt_keepsThePointUnderThePointer() {
    ViewerSnapshot s = showFile("ct/CT_small_128.dcm", 1);
    var before = s.transform().toImage(250, 170);
    viewer.zoomAt(2, 250, 170);
    ImageToViewport after = viewer.snapshot().transform();
    // Within a screen pixel: the image covers whole screen pixels.
    assertEquals(250, after.viewportX(before.x()), 1);
    assertEquals(170, after.viewportY(before.y()), 1);
    assertEquals(2, viewer.snapshot().zoom(), 1e-12);
    viewer.pan(30, -20);
    assertEquals(
        after.viewportX(before.x()) + 30,
        viewer.snapshot().transform().viewportX(before.x()),
        1e-9);
    viewer.fit();
    assertEquals(s.transform(), viewer.snapshot().transform());
  }

  @Test
  void show_fileWithoutPixels_failsWithTheReason() {
    viewer.show(
        ImageStack.ofFile("dir", SharedTestData.dicom("misc/dicomdir_pydicom/DICOMDIR"), 1));
    Eventually.await("the failure", WAIT, viewer::settled);
    ViewerSnapshot s = viewer.snapshot();
    assertEquals(ViewerState.FAILED, s.state());
    assertTrue(s.message().contains("no pixel data"), s.message());
  }

  @Test
  void show_windowWidthZero_showsWithAWarningAndAComputedWindow(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("width0.dcm");
    Files.copy(SharedTestData.dicom("mr/MR_small.dcm"), file);
    run("dcmodify", "-nb", "-m", "(0028,1051)=0", file.toString());
    viewer.show(ImageStack.ofFile("w0", file, 1));
    Eventually.await("the image settles", WAIT, viewer::settled);
    ViewerSnapshot s = viewer.snapshot();
    assertEquals(ViewerState.SHOWING, s.state());
    assertNotNull(s.displayed(), "shown, not refused");
    assertTrue(
        s.problems().stream().anyMatch(p -> p.startsWith("Warning: WindowWidth (0028,1051)")),
        s.problems().toString());
    assertTrue(s.window().current().endsWith("(full range of the frame)"), s.window().current());
  }

  @Test
  void cine_cutShort_playsItsIntactFramesAndNamesTheOthers(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cut.dcm");
    byte[] whole = Files.readAllBytes(cine());
    Files.write(file, java.util.Arrays.copyOf(whole, 150_000));
    ViewerSnapshot s = showSettled(ImageStack.ofFile("cut", file, 30));
    assertEquals(ViewerState.SHOWING, s.state());
    assertEquals(30, s.frames());
    assertEquals(0, s.frame());
    assertNotNull(s.displayed());
    String missing =
        s.problems().stream().filter(p -> p.startsWith("Frames ")).findFirst().orElseThrow();
    int firstMissing =
        Integer.parseInt(missing.substring("Frames ".length(), missing.indexOf(' ', 7)));
    assertTrue(firstMissing > 1 && firstMissing < 30, missing);
    assertTrue(missing.contains(" to 30 cannot be shown; frame " + firstMissing + ": "), missing);
    // Stepping onto a lost frame says so in place of the image.
    viewer.goTo(29);
    Eventually.await("frame 30 settles", WAIT, viewer::settled);
    assertFalse(viewer.snapshot().frameProblem().isEmpty());
    // Playing holds the last intact frame through the lost ones and never names a frame it lacks.
    viewer.goTo(0);
    Eventually.await("frame 1 settles", WAIT, viewer::settled);
    for (int f = 0; f < firstMissing - 1; f++) {
      pipeline.renderNow(new RenderKey(file, f, null, s.wanted().width(), s.wanted().height()));
    }
    viewer.play();
    for (int k = 0; k < 100; k++) {
      clock.advanceMs(PULSE_MS);
      viewer.tick();
      ViewerSnapshot now = viewer.snapshot();
      assertTrue(now.frame() < firstMissing - 1, "frame on screen " + (now.frame() + 1));
      assertEquals("", now.frameProblem());
    }
    assertEquals(0, viewer.snapshot().cine().droppedFrames(), "lost frames are not late frames");
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
  }

  private void drawDistance(ImageToViewport t, double x0, double y0, double x1, double y1) {
    viewer.setTool(Tool.DISTANCE);
    viewer.press(PointerButton.PRIMARY, t.viewportX(x0), t.viewportY(y0), 1);
    viewer.drag(t.viewportX(x1), t.viewportY(y1));
    viewer.release(t.viewportX(x1), t.viewportY(y1));
    assertNotNull(viewer.snapshot().measurements().get(0));
  }

  private static void assertSameAs(DisplayImage expected, RenderedFrame actual) {
    assertEquals(expected.width(), actual.width());
    int[] argb = new int[expected.width() * expected.height()];
    int[] got = new int[argb.length];
    for (int y = 0; y < expected.height(); y++) {
      for (int x = 0; x < expected.width(); x++) {
        int v = expected.value(y, x, 0);
        argb[y * expected.width() + x] = 0xFF000000 | v << 16 | v << 8 | v;
        got[y * expected.width() + x] = actual.argbAt(x, y);
      }
    }
    assertArrayEquals(argb, got);
  }
}
