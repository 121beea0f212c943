package org.cryows.imaging.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cryows.imaging.dataset.DicomReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the seeded mutation fuzzer's damage does to multi-frame files: for each mutated copy of a
 * multi-frame seed, which bytes are still those of the original (the header up to the pixel data,
 * and each frame's bytes, item headers included), and what the reader makes of it. A file whose
 * header and first frames are untouched must open and show those frames, whatever happened after
 * them (a cut, a splice, a damaged later frame); the figures are printed for the documentation.
 */
class DamagedFramesSurveyTest {

  static final long CASES_SEED = 20261205L;
  static final int CASES = 1000;

  /** Where the header ends and each frame lies in an original multi-frame seed. */
  record Anatomy(long headerEnd, List<long[]> frames) {}

  @Test
  void mutatedMultiFrameFiles_openAndShowTheFramesBeforeTheDamage(@TempDir Path dir)
      throws Exception {
    FuzzMutations mutations = FuzzMutations.load();
    Map<String, Anatomy> anatomies = new HashMap<>();
    for (FuzzMutations.Seed seed : mutations.seeds()) {
      Anatomy anatomy = anatomy(dir, seed);
      if (anatomy.frames().size() > 1) {
        anatomies.put(seed.name(), anatomy);
      }
    }

    int multiFrame = 0;
    int headerAndAFrameIntact = 0;
    int refusedWithAFrameIntact = 0;
    int intactPrefix = 0;
    int refusedWithIntactPrefix = 0;
    int intactFrames = 0;
    int intactFramesShown = 0;
    List<String> notShown = new ArrayList<>();
    Random cases = new Random(CASES_SEED);
    for (int c = 0; c < CASES; c++) {
      long caseSeed = cases.nextLong();
      FuzzMutations.Mutation mutation = mutations.mutate(caseSeed);
      Anatomy anatomy = anatomies.get(mutation.seed().name());
      if (anatomy == null) {
        continue;
      }
      multiFrame++;
      byte[] original = mutation.seed().bytes();
      byte[] bytes = mutation.bytes();
      boolean header = same(bytes, original, 0, anatomy.headerEnd());
      List<Integer> intact = new ArrayList<>();
      for (int f = 0; f < anatomy.frames().size(); f++) {
        long[] range = anatomy.frames().get(f);
        if (same(bytes, original, range[0], range[1])) {
          intact.add(f);
        }
      }
      int prefix = 0;
      while (prefix < intact.size() && intact.get(prefix) == prefix) {
        prefix++;
      }
      if (!header || intact.isEmpty()) {
        continue;
      }
      headerAndAFrameIntact++;
      intactFrames += intact.size();
      Path file = Files.write(dir.resolve("case-" + Long.toHexString(caseSeed) + ".dcm"), bytes);
      DicomImage image = null;
      try {
        image = DicomImages.open(file);
      } catch (DicomReadException refused) {
        refusedWithAFrameIntact++;
        if (prefix > 0) {
          refusedWithIntactPrefix++;
          notShown.add(describe(mutation, caseSeed, prefix) + ": refused: " + refused.reason());
        }
      }
      if (prefix > 0) {
        intactPrefix++;
      }
      if (image != null) {
        for (int f : intact) {
          try {
            image.frames().frame(f);
            intactFramesShown++;
          } catch (DicomReadException lost) {
            if (f < prefix) {
              notShown.add(describe(mutation, caseSeed, prefix) + ": " + lost.reason());
            }
          }
        }
      }
      Files.delete(file);
    }

    System.out.printf(
        "damaged multi-frame survey (%d seeded cases): %d multi-frame; header and >= 1 frame intact:"
            + " %d, refused whole: %d; first frames intact: %d, refused whole: %d; intact frames"
            + " shown: %d of %d%n",
        CASES,
        multiFrame,
        headerAndAFrameIntact,
        refusedWithAFrameIntact,
        intactPrefix,
        refusedWithIntactPrefix,
        intactFramesShown,
        intactFrames);
    assertEquals(
        List.of(),
        notShown.subList(0, Math.min(5, notShown.size())),
        notShown.size() + " cases with frames before the damage not shown; the first five");
  }

  private static String describe(FuzzMutations.Mutation mutation, long caseSeed, int prefix) {
    return mutation.seed().name()
        + " "
        + mutation.kind()
        + " (case "
        + Long.toHexString(caseSeed)
        + ", frames 1 to "
        + prefix
        + " intact)";
  }

  /** Header end and frame byte ranges of an original seed, item headers included. */
  private static Anatomy anatomy(Path dir, FuzzMutations.Seed seed) throws Exception {
    Path file = Files.write(dir.resolve("seed.dcm"), seed.bytes());
    DicomImage image = DicomImages.open(file);
    Files.delete(file);
    int frames = image.frameCount();
    List<long[]> ranges = new ArrayList<>();
    if (!image.transferSyntax().encapsulated() || image.transferSyntax().deflated()) {
      if (image.transferSyntax().deflated()) {
        return new Anatomy(0, List.of()); // frames lie in the inflated data, not the file
      }
      PixelDataLayout layout = RealFileMutations.layout(seed.bytes());
      long frameBytes = image.description().nativeFrameBytes();
      for (int f = 0; f < frames; f++) {
        long start = layout.valueOffset() + f * frameBytes;
        ranges.add(new long[] {start, start + frameBytes});
      }
      return new Anatomy(layout.valueOffset(), ranges);
    }
    PixelDataLayout layout = RealFileMutations.layout(seed.bytes());
    List<List<PixelDataLayout.Fragment>> byFrame =
        FrameLocator.locate(file, new ByteSource.MemoryBytes(seed.bytes()), layout, frames)
            .fragments();
    for (List<PixelDataLayout.Fragment> fragments : byFrame) {
      PixelDataLayout.Fragment last = fragments.get(fragments.size() - 1);
      ranges.add(new long[] {fragments.get(0).itemOffset(), last.valueOffset() + last.length()});
    }
    return new Anatomy(layout.fragments().get(0).itemOffset(), ranges);
  }

  private static boolean same(byte[] mutated, byte[] original, long from, long to) {
    if (to > mutated.length) {
      return false;
    }
    for (int i = (int) from; i < to; i++) {
      if (mutated[i] != original[i]) {
        return false;
      }
    }
    return true;
  }
}
