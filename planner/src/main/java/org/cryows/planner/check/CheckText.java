package org.cryows.planner.check;

/** How checks name temperatures as keys and in messages. */
final class CheckText {

  private CheckText() {}

  /** A whole-degree temperature as a JSON key: "0", "-20", "-40". */
  static String degrees(double c) {
    return c == Math.rint(c) ? Long.toString((long) c) : Double.toString(c);
  }
}
