package org.cryows.ui.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.pixels.DisplayConverter;
import org.cryows.imaging.source.DicomLoader;
import org.cryows.ui.app.Workstation;
import org.cryows.ui.model.MonotonicClock;

/**
 * In process, without a window: from asking the workstation to open a file to its first frame ready
 * for the screen (loaded, opened, decoded, rendered), through the same view-models and threads as
 * the window. Baseline, run side by side: imaging alone doing the same work on the calling thread
 * (load the file's tree, decode frame 1, convert it for display).
 */
final class FirstFrameBenchmark {
  static final double GOAL_MS = 100;
  private static final int WARM_UP = 3;

  private FirstFrameBenchmark() {}

  static void run(PrintStream out, Path file, int runs) throws Exception {
    out.println("open to first displayable frame, in process (" + file.getFileName() + ")");
    out.println("  machine before: " + MachineLoad.describe());
    double coldUi = workstationMs(file);
    double coldEngine = engineMs(file);
    for (int i = 0; i < WARM_UP; i++) {
      workstationMs(file);
      engineMs(file);
    }
    double[] ui = new double[runs];
    double[] engine = new double[runs];
    for (int i = 0; i < runs; i++) {
      ui[i] = workstationMs(file);
      engine[i] = engineMs(file);
    }
    Samples uiSamples = new Samples(ui);
    Samples engineSamples = new Samples(engine);
    out.printf(
        Locale.ROOT,
        "  cold (first in this JVM): workstation %.1f ms, imaging alone %.1f ms%n",
        coldUi,
        coldEngine);
    out.printf(
        Locale.ROOT,
        "  warm, %d runs each after %d warm-up: workstation median %.1f ms (runs %s)%n",
        runs,
        WARM_UP,
        uiSamples.median(),
        uiSamples.runs());
    out.printf(
        Locale.ROOT,
        "  baseline, imaging alone on one thread: median %.1f ms (runs %s)%n",
        engineSamples.median(),
        engineSamples.runs());
    out.printf(
        Locale.ROOT,
        "  ratio workstation / imaging alone: %.2f; goal workstation <= %.0f ms warm: %s%n",
        uiSamples.median() / engineSamples.median(),
        GOAL_MS,
        uiSamples.median() <= GOAL_MS ? "met" : "NOT met");
    out.println("  machine after: " + MachineLoad.describe());
  }

  /** A fresh workstation (empty caches) from open() to its first frame rendered. */
  private static double workstationMs(Path file) throws Exception {
    try (Workstation workstation = new Workstation(MonotonicClock.system())) {
      CountDownLatch shown = new CountDownLatch(1);
      workstation
          .viewer()
          .addListener(
              () -> {
                if (workstation.viewer().snapshot().displayed() != null) {
                  shown.countDown();
                }
              });
      long start = System.nanoTime();
      workstation.open(List.of(file));
      if (!shown.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("no frame of " + file + " within 60 s");
      }
      return (System.nanoTime() - start) / 1e6;
    }
  }

  private static double engineMs(Path file) throws Exception {
    long start = System.nanoTime();
    DicomImage image =
        new DicomLoader().load(file).instances().findFirst().orElseThrow().image().orElseThrow();
    DisplayConverter.render(image.frames().frame(0), image.description());
    return (System.nanoTime() - start) / 1e6;
  }
}
