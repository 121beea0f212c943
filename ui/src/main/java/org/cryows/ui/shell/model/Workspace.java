package org.cryows.ui.shell.model;

import java.util.Locale;
import java.util.Optional;

/** The workstation's workspaces, one per role, and whether each exists yet. */
public enum Workspace {
  PLAN("Plan", "Radiologist: open images, view and measure them.", ""),
  CONSOLE(
      "Console",
      "Nurse: self-test, freeze and thaw cycles, live tip temperature and gas pressure, alarms.",
      "The Console workspace is not available yet. Connecting to a console (real or simulated),"
          + " self-test, freeze cycles and alarms come with it; nothing on this tab is live."),
  REPLAY(
      "Replay",
      "Trainer: replay a recorded case on a timeline and run training scenarios.",
      "The Replay workspace is not available yet. Replaying a recorded console session and"
          + " training scenarios come with it; nothing on this tab plays.");

  private final String title;
  private final String purpose;
  private final String notAvailable;

  Workspace(String title, String purpose, String notAvailable) {
    this.title = title;
    this.purpose = purpose;
    this.notAvailable = notAvailable;
  }

  public String title() {
    return title;
  }

  public String purpose() {
    return purpose;
  }

  /** Why the workspace cannot be used yet; empty when it can. */
  public String notAvailable() {
    return notAvailable;
  }

  public boolean available() {
    return notAvailable.isEmpty();
  }

  /** The command-line name: plan, console, replay. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Workspace> byId(String id) {
    for (Workspace w : values()) {
      if (w.id().equalsIgnoreCase(id)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }
}
