package org.cryows.ui.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.cryows.ui.fx.SceneSnapshots;
import org.cryows.ui.model.MonotonicClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the JavaFX toolkit, opens the workstation window and waits until it closes. */
public final class WorkstationLauncher {
  private static final Logger log = LoggerFactory.getLogger(WorkstationLauncher.class);

  /** How long a screenshot waits for the window to settle before it is taken anyway. */
  static final long SETTLE_TIMEOUT_NANOS = 120_000_000_000L;

  /** Settled pulses in a row before the capture: the last change has been laid out and drawn. */
  static final int SETTLED_PULSES = 2;

  private WorkstationLauncher() {}

  /** Runs the window; returns the process exit code. */
  public static int run(DemoOptions options) {
    var closed = new CountDownLatch(1);
    var exitCode = new AtomicInteger(0);
    var workstation = new AtomicReference<Workstation>();
    try {
      Platform.startup(
          () -> {
            try {
              workstation.set(open(options, closed, exitCode));
            } catch (RuntimeException e) {
              // Without this the window never opens and the process waits for it forever.
              log.error("cannot open the workstation window", e);
              exitCode.set(1);
              closed.countDown();
            }
          });
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
    if (workstation.get() != null) {
      workstation.get().close();
    }
    Platform.exit();
    return exitCode.get();
  }

  private static Workstation open(
      DemoOptions options, CountDownLatch closed, AtomicInteger exitCode) {
    Stage stage = new Stage();
    Workstation workstation = new Workstation(MonotonicClock.system());
    stage.setOnHidden(e -> closed.countDown());
    workstation.showIn(stage);
    workstation.shell().selectWorkspace(options.workspace());
    if (options.open().isEmpty()) {
      workstation.showNoCase();
    } else {
      workstation.open(options.open());
    }
    if (options.screenshot() != null) {
      captureWhenSettled(stage, workstation, options.screenshot(), exitCode);
    }
    return workstation;
  }

  private static void captureWhenSettled(
      Stage stage, Workstation workstation, Path file, AtomicInteger exitCode) {
    long started = System.nanoTime();
    new AnimationTimer() {
      private int settledPulses;

      @Override
      public void handle(long now) {
        boolean settled = workstation.settled();
        settledPulses = settled ? settledPulses + 1 : 0;
        boolean timedOut = now - started > SETTLE_TIMEOUT_NANOS;
        if (settledPulses < SETTLED_PULSES && !timedOut) {
          return;
        }
        stop();
        if (!settled) {
          log.error(
              "the window did not settle within {} s; capturing it as it is",
              SETTLE_TIMEOUT_NANOS / 1_000_000_000L);
          exitCode.set(1);
        }
        try {
          SceneSnapshots.writePng(stage.getScene(), file);
          log.info("screenshot written to {}", file.toAbsolutePath());
          System.out.println(
              DemoReport.describe(workstation, file, settled, firstFrameMs(workstation)));
          System.out.flush();
        } catch (IOException e) {
          log.error("cannot write the screenshot {}: {}", file, e.getMessage());
          exitCode.set(1);
        }
        stage.hide();
      }
    }.start();
  }

  /**
   * Milliseconds from the process's start (the JVM's when the system does not say) to the first
   * image frame drawn, null when none was.
   */
  static Double firstFrameMs(Workstation workstation) {
    long drawn = workstation.viewerView().firstFrameNanos();
    if (drawn == 0) {
      return null;
    }
    double drawnWallMs = System.currentTimeMillis() - (System.nanoTime() - drawn) / 1e6;
    long startMs =
        ProcessHandle.current()
            .info()
            .startInstant()
            .map(java.time.Instant::toEpochMilli)
            .orElse(ManagementFactory.getRuntimeMXBean().getStartTime());
    return drawnWallMs - startMs;
  }
}
