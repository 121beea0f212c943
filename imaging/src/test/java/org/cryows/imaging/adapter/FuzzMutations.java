package org.cryows.imaging.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The seeded mutations of real sample files that {@link DicomReaderFuzzTest} feeds the reader and
 * {@link DamagedFramesSurveyTest} measures: bytes flipped, overwritten with huge lengths,
 * truncated, spliced. One case is fully determined by its seed.
 */
final class FuzzMutations {

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

  /** A seed file: its name and bytes. */
  record Seed(String name, byte[] bytes) {}

  /** What one case did: which seed, which kind of damage, the bytes that result. */
  record Mutation(Seed seed, Kind kind, byte[] bytes) {}

  enum Kind {
    FLIPPED_BITS,
    LYING_LENGTH,
    TRUNCATED,
    SPLICED,
    RANDOM_BYTES
  }

  private final List<Seed> seeds;

  private FuzzMutations(List<Seed> seeds) {
    this.seeds = List.copyOf(seeds);
  }

  /** The seed files found in the shared data and Debian's pydicom test files. */
  static FuzzMutations load() throws IOException {
    List<Seed> seeds = new ArrayList<>();
    Path shared = Path.of(System.getProperty("cryo.shared.dir", "../../shared"), "data/dicom");
    for (String name : SEEDS) {
      Path file = shared.resolve(name);
      if (Files.isRegularFile(file)) {
        seeds.add(new Seed(name, Files.readAllBytes(file)));
      }
    }
    for (String name : PYDICOM_SEEDS) {
      Path file = DicomImagesConformanceTest.PYDICOM.resolve(name);
      if (Files.isRegularFile(file)) {
        seeds.add(new Seed("pydicom:" + name, Files.readAllBytes(file)));
      }
    }
    if (seeds.isEmpty()) {
      throw new IllegalStateException("no fuzzing seed files found under " + shared);
    }
    return new FuzzMutations(seeds);
  }

  List<Seed> seeds() {
    return seeds;
  }

  /** One mutation of one seed, fully determined by {@code caseSeed}. */
  Mutation mutate(long caseSeed) {
    Random random = new Random(caseSeed);
    Seed seed = seeds.get(random.nextInt(seeds.size()));
    byte[] out = seed.bytes().clone();
    Kind kind = Kind.values()[random.nextInt(5)];
    switch (kind) {
      case FLIPPED_BITS -> { // a few bytes, mostly in the header where lengths and tags are
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
          int at = position(random, out.length);
          out[at] ^= (byte) (1 << random.nextInt(8));
        }
      }
      case LYING_LENGTH -> { // 4 bytes overwritten with a huge or odd value
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
      case TRUNCATED -> out = Arrays.copyOf(out, random.nextInt(out.length));
      case SPLICED -> { // the head of this file and the tail of another
        byte[] other = seeds.get(random.nextInt(seeds.size())).bytes();
        int cut = random.nextInt(out.length);
        int from = random.nextInt(other.length);
        byte[] spliced = new byte[cut + other.length - from];
        System.arraycopy(out, 0, spliced, 0, cut);
        System.arraycopy(other, from, spliced, cut, other.length - from);
        out = spliced;
      }
      case RANDOM_BYTES -> { // anywhere, codestreams included
        int n = 1 + random.nextInt(32);
        for (int i = 0; i < n; i++) {
          out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
      }
    }
    return new Mutation(seed, kind, out);
  }

  /** Biased to the first 2 KB, where the meta information, lengths and codestream headers lie. */
  private static int position(Random random, int length) {
    int limit = random.nextInt(3) == 0 ? length : Math.min(length, 2048);
    return random.nextInt(Math.max(1, limit));
  }
}
