package org.cryows.ui.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code demo --open CINE --screenshot} in processes of its own, as the launcher starts it (same
 * JVM options, the AOT cache when the launcher used one): the time from the process's start to the
 * first frame on screen, which the demo reports, and the wall time until it has captured its
 * settled window and exited. Baseline, run in turn with it: {@code demo --screenshot} with nothing
 * to open (the JavaFX window alone).
 */
final class DemoStartBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DemoStartBenchmark() {}

  static void run(PrintStream out, Path cine, int runs) throws Exception {
    out.println("demo --open to first frame on screen, whole process (" + cine.getFileName() + ")");
    out.println("  machine before: " + MachineLoad.describe());
    Path dir = Files.createTempDirectory("ui-bench-demo");
    try {
      double[] firstFrame = new double[runs];
      double[] wallOpen = new double[runs];
      double[] wallEmpty = new double[runs];
      for (int i = 0; i < runs; i++) {
        Run open = demo(dir, List.of("--open", cine.toString()));
        JsonNode first = open.json().get("firstFrameMs");
        if (first == null || first.isNull()) {
          throw new IllegalStateException("the demo drew no frame of " + cine + ": " + open.json());
        }
        firstFrame[i] = first.asDouble();
        wallOpen[i] = open.wallMs();
        wallEmpty[i] = demo(dir, List.of()).wallMs();
      }
      Samples first = new Samples(firstFrame);
      Samples withCine = new Samples(wallOpen);
      Samples empty = new Samples(wallEmpty);
      out.printf(
          Locale.ROOT,
          "  first frame on screen, from the process's start: median %.0f ms (runs %s)%n",
          first.median(),
          first.runs());
      out.printf(
          Locale.ROOT,
          "  whole run to the settled capture and exit: with the cine median %.0f ms (runs %s);"
              + " baseline, the empty window: median %.0f ms (runs %s); ratio %.2f%n",
          withCine.median(),
          withCine.runs(),
          empty.median(),
          empty.runs(),
          withCine.median() / empty.median());
      out.printf(
          Locale.ROOT, "  JVM options as the launcher's: %s%n", String.join(" ", childOptions()));
      out.println("  machine after: " + MachineLoad.describe());
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private record Run(double wallMs, JsonNode json) {}

  private static Run demo(Path dir, List<String> open) throws IOException, InterruptedException {
    Path png = dir.resolve("demo.png");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(childOptions());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.cryows.ui.cli.CryoMain");
    command.add("demo");
    command.addAll(open);
    command.add("--screenshot");
    command.add(png.toString());
    Path out = dir.resolve("demo.out");
    Path err = dir.resolve("demo.err");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the demo did not exit within 180 s");
    }
    double wallMs = (System.nanoTime() - start) / 1e6;
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "the demo exited with " + process.exitValue() + ": " + Files.readString(err));
    }
    return new Run(wallMs, JSON.readTree(Files.readString(out).strip()));
  }

  /** The options this JVM was started with that make the child run as {@code ./cryo demo}. */
  private static List<String> childOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(
            a ->
                a.startsWith("--enable-native-access")
                    || a.startsWith("-Djava.library.path")
                    || a.startsWith("-Dcryo.repo.dir")
                    || a.startsWith("-XX:AOTCache")
                    || a.startsWith("-Xlog:aot"))
        .toList();
  }
}
