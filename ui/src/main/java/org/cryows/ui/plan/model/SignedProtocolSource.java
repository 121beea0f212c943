package org.cryows.ui.plan.model;

import java.util.Optional;
import org.cryows.ui.model.ChangeListeners;

/**
 * Where the Console finds the protocol the Plan workspace handed over: the latest signed plan's
 * protocols, verified intact when they were handed over. The composition root gives the same source
 * to both workspaces.
 */
public final class SignedProtocolSource {
  private final ChangeListeners listeners = new ChangeListeners();
  private HandedOverProtocol latest;

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public synchronized Optional<HandedOverProtocol> latest() {
    return Optional.ofNullable(latest);
  }

  void handOver(HandedOverProtocol protocol) {
    synchronized (this) {
      latest = protocol;
    }
    listeners.fire();
  }
}
