package org.cryows.ui.scene.model;

import java.util.Objects;
import org.cryows.imaging.volume.Vector3;

/**
 * A point shown as a small ball (the planes' crosshair, a target).
 *
 * @param label what it marks, for the legend ("Crosshair of the planes")
 */
public record SceneMarker(
    String label, Vector3 point_Patient, double diameterMm, SceneColour colour) {
  public SceneMarker {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(point_Patient, "point_Patient");
    Objects.requireNonNull(colour, "colour");
    if (!(diameterMm > 0)) {
      throw new IllegalArgumentException("a marker has a positive size");
    }
  }
}
