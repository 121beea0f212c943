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
      "5. plan (no display needed): the Plan workspace's ice ball on the knee sample's signed"
          + " plan: a scripted 2-second drag of the probe's tip, each contour update's latency"
          + " from the pointer event it answers (p50, p95, goal p95 <= 200 ms) and updates a"
          + " second (goal >= 5) against the service alone on the same quick request; the time"
          + " from a release to the first contours (the quick answer; goal 200 ms) and to the"
          + " final answer; then two probes with the artery and the femur: the time to the"
          + " refined 3-D answer (median of --refined runs) against the planner's prediction"
          + " alone. The same on the samples' CT knee phantom, two probes around the SMGN with its"
          + " artery: release to the first contours (each probe alone, cut by the three planes)"
          + " against the service alone, and to the refined 3-D answer against the planner"
          + " alone.",
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
      names = "--refined",
      paramLabel = "N",
      description = "Runs of the two-probe refined answer (default: ${DEFAULT-VALUE}).")
  int refined = 3;

  @Option(
      names = "--parts",
      paramLabel = "PART",
      split = ",",
      description =
          "Which parts to run: start, playback, open, 3d, plan (default: all; comma-separated).")
  java.util.List<String> parts = java.util.List.of("start", "playback", "open", "3d", "plan");

  @Override
  public Integer call() throws Exception {
    Path folder = data != null ? data : defaultData();
    if (seconds <= 0 || starts < 1 || opens < 1 || pictures < 1) {
      throw new ParameterException(
          spec.commandLine(), "--seconds is positive, --starts, --opens and --pictures at least 1");
    }
    for (String part : parts) {
      if (!java.util.List.of("start", "playback", "open", "3d", "plan").contains(part)) {
        throw new ParameterException(
            spec.commandLine(),
            "--parts are start, playback, open, 3d and plan, not '" + part + "'");
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
    if (parts.contains("plan")) {
      if (refined < 1) {
        throw new ParameterException(spec.commandLine(), "--refined is at least 1");
      }
      PlanBenchmark.run(System.out, refined);
    }
    return 0;
  }

  private static Path defaultData() {
    String repo = System.getProperty("cryo.repo.dir", ".");
    return Path.of(repo).toAbsolutePath().resolveSibling("shared").resolve("data").resolve("dicom");
  }
}
