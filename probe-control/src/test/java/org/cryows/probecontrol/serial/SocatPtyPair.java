package org.cryows.probecontrol.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A pair of connected pseudo-terminals made by socat, reachable by two links in a temporary folder.
 * Skips the test with a message when socat is missing, unless the CI variable is "true" (then the
 * test fails: CI must run the real-pty tests).
 */
final class SocatPtyPair implements AutoCloseable {

  private static final Duration LINKS_APPEAR_WITHIN = Duration.ofSeconds(10);

  final Path linkA;
  final Path linkB;
  private final Path directory;
  private Process socat;

  private SocatPtyPair(Path directory) {
    this.directory = directory;
    this.linkA = directory.resolve("A");
    this.linkB = directory.resolve("B");
  }

  static SocatPtyPair start() throws IOException, InterruptedException {
    requireSocat();
    var pair = new SocatPtyPair(Files.createTempDirectory("cryo-pty"));
    pair.startSocat();
    return pair;
  }

  /** Kills socat (the ptys vanish, as when a cable is pulled) and starts it again on the links. */
  void restart() throws IOException, InterruptedException {
    stopSocat();
    startSocat();
  }

  void stopSocat() throws InterruptedException {
    if (socat != null) {
      socat.destroy();
      if (!socat.waitFor(5, TimeUnit.SECONDS)) {
        socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
      socat = null;
    }
  }

  private void startSocat() throws IOException, InterruptedException {
    Files.deleteIfExists(linkA);
    Files.deleteIfExists(linkB);
    socat =
        new ProcessBuilder(
                List.of(
                    "socat",
                    "-d",
                    "-d",
                    "pty,raw,echo=0,link=" + linkA,
                    "pty,raw,echo=0,link=" + linkB))
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("socat.log").toFile())
            .start();
    long deadline = System.nanoTime() + LINKS_APPEAR_WITHIN.toNanos();
    while (!(Files.exists(linkA) && Files.exists(linkB))) {
      if (!socat.isAlive()) {
        throw new IOException("socat exited with " + socat.exitValue() + ": " + log());
      }
      if (System.nanoTime() > deadline) {
        throw new IOException(
            "socat made no pty links within " + LINKS_APPEAR_WITHIN + ": " + log());
      }
      Thread.sleep(20);
    }
  }

  private String log() throws IOException {
    Path log = directory.resolve("socat.log");
    return Files.exists(log) ? Files.readString(log) : "(no log)";
  }

  @Override
  public void close() throws IOException {
    try {
      stopSocat();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(directory);
  }

  private static void requireSocat() {
    boolean found =
        java.util.stream.Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, "socat")));
    if (!found) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("socat is required under CI for the real-pty tests");
      }
      Assumptions.abort("socat is not installed: real-pty tests skipped");
    }
  }
}
