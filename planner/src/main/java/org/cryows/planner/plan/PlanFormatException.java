package org.cryows.planner.plan;

/**
 * A plan file the workstation will not read: not JSON, a schema it does not know, a field missing,
 * unknown or wrong. The message starts with the field's path ({@code targets[0].probes[1].tipMm})
 * and says why.
 */
public final class PlanFormatException extends IllegalArgumentException {

  private final String field;

  public PlanFormatException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  public PlanFormatException(String field, String problem, Throwable cause) {
    super(field + ": " + problem, cause);
    this.field = field;
  }

  /** The path of the field at fault, {@code (file)} for the file as a whole. */
  public String field() {
    return field;
  }
}
