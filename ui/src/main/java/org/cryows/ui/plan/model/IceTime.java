package org.cryows.ui.plan.model;

import org.cryows.ui.model.ChangeListeners;

/**
 * The time through the protocol at which the views show the ice ball (the Plan panel's slider): the
 * image's or planes' isotherms and the 3-D view's surfaces all follow it. NaN until the slider sets
 * it: the views then show the end of the last freeze.
 */
public final class IceTime {
  private final ChangeListeners listeners = new ChangeListeners();
  private double sec = Double.NaN;

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public void set(double newSec) {
    synchronized (this) {
      if (Double.compare(sec, newSec) == 0) {
        return;
      }
      sec = newSec;
    }
    listeners.fire();
  }

  /** Seconds from the start of the first freeze, or NaN before the slider sets it. */
  public synchronized double sec() {
    return sec;
  }

  /** The time set, or the end of the last freeze of the answer's plan when none is set. */
  public double orDefault(LivePredictionSnapshot live) {
    double set = sec();
    if (!Double.isNaN(set) || live.answeredPlan() == null) {
      return Double.isNaN(set) ? 0 : set;
    }
    return IceDisplay.largestIceSec(live.answeredPlan().targets().getFirst().protocol());
  }
}
