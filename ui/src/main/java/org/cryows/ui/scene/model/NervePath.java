package org.cryows.ui.scene.model;

import java.util.List;
import org.cryows.imaging.volume.Vector3;

/** A nerve's course as marked: a polyline in the patient, drawn as a thin green tube. */
public record NervePath(String name, List<Vector3> points_Patient, double diameterMm) {

  public NervePath {
    points_Patient = List.copyOf(points_Patient);
    if (points_Patient.size() < 2) {
      throw new IllegalArgumentException("a nerve path has two points or more");
    }
    if (!(diameterMm > 0)) {
      throw new IllegalArgumentException("a nerve has a positive diameter");
    }
  }
}
