package org.cryows.probecontrol.session;

/** A scenario file that cannot be run; {@link #field()} names the offending field. */
public final class ScenarioException extends IllegalArgumentException {
  private final String field;

  public ScenarioException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  public ScenarioException(String field, String problem, Throwable cause) {
    super(field + ": " + problem, cause);
    this.field = field;
  }

  /** The path of the bad field, for example {@code operator[2].atSec}. */
  public String field() {
    return field;
  }
}
