package org.cryows.ui.scene.model;

import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.cartesian.Vessel;

/** A vessel as a tube along its centre line in the patient, red-brown. */
public record VesselTube(String name, List<Vector3> centreline_Patient, double diameterMm) {

  public VesselTube {
    centreline_Patient = List.copyOf(centreline_Patient);
    if (centreline_Patient.size() < 2) {
      throw new IllegalArgumentException("a vessel has two centre-line points or more");
    }
    if (!(diameterMm > 0)) {
      throw new IllegalArgumentException("a vessel has a positive diameter");
    }
  }

  /** The planner's straight vessel. */
  public static VesselTube of(String name, Vessel vessel) {
    return new VesselTube(name, List.of(vessel.startMm(), vessel.endMm()), vessel.diameterMm());
  }
}
