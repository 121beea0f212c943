package org.cryows.probecontrol.simulator;

/** A fault schedule that cannot be read; {@link #field()} names the offending field. */
public final class FaultScheduleException extends IllegalArgumentException {
  private final String field;

  FaultScheduleException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  FaultScheduleException(String field, String problem, Throwable cause) {
    super(field + ": " + problem, cause);
    this.field = field;
  }

  /** The path of the bad field, for example {@code faults[2].durationSec}. */
  public String field() {
    return field;
  }
}
