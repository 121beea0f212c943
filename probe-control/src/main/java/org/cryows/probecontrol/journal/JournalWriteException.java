package org.cryows.probecontrol.journal;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writing or syncing the journal failed. Unchecked because it can surface from any append; it is
 * never swallowed: the writer logs it once, tells its {@link SyncListener}, and every later append
 * throws it again.
 */
public final class JournalWriteException extends UncheckedIOException {
  public JournalWriteException(String message, IOException cause) {
    super(message, cause);
  }
}
