package org.cryows.probecontrol.journal;

import java.io.IOException;
import java.nio.file.Path;

/** A journal failed verification: its header, a frame, the MAC chain or the seal. */
public final class JournalIntegrityException extends IOException {
  private final transient VerificationReport report;

  public JournalIntegrityException(Path path, VerificationReport report) {
    super(
        path
            + ": "
            + report
                .firstBad()
                .map(BadRecord::describe)
                .orElseThrow(() -> new IllegalArgumentException("the report shows no failure")));
    this.report = report;
  }

  public VerificationReport report() {
    return report;
  }

  public BadRecord firstBad() {
    return report.firstBad().orElseThrow();
  }
}
