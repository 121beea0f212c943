package org.cryows.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs an installed reference tool (dicom3tools, dcmtk) as a process; skips the test without it, or
 * fails it under CI, where the launcher installs them.
 */
public final class ExternalTool {

  private ExternalTool() {}

  public static Path require(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    String reason = name + " is not installed (./cryo test installs it); the check is skipped";
    if (SharedTestData.isCi()) {
      throw new AssertionError(reason + " (under CI it must be present)");
    }
    Assumptions.abort(reason);
    throw new IllegalStateException("unreachable");
  }

  /** The tool's exit code and its output (stdout and stderr together). */
  public record Result(int exitCode, String output) {}

  public static Result run(String name, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(require(name).toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish");
    }
    return new Result(process.exitValue(), new String(output));
  }
}
