package org.cryows.ui.model;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who wants to hear that a view-model changed. A listener is told only that something changed, on
 * whichever thread changed it; it reads the view-model's current snapshot when it gets round to it,
 * so a late notification never shows an old state.
 */
public final class ChangeListeners {
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public void add(Runnable listener) {
    listeners.add(listener);
  }

  public void remove(Runnable listener) {
    listeners.remove(listener);
  }

  public void fire() {
    for (Runnable listener : listeners) {
      listener.run();
    }
  }
}
