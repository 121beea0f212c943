package org.cryows.ui.viewer.model;

/** What the primary mouse button does on the image. */
public enum Tool {
  WINDOW("W/L", "Window/level: across for width, down for centre"),
  PAN("Pan", "Pan the image"),
  DISTANCE("Distance", "Distance: press at one end, release at the other"),
  AREA("Area", "Area: click the outline's points, double-click or click the first to close");

  private final String shortLabel;
  private final String label;

  Tool(String shortLabel, String label) {
    this.shortLabel = shortLabel;
    this.label = label;
  }

  public String shortLabel() {
    return shortLabel;
  }

  public String label() {
    return label;
  }
}
