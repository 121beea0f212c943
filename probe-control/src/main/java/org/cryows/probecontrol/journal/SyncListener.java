package org.cryows.probecontrol.journal;

/**
 * Hears how the journal's records reach the disk. Called on the journal's sync thread (or on the
 * appending thread when a write fails there); keep the work short and do not call back into the
 * writer.
 */
public interface SyncListener {
  /** Records {@code [0, durableCount)} are on stable storage. */
  default void synced(long durableCount) {}

  /**
   * Writing or syncing failed. The writer is now failed for good: every later append throws this
   * exception. The caller should bring the treatment to its safe state.
   */
  void syncFailed(JournalWriteException failure);

  /** A listener that only relies on the writer's own log (for tests and tools). */
  SyncListener LOG_ONLY = failure -> {};
}
