package org.cryows.probecontrol.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two connected pseudo-terminals made by {@code socat -d -d pty,raw,echo=0,link=A
 * pty,raw,echo=0,link=B} in a temporary folder: a serial line with no hardware, for scenarios,
 * benchmarks and tests. Closing it stops socat and removes the folder.
 */
public final class SocatPtyPair implements AutoCloseable {
  private static final Duration LINKS_APPEAR_WITHIN = Duration.ofSeconds(10);

  private final Path directory;
  private final Path linkA;
  private final Path linkB;
  private final Process socat;

  private SocatPtyPair(Path directory, Process socat) {
    this.directory = directory;
    this.linkA = directory.resolve("A");
    this.linkB = directory.resolve("B");
    this.socat = socat;
  }

  /** Whether socat is on the PATH. */
  public static boolean socatAvailable() {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat")));
  }

  /**
   * Starts socat and waits for both links.
   *
   * @throws IOException when socat is missing, exits, or makes no links within 10 s
   */
  public static SocatPtyPair start() throws IOException {
    if (!socatAvailable()) {
      throw new IOException("socat is not installed (apt-get install socat)");
    }
    Path directory = Files.createTempDirectory("cryo-pty");
    Path log = directory.resolve("socat.log");
    Process process =
        new ProcessBuilder(
                List.of(
                    "socat",
                    "-d",
                    "-d",
                    "pty,raw,echo=0,link=" + directory.resolve("A"),
                    "pty,raw,echo=0,link=" + directory.resolve("B")))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    var pair = new SocatPtyPair(directory, process);
    try {
      pair.awaitLinks(log);
    } catch (IOException | RuntimeException e) {
      pair.close();
      throw e;
    }
    return pair;
  }

  public Path linkA() {
    return linkA;
  }

  public Path linkB() {
    return linkB;
  }

  private void awaitLinks(Path log) throws IOException {
    long deadline = System.nanoTime() + LINKS_APPEAR_WITHIN.toNanos();
    while (!(Files.exists(linkA) && Files.exists(linkB))) {
      if (!socat.isAlive()) {
        throw new IOException("socat exited with " + socat.exitValue() + ": " + read(log));
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("socat made no pty links within 10 s: " + read(log));
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for socat", e);
      }
    }
  }

  private static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log).strip() : "(no output)";
  }

  /** Stops socat and removes the folder with its links. */
  @Override
  public void close() {
    socat.destroy();
    try {
      if (!socat.waitFor(5, TimeUnit.SECONDS)) {
        socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      // A temporary folder left behind is not worth failing the run for.
    }
  }
}
