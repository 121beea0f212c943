package org.cryows.ui.plan.model;

/** What the primary button does on the image in the Plan workspace. */
public enum PlanTool {
  /** The viewer's own tools (window, pan, measure): nothing of the plan moves. */
  VIEW("View", "The viewer's tools: window/level, pan, measure"),
  MOVE("Move", "Drag a probe's tip or entry, the nerve or a vessel"),
  NERVE(
      "Nerve",
      "Click the nerve's points, double-click to end; one point: the nerve crosses the view"),
  VESSEL("Vessel", "Press at a vessel's centre, drag to its wall"),
  SKIN("Skin", "Drag along the skin line"),
  BONE("Bone", "Drag along the bone surface"),
  PROBE("Probe", "Press at the tip, drag to the entry point on the skin");

  private final String label;
  private final String help;

  PlanTool(String label, String help) {
    this.label = label;
    this.help = help;
  }

  public String label() {
    return label;
  }

  public String help() {
    return help;
  }
}
