package org.cryows.probecontrol.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** A temporary folder for property tests (jqwik has no {@code @TempDir}); deleted on close. */
final class ScratchFolder implements AutoCloseable {
  private final Path dir;
  private final AtomicLong counter = new AtomicLong();

  ScratchFolder() {
    try {
      dir = Files.createTempDirectory("journal-test-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh file holding {@code bytes}. */
  Path file(byte[] bytes) throws IOException {
    return Files.write(dir.resolve("j" + counter.incrementAndGet() + ".journal"), bytes);
  }

  Path newPath(String name) {
    return dir.resolve(counter.incrementAndGet() + "-" + name);
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
