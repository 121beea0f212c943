package org.cryows.ui.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.cryows.ui.app.Workstation;
import org.cryows.ui.model.MonotonicClock;
import org.cryows.ui.viewer.model.CineStatus;
import org.cryows.ui.viewer.model.ViewerSnapshot;

/**
 * A cine played in the real window for a while: frames put on screen per second against the cine's
 * own rate (its baseline), frames dropped, and the latest a frame came after its due time against
 * one frame time. Twice: right after opening (frames decoded as they are needed) and again (frames
 * cached).
 */
final class PlaybackBenchmark {
  static final double GOAL_RATIO = 0.98;

  private PlaybackBenchmark() {}

  static void run(PrintStream out, Path cine, double seconds) throws Exception {
    out.println("playback in the window (" + cine.getFileName() + ", " + seconds + " s a pass)");
    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get(60, TimeUnit.SECONDS);
    Workstation workstation = new Workstation(MonotonicClock.system());
    try {
      Stage stage =
          onFx(
              () -> {
                Stage s = new Stage();
                workstation.showIn(s);
                return s;
              });
      workstation.open(List.of(cine));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!onFx(workstation::settled)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the window did not settle on " + cine);
        }
        Thread.sleep(20);
      }
      ViewerSnapshot opened = workstation.viewer().snapshot();
      CineStatus cineStatus = opened.cine();
      if (!cineStatus.playable()) {
        throw new IllegalStateException(
            cine + " cannot be played: " + cineStatus.unavailableReason());
      }
      double rate = cineStatus.framesPerSecond();
      double frameTimeMs = 1000 / rate;
      out.printf(
          Locale.ROOT,
          "  cine: %d frames of %d x %d, %s: %.3f frames/s (the baseline)%n",
          opened.frames(),
          opened.displayed().columns(),
          opened.displayed().rows(),
          cineStatus.timing(),
          rate);
      for (String pass : List.of("first pass, right after opening", "second pass, frames cached")) {
        out.println("  machine before: " + MachineLoad.describe());
        long drawnBefore = onFx(() -> workstation.viewerView().framesDrawn());
        long start = System.nanoTime();
        onFx(
            () -> {
              workstation.viewer().play();
              return null;
            });
        Thread.sleep(Math.round(seconds * 1000));
        long drawnAfter = onFx(() -> workstation.viewerView().framesDrawn());
        double elapsed = (System.nanoTime() - start) / 1e9;
        CineStatus status = workstation.viewer().snapshot().cine();
        onFx(
            () -> {
              workstation.viewer().pause();
              return null;
            });
        double shownPerSecond = (drawnAfter - drawnBefore) / elapsed;
        double ratio = shownPerSecond / rate;
        boolean lateOk = status.maxLatenessMs() <= frameTimeMs;
        out.printf(
            Locale.ROOT,
            "  %s: %d frames on screen in %.2f s = %.2f frames/s, ratio to the cine's rate %.3f"
                + " (goal >= %.2f: %s); dropped %d; latest frame %.1f ms after its time (goal <="
                + " one frame time, %.1f ms: %s)%n",
            pass,
            drawnAfter - drawnBefore,
            elapsed,
            shownPerSecond,
            ratio,
            GOAL_RATIO,
            ratio >= GOAL_RATIO ? "met" : "NOT met",
            status.droppedFrames(),
            status.maxLatenessMs(),
            frameTimeMs,
            lateOk ? "met" : "NOT met");
      }
      out.println("  machine after: " + MachineLoad.describe());
      onFx(
          () -> {
            stage.hide();
            return null;
          });
    } finally {
      workstation.close();
      Platform.exit();
    }
  }

  private static <T> T onFx(Callable<T> action) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(action.call());
          } catch (Exception | Error e) {
            result.completeExceptionally(e);
          }
        });
    return result.get(30, TimeUnit.SECONDS);
  }
}
