package org.cryows.imaging.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Seeded mutation fuzzing of the reader: bytes of real sample files (every transfer syntax) are
 * flipped, overwritten with huge lengths, truncated and spliced ({@link FuzzMutations}); opening
 * and decoding must give frames or a {@link org.cryows.imaging.dataset.DicomReadException}, nothing
 * else. An input that fails is written to {@code target/fuzz-failures/} to be kept in {@code
 * src/test/resources/fuzz/}, which {@link FuzzCorpusReplayTest} replays.
 */
class DicomReaderFuzzTest {

  static final int FRAMES_PER_CASE = 3;

  private static FuzzMutations mutations;
  private static Path work;

  @BeforeContainer
  static void loadSeeds() throws IOException {
    mutations = FuzzMutations.load();
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
    byte[] input = mutations.mutate(caseSeed).bytes();
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
}
