package org.cryows.planner.thermal;

/** A run stopped on request before it finished: there is no result, and nothing went wrong. */
public final class RunCancelledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RunCancelledException(String message) {
    super(message);
  }
}
