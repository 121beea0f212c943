package org.cryows.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the JavaFX toolkit, opens the workstation window and waits until it closes. */
public final class WorkstationLauncher {
  private static final Logger log = LoggerFactory.getLogger(WorkstationLauncher.class);

  /** Frames rendered before a screenshot is taken, so layout and CSS have settled. */
  private static final int FRAMES_BEFORE_SCREENSHOT = 10;

  /** What the launch was asked for; {@code screenshot} may be null. */
  public record Options(Path screenshot) {}

  private WorkstationLauncher() {}

  /** Runs the window; returns the process exit code. */
  public static int run(Options options) {
    var closed = new CountDownLatch(1);
    var exitCode = new AtomicInteger(0);
    try {
      Platform.startup(() -> open(options, closed, exitCode));
    } catch (RuntimeException e) {
      // JavaFX reports a missing display as an unchecked exception from startup.
      log.error("cannot open the workstation window: {}", e.getMessage());
      return 1;
    }
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
    Platform.exit();
    return exitCode.get();
  }

  private static void open(Options options, CountDownLatch closed, AtomicInteger exitCode) {
    Stage stage = new Stage();
    stage.setTitle("Cryoneurolysis workstation");
    stage.setScene(new WorkstationWindow().scene());
    stage.setOnHidden(e -> closed.countDown());
    stage.show();
    if (options.screenshot() != null) {
      takeScreenshotAfterRender(stage, options.screenshot(), exitCode);
    }
  }

  private static void takeScreenshotAfterRender(Stage stage, Path file, AtomicInteger exitCode) {
    new AnimationTimer() {
      private int frames;

      @Override
      public void handle(long now) {
        if (++frames < FRAMES_BEFORE_SCREENSHOT) {
          return;
        }
        stop();
        try {
          SceneSnapshots.writePng(stage.getScene(), file);
          log.info("screenshot written to {}", file.toAbsolutePath());
        } catch (IOException e) {
          log.error("cannot write the screenshot {}: {}", file, e.getMessage());
          exitCode.set(1);
        }
        stage.hide();
      }
    }.start();
  }
}
