package org.cryows.ui.fx;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Turns view-model change notifications, from any thread and at any rate, into at most one redraw
 * per JavaFX pulse on the JavaFX thread. The redraw reads the view-model's latest snapshot, so
 * notifications that come together cost one redraw.
 */
public final class FxRefresh implements Runnable {
  private final AtomicBoolean pending = new AtomicBoolean();
  private final Runnable redraw;

  public FxRefresh(Runnable redraw) {
    this.redraw = redraw;
  }

  @Override
  public void run() {
    if (pending.compareAndSet(false, true)) {
      Platform.runLater(
          () -> {
            pending.set(false);
            redraw.run();
          });
    }
  }
}
