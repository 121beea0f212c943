package org.cryows.imaging.adapter;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every input the fuzzer ever broke the reader with (src/test/resources/fuzz/): each must
 * now give frames or a read error.
 */
class FuzzCorpusReplayTest {

  static final Path CORPUS = Path.of("src/test/resources/fuzz");

  static List<Path> corpus() throws Exception {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".dcm")).sorted().toList();
    }
  }

  @Test
  void theCorpusIsNotEmpty() throws Exception {
    assertFalse(corpus().isEmpty(), "the fuzz corpus in " + CORPUS.toAbsolutePath());
  }

  @TestFactory
  Stream<DynamicTest> everyKeptInputGivesFramesOrAReadError() throws Exception {
    return corpus().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> FuzzOutcome.readAll(file, Integer.MAX_VALUE)));
  }
}
