package org.cryows.imaging.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Assumptions;

/** Runs an installed reference tool (dcmtk) as a process; skips, or fails under CI, without it. */
final class ExternalTool {

  private ExternalTool() {}

  static Path require(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    String reason = name + " is not installed; the comparison with it is skipped";
    if (SharedTestData.isCi()) {
      throw new AssertionError(reason + " (under CI it must be present)");
    }
    Assumptions.abort(reason);
    throw new IllegalStateException("unreachable");
  }

  /** Runs {@code name args...}; returns its combined output, failing on a non-zero exit. */
  static String run(String name, String... args) throws IOException, InterruptedException {
    return run(true, name, args);
  }

  /** Runs {@code name args...}; returns its combined output whatever its exit code (validators). */
  static String runAnyExit(String name, String... args) throws IOException, InterruptedException {
    return run(false, name, args);
  }

  private static String run(boolean requireSuccess, String name, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(require(name).toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish");
    }
    String text = new String(output);
    if (requireSuccess && process.exitValue() != 0) {
      throw new AssertionError(
          String.join(" ", command) + " exited with " + process.exitValue() + ": " + text);
    }
    return text;
  }
}
