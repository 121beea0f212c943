package org.cryows.probecontrol.journal;

import java.util.Optional;

/**
 * The outcome of checking a journal's frames and HMAC chain from the start.
 *
 * @param header the header, when it could be read
 * @param recordCount records that verified, before the first bad one if any
 * @param sealed the journal ends with the seal a clean close writes; an unsealed journal was not
 *     closed (a crash), or lost its end
 * @param tornTailBytes bytes after the last intact frame that hold no intact frame: an interrupted
 *     write, cut on recovery
 * @param firstBad the first record (or the header) that failed, if any
 */
public record VerificationReport(
    Optional<JournalHeader> header,
    long recordCount,
    boolean sealed,
    long tornTailBytes,
    Optional<BadRecord> firstBad) {

  public VerificationReport {
    if (header == null || firstBad == null) {
      throw new IllegalArgumentException("header and firstBad must not be null (use empty)");
    }
    if (recordCount < 0 || tornTailBytes < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** Every frame verified: header, chain and seal (if any); a torn tail does not count. */
  public boolean intact() {
    return firstBad.isEmpty();
  }
}
