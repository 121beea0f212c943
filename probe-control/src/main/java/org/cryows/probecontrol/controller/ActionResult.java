package org.cryows.probecontrol.controller;

/** The controller's answer to an operator action: done, or refused with the reason. */
public record ActionResult(boolean accepted, String reason) {

  public ActionResult {
    reason = reason == null ? "" : reason;
    if (!accepted && reason.isBlank()) {
      throw new IllegalArgumentException("a refusal needs a reason");
    }
  }

  public static ActionResult ok() {
    return new ActionResult(true, "");
  }

  public static ActionResult refused(String reason) {
    return new ActionResult(false, reason);
  }
}
