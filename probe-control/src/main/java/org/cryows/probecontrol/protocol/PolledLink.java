package org.cryows.probecontrol.protocol;

/** One end of the link, driven by repeated calls to {@link #poll}; see {@link LinkPump}. */
public interface PolledLink {
  /**
   * Reads what has arrived (waiting up to {@code waitMs} for it), acts on it, then resends, gives
   * up and sends heartbeats as the clock requires.
   *
   * @return bytes read, or -1 when the port failed (the caller may back off before polling again)
   */
  int poll(int waitMs);
}
