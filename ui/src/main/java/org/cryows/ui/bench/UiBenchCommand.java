package org.cryows.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./cryo bench ui}: how fast the window shows a cine and how truly it plays it. Prints
 * figures with their medians, baselines, ratios and the machine's load; asserts nothing.
 */
@Command(
    name = "ui",
    mixinStandardHelpOptions = true,
    description = {
      "Viewer benchmark on the largest multi-frame ultrasound of the shared test data (needs a"
          + " display; ./cryo runs it under Xvfb when there is none).",
      "1. demo --open CINE --screenshot in processes of their own, as the launcher starts them:"
          + " time from the process's start to the first frame on screen (median of --starts"
          + " runs), and the whole run against the empty window's (ratio).",
      "2. Playback in the window for --seconds, twice (right after opening, then with the frames"
          + " cached): frames put on screen per second against the cine's own rate (goal >= 0.98),"
          + " frames dropped, the latest a frame came after its time (goal <= one frame time).",
      "3. In process: open to the first displayable frame, cold and warm (median of --opens runs,"
          + " goal <= 100 ms warm), against imaging alone doing the same work (ratio).",
      "4. 3-D (needs VTK and the display): the bone surface of a 512 x 512 x 100 CT knee (the"
          + " samples' phantom on that grid) drawn off screen at 1280 x 800 and read back, one"
          + " picture per 6 degrees of turn (median and 90th percentile of --pictures, goal <= 50"
          + " ms), against the empty scene (ratio); also bone with the see-through skin.",
      "Output: plain lines on stdout, the load average before and after each part."
    })
public final class UiBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The shared DICOM test data folder (default: ../shared/data/dicom beside the"
              + " repository).")
  Path data;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description = "Length of each playback pass (default: ${DEFAULT-VALUE}).")
  double seconds = 10;

  @Option(
      names = "--starts",
      paramLabel = "N",
      description = "demo processes of each kind (default: ${DEFAULT-VALUE}).")
  int starts = 5;

  @Option(
      names = "--opens",
      paramLabel = "N",
      description = "Warm in-process opens (default: ${DEFAULT-VALUE}).")
  int opens = 15;

  @Option(
      names = "--pictures",
      paramLabel = "N",
      description = "3-D pictures timed per scene (default: ${DEFAULT-VALUE}).")
  int pictures = 60;

  @Option(
      names = "--parts",
      paramLabel = "PART",
      split = ",",
      description =
          "Which parts to run: start, playback, open, 3d (default: all; comma-separated).")
  java.util.List<String> parts = java.util.List.of("start", "playback", "open", "3d");

  @Override
  public Integer call() throws Exception {
    Path folder = data != null ? data : defaultData();
    if (seconds <= 0 || starts < 1 || opens < 1 || pictures < 1) {
      throw new ParameterException(
          spec.commandLine(), "--seconds is positive, --starts, --opens and --pictures at least 1");
    }
    for (String part : parts) {
      if (!java.util.List.of("start", "playback", "open", "3d").contains(part)) {
        throw new ParameterException(
            spec.commandLine(), "--parts are start, playback, open and 3d, not '" + part + "'");
      }
    }
    if (parts.contains("start") || parts.contains("playback") || parts.contains("open")) {
      if (!Files.isDirectory(folder)) {
        throw new ParameterException(
            spec.commandLine(), "no DICOM test data at " + folder + "; give --data DIR");
      }
      Path cine = CineFinder.largestUltrasoundCine(folder);
      System.out.println("ui benchmark: largest multi-frame ultrasound " + cine);
      if (parts.contains("start")) {
        DemoStartBenchmark.run(System.out, cine, starts);
      }
      if (parts.contains("playback")) {
        PlaybackBenchmark.run(System.out, cine, seconds);
      }
      if (parts.contains("open")) {
        FirstFrameBenchmark.run(System.out, cine, opens);
      }
    }
    if (parts.contains("3d")) {
      SceneRenderBenchmark.run(System.out, pictures);
    }
    return 0;
  }

  private static Path defaultData() {
    String repo = System.getProperty("cryo.repo.dir", ".");
    return Path.of(repo).toAbsolutePath().resolveSibling("shared").resolve("data").resolve("dicom");
  }
}
