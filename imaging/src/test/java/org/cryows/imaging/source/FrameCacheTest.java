package org.cryows.imaging.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.dataset.InMemoryDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.FrameStatus;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.TransferSyntax;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Test;

class FrameCacheTest {

  private static final int ROWS = 16;
  private static final int COLUMNS = 16;
  private static final long FRAME_BYTES = ROWS * COLUMNS * 4L;
  private static final Path CINE = Path.of("cine.dcm");
  private static final Path OTHER = Path.of("other.dcm");

  /**
   * Opens one image per file over a counting source, 10 frames each, and counts the openings;
   * frames in {@code absent} are missing from the file.
   */
  private static final class Opener implements ImageOpener {
    final Map<Path, CountingFrameSource> sources = new ConcurrentHashMap<>();
    final AtomicInteger opens = new AtomicInteger();
    final Set<Integer> failing;
    final Set<Integer> absent;

    Opener(Set<Integer> failing) {
      this(failing, Set.of());
    }

    Opener(Set<Integer> failing, Set<Integer> absent) {
      this.failing = failing;
      this.absent = absent;
    }

    @Override
    public DicomImage open(Path file) throws DicomReadException {
      if (file.toString().startsWith("missing")) {
        throw new DicomReadException(file, "not a readable file");
      }
      opens.incrementAndGet();
      CountingFrameSource source = new CountingFrameSource(file, 10, ROWS, COLUMNS, failing);
      sources.put(file, source);
      DicomDataset header =
          InMemoryDataset.builder(file.toString())
              .put(Tags.ROWS, ROWS)
              .put(Tags.COLUMNS, COLUMNS)
              .put(Tags.SAMPLES_PER_PIXEL, 1)
              .put(Tags.PHOTOMETRIC_INTERPRETATION, "MONOCHROME2")
              .put(Tags.BITS_ALLOCATED, 16)
              .put(Tags.BITS_STORED, 16)
              .put(Tags.NUMBER_OF_FRAMES, 10)
              .build();
      List<FrameStatus> status = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        status.add(absent.contains(i) ? new FrameStatus.Missing("cut") : FrameStatus.PRESENT);
      }
      return DicomImage.withFrameStatus(
          file,
          header,
          PixelDescription.of(header, TransferSyntax.EXPLICIT_LITTLE_ENDIAN),
          TransferSyntax.of(TransferSyntax.EXPLICIT_LITTLE_ENDIAN),
          status,
          source);
    }

    CountingFrameSource source(Path file) {
      return sources.get(file);
    }
  }

  @Test
  void frame_keepsTheMostRecentlyUsedFramesWithinTheByteBound() throws Exception {
    Opener opener = new Opener(Set.of());
    try (FrameCache cache = new FrameCache(opener, 3 * FRAME_BYTES, 4, 2)) {
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 3; i++) {
          assertEquals(CountingFrameSource.expected(i, ROWS, COLUMNS), cache.frame(CINE, i));
        }
      }
      CountingFrameSource source = opener.source(CINE);
      for (int i = 0; i < 3; i++) {
        assertEquals(1, source.decodes(i), "frame " + i + " decoded once while cached");
      }
      assertEquals(3 * FRAME_BYTES, cache.cachedBytes());

      cache.frame(CINE, 1); // 0 is now the least recently used
      cache.frame(CINE, 3);
      assertFalse(cache.isCached(CINE, 0));
      assertTrue(cache.isCached(CINE, 1) && cache.isCached(CINE, 2) && cache.isCached(CINE, 3));
      assertEquals(3 * FRAME_BYTES, cache.cachedBytes());

      cache.frame(CINE, 0);
      assertEquals(2, source.decodes(0), "an evicted frame is decoded again");
      assertEquals(3 * FRAME_BYTES, cache.peakCachedBytes());
      assertEquals(1, opener.opens.get());
    }
  }

  @Test
  void frame_manyThreadsOverTwoFiles_neverExceedTheBoundAndGetTheRightFrames() throws Exception {
    Opener opener = new Opener(Set.of());
    long bound = 5 * FRAME_BYTES + FRAME_BYTES / 2;
    int threads = 8;
    try (FrameCache cache = new FrameCache(opener, bound, 2, 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<Integer>> wrong = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Random random = new Random(1234 + t);
        wrong.add(
            pool.submit(
                () -> {
                  int mismatches = 0;
                  for (int k = 0; k < 400; k++) {
                    Path file = random.nextBoolean() ? CINE : OTHER;
                    int index = random.nextInt(10);
                    Frame frame = cache.frame(file, index);
                    if (!frame.equals(CountingFrameSource.expected(index, ROWS, COLUMNS))) {
                      mismatches++;
                    }
                    if (cache.cachedBytes() > bound) {
                      mismatches += 1000;
                    }
                  }
                  return mismatches;
                }));
      }
      for (Future<Integer> result : wrong) {
        assertEquals(0, result.get());
      }
      assertTrue(cache.peakCachedBytes() <= bound, "peak " + cache.peakCachedBytes());
      assertTrue(cache.cachedFrames() <= 5);
    }
  }

  @Test
  void frame_askedForByManyThreadsAtOnce_isDecodedOnce() throws Exception {
    Opener opener = new Opener(Set.of());
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    try (FrameCache cache = new FrameCache(opener, 100 * FRAME_BYTES, 4, 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<Frame>> frames = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        frames.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 9; i > 0; i--) {
                    cache.frame(CINE, i);
                  }
                  return cache.frame(CINE, 0);
                }));
      }
      Frame first = frames.get(0).get();
      for (Future<Frame> frame : frames) {
        assertSame(first, frame.get(), "every thread gets the one decoded frame");
      }
      for (int i = 0; i < 10; i++) {
        assertEquals(1, opener.source(CINE).decodes(i), "frame " + i);
      }
      assertEquals(1, opener.opens.get(), "the file is opened once");
    }
  }

  @Test
  void prefetch_decodesTheFramesAheadWrappingAroundForALoopingCine() throws Exception {
    Opener opener = new Opener(Set.of());
    try (FrameCache cache = new FrameCache(opener, 20 * FRAME_BYTES, 4, 3)) {
      cache.prefetch(CINE, 8, 5).join();

      for (int i : new int[] {8, 9, 0, 1, 2}) {
        assertTrue(cache.isCached(CINE, i), "frame " + i);
      }
      assertEquals(5, cache.cachedFrames());
      cache.frame(CINE, 9);
      cache.prefetch(CINE, 9, 3).join();
      CountingFrameSource source = opener.source(CINE);
      for (int i : new int[] {8, 9, 0, 1, 2}) {
        assertEquals(1, source.decodes(i), "frame " + i + " decoded once");
      }
      assertEquals(0, source.decodes(5));
    }
  }

  @Test
  void frame_largerThanTheWholeBound_isHandedOutButNotKept() throws Exception {
    Opener opener = new Opener(Set.of());
    try (FrameCache cache = new FrameCache(opener, FRAME_BYTES - 1, 4, 1)) {
      cache.frame(CINE, 2);
      cache.frame(CINE, 2);
      assertEquals(0, cache.cachedFrames());
      assertEquals(0, cache.peakCachedBytes());
      assertEquals(2, opener.source(CINE).decodes(2));
    }
  }

  @Test
  void frame_thatCannotBeDecoded_isReportedNotCachedAndTriedAgain() throws Exception {
    Opener opener = new Opener(Set.of(4));
    try (FrameCache cache = new FrameCache(opener, 10 * FRAME_BYTES, 4, 1)) {
      DicomReadException e = assertThrows(DicomReadException.class, () -> cache.frame(CINE, 4));
      assertTrue(e.getMessage().startsWith("cine.dcm: frame 4"), e.getMessage());
      assertFalse(cache.isCached(CINE, 4));
      assertThrows(DicomReadException.class, () -> cache.frame(CINE, 4));
      assertEquals(2, opener.source(CINE).decodes(4));
      cache.prefetch(CINE, 3, 3).join(); // a failure while prefetching is left for frame()
      assertTrue(cache.isCached(CINE, 3) && cache.isCached(CINE, 5));

      DicomReadException beyond =
          assertThrows(DicomReadException.class, () -> cache.frame(CINE, 10));
      assertTrue(
          beyond.getMessage().contains("frame 11 asked for, the image has 10 frame(s)"),
          beyond.getMessage());
      DicomReadException missing =
          assertThrows(DicomReadException.class, () -> cache.frame(Path.of("missing.dcm"), 0));
      assertTrue(missing.getMessage().startsWith("missing.dcm: not a readable file"));
    }
  }

  @Test
  void image_isTheOneOpenedImageWhoseFramesTheCacheDecodes() throws Exception {
    Opener opener = new Opener(Set.of());
    try (FrameCache cache = new FrameCache(opener, 10 * FRAME_BYTES, 4, 1)) {
      DicomImage image = cache.image(CINE);
      cache.frame(CINE, 3);
      assertSame(image, cache.image(CINE));
      assertEquals(10, cache.frameCount(CINE));
      assertEquals(1, opener.opens.get(), "the file is opened once for image and frames");
    }
  }

  @Test
  void prefetch_skipsFramesMissingFromTheFileAndFrameRefusesThem() throws Exception {
    Opener opener = new Opener(Set.of(), Set.of(2, 3));
    try (FrameCache cache = new FrameCache(opener, 20 * FRAME_BYTES, 4, 2)) {
      cache.prefetch(CINE, 0, 5).join();
      CountingFrameSource source = opener.source(CINE);
      assertEquals(0, source.decodes(2) + source.decodes(3), "missing frames are not decoded");
      for (int i : new int[] {0, 1, 4}) {
        assertTrue(cache.isCached(CINE, i), "frame " + i);
      }
      assertEquals(
          List.of("frames 3 to 4: cut"),
          cache.image(CINE).problems().stream().map(p -> p.text()).toList());
      DicomReadException e = assertThrows(DicomReadException.class, () -> cache.frame(CINE, 2));
      assertEquals("frame 3 of 10: cut", e.reason());
      assertEquals(0, source.decodes(2), "refused without a decode");
    }
  }

  @Test
  void imageOpenerOfALoadedTree_handsTheCacheTheImageTheLoaderOpened() throws Exception {
    Path cine = SharedTestData.dicom("us/examples_ybr_color_mf30_jpegbaseline.dcm");
    DicomTree tree = new DicomLoader(1).load(cine);
    DicomImage loaded = tree.instances().findFirst().orElseThrow().image().orElseThrow();
    try (FrameCache cache = new FrameCache(tree.imageOpener(), 64L << 20, 4, 1)) {
      assertSame(loaded, cache.image(cine), "no second read of the file");
      assertEquals(loaded.frames().frame(29), cache.frame(cine, 29));
    }
  }

  @Test
  void sources_beyondTheOpenBound_areClosedAndReopenedWhenNeeded() throws Exception {
    Opener opener = new Opener(Set.of());
    FrameCache cache = new FrameCache(opener, 10 * FRAME_BYTES, 1, 1);
    cache.frame(CINE, 0);
    CountingFrameSource first = opener.source(CINE);
    cache.frame(OTHER, 0);
    assertEquals(1, first.closes(), "the cine's source was dropped and closed");
    cache.frame(CINE, 0);
    assertEquals(2, opener.opens.get(), "a cached frame needs no source");
    cache.frame(CINE, 1);
    assertEquals(3, opener.opens.get());
    CountingFrameSource reopened = opener.source(CINE);
    cache.close();
    assertEquals(1, reopened.closes());
    assertEquals(0, cache.cachedBytes());
  }
}
