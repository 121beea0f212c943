package org.cryows.imaging.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Seeded mutation fuzzing of the reader: bytes of real sample files (every transfer syntax) are
 * flipped, overwritten with huge lengths, truncated and spliced; opening and decoding must give
 * frames or a {@link org.cryows.imaging.dataset.DicomReadException}, nothing else. An input that
 * fails is written to {@code target/fuzz-failures/} to be kept in {@code src/test/resources/fuzz/},
 * which {@link FuzzCorpusReplayTest} replays.
 */
class DicomReaderFuzzTest {

  /** Small files covering every decoder, so that thousands of cases stay within a minute. */
  static final List<String> SEEDS =
      List.of(
          "mr/MR_small.dcm",
          "mr/MR_small_implicit.dcm",
          "mr/MR_small_bigendian.dcm",
          "mr/MR_small_RLE.dcm",
          "mr/MR_small_jp2klossless.dcm",
          "mr/MR_small_jpeg_ls_lossless.dcm",
          "mr/emri_small_jpeg_ls_lossless.dcm",
          "mr/emri_small_RLE.dcm",
          "mr/emri_small_jpeg_2k_lossless.dcm",
          "ct/CT1_J2KI_j2k_lossy.dcm",
          "us/ExplVR_BigEnd_rgb_small.dcm",
          "us/OBXXXX1A_palette_rle_2frame.dcm",
          "us/examples_ybr_color_mf30_jpegbaseline.dcm");

  static final List<String> PYDICOM_SEEDS =
      List.of(
          "image_dfl.dcm",
          "SC_rgb_jpeg_gdcm.dcm",
          "SC_rgb_dcmtk_+eb+cy+np.dcm",
          "JPGExtended.dcm",
          "SC_rgb_rle_32bit_2frame.dcm",
          "rtdose_expb.dcm",
          "SC_ybr_full_422_uncompressed.dcm");

  static final int FRAMES_PER_CASE = 3;

  private static List<byte[]> seeds;
  private static Path work;

  @BeforeContainer
  static void loadSeeds() throws IOException {
    seeds = new ArrayList<>();
    Path shared = Path.of(System.getProperty("cryo.shared.dir", "../../shared"), "data/dicom");
    for (String name : SEEDS) {
      Path file = shared.resolve(name);
      if (Files.isRegularFile(file)) {
        seeds.add(Files.readAllBytes(file));
      }
    }
    for (String name : PYDICOM_SEEDS) {
      Path file = DicomImagesConformanceTest.PYDICOM.resolve(name);
      if (Files.isRegularFile(file)) {
        seeds.add(Files.readAllBytes(file));
      }
    }
    if (seeds.isEmpty()) {
      throw new IllegalStateException("no fuzzing seed files found under " + shared);
    }
    work = Files.createTempDirectory("dicom-fuzz");
  }

  @AfterContainer
  static void removeWork() throws IOException {
    if (work != null) {
      try (var files = Files.list(work)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(work);
    }
  }

  @Property(tries = 2500, seed = "20261205", shrinking = net.jqwik.api.ShrinkingMode.OFF)
  void mutatedFilesGiveFramesOrAReadError(@ForAll("mutations") long caseSeed) throws Exception {
    byte[] input = mutate(caseSeed);
    Path file = work.resolve("case-" + Long.toHexString(caseSeed) + ".dcm");
    Files.write(file, input);
    try {
      FuzzOutcome.readAll(file, FRAMES_PER_CASE);
    } catch (Throwable unexpected) {
      Path kept = Path.of("target/fuzz-failures").resolve(file.getFileName());
      Files.createDirectories(kept.getParent());
      Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      throw new AssertionError("input kept as " + kept.toAbsolutePath(), unexpected);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Provide
  Arbitrary<Long> mutations() {
    return Arbitraries.longs();
  }

  /** One mutation of one seed, fully determined by {@code caseSeed}. */
  static byte[] mutate(long caseSeed) {
    Random random = new Random(caseSeed);
    byte[] seed = seeds.get(random.nextInt(seeds.size()));
    byte[] out = seed.clone();
    int kind = random.nextInt(5);
    switch (kind) {
      case 0 -> { // flip a few bytes, mostly in the header where lengths and tags are
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
          int at = position(random, out.length);
          out[at] ^= (byte) (1 << random.nextInt(8));
        }
      }
      case 1 -> { // a lying length: 4 bytes overwritten with a huge or odd value
        int at = position(random, out.length - 4);
        int value =
            switch (random.nextInt(4)) {
              case 0 -> 0xFFFFFFFF;
              case 1 -> 0x7FFFFFFF;
              case 2 -> 0xFFFFFFF0;
              default -> random.nextInt();
            };
        out[at] = (byte) value;
        out[at + 1] = (byte) (value >>> 8);
        out[at + 2] = (byte) (value >>> 16);
        out[at + 3] = (byte) (value >>> 24);
      }
      case 2 -> { // truncation
        out = java.util.Arrays.copyOf(out, random.nextInt(out.length));
      }
      case 3 -> { // splice: the head of this file and the tail of another
        byte[] other = seeds.get(random.nextInt(seeds.size()));
        int cut = random.nextInt(out.length);
        int from = random.nextInt(other.length);
        byte[] spliced = new byte[cut + other.length - from];
        System.arraycopy(out, 0, spliced, 0, cut);
        System.arraycopy(other, from, spliced, cut, other.length - from);
        out = spliced;
      }
      default -> { // random bytes anywhere, codestreams included
        int n = 1 + random.nextInt(32);
        for (int i = 0; i < n; i++) {
          out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
      }
    }
    return out;
  }

  /** Biased to the first 2 KB, where the meta information, lengths and codestream headers lie. */
  private static int position(Random random, int length) {
    int limit = random.nextInt(3) == 0 ? length : Math.min(length, 2048);
    return random.nextInt(Math.max(1, limit));
  }
}
