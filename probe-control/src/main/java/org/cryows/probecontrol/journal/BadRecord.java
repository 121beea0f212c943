package org.cryows.probecontrol.journal;

import java.util.OptionalLong;

/**
 * The first place where a journal fails verification.
 *
 * @param index the record's position from 0; {@link #HEADER} for the file header
 * @param tMs the record's session time as stored, when it could be read (it is not trustworthy: the
 *     record failed its check)
 * @param offset byte offset of the frame (or header) in the file
 * @param reason what is wrong, for a person
 */
public record BadRecord(long index, OptionalLong tMs, long offset, String reason) {
  public static final long HEADER = -1;

  public BadRecord {
    if (index < HEADER || offset < 0) {
      throw new IllegalArgumentException("index " + index + " or offset " + offset + " invalid");
    }
    if (tMs == null || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("tMs (possibly empty) and a reason are required");
    }
  }

  static BadRecord header(String reason) {
    return new BadRecord(HEADER, OptionalLong.empty(), 0, reason);
  }

  public boolean isHeader() {
    return index == HEADER;
  }

  /** One line for a person: where and why. */
  public String describe() {
    String where =
        isHeader()
            ? "the journal header"
            : "record "
                + index
                + tMs.stream().mapToObj(t -> " (tMs " + t + ")").findFirst().orElse("")
                + " at byte "
                + offset;
    return where + ": " + reason;
  }
}
