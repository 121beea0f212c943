package org.cryows.ui.console.model;

/**
 * The console link as the window reports it. No console workspace exists yet, so there is no link:
 * the state says so rather than pretending to a simulated connection.
 */
public record ConsoleStatus(boolean connected, String state) {

  public static ConsoleStatus notAvailable() {
    return new ConsoleStatus(false, "not available");
  }

  /** The status bar's text. */
  public String describe() {
    return connected ? "Console: " + state : "Console: " + state + " (no console workspace yet)";
  }
}
