package org.cryows.probecontrol.journal;

import java.io.IOException;

/** Where the journal's key comes from: the installation's key file, or a key given in a test. */
@FunctionalInterface
public interface JournalKeyProvider {
  JournalKey journalKey() throws IOException;

  /** A provider of a key already in hand. */
  static JournalKeyProvider of(JournalKey key) {
    if (key == null) {
      throw new IllegalArgumentException("key is required");
    }
    return () -> key;
  }
}
