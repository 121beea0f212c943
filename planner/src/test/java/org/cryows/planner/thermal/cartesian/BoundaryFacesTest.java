package org.cryows.planner.thermal.cartesian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cryows.imaging.volume.Vector3;
import org.junit.jupiter.api.Test;

class BoundaryFacesTest {

  private final Vessel vesselAlongX =
      new Vessel(
          new Vector3(-10, 5, 0),
          new Vector3(10, 5, 0),
          3,
          new Vessel.VesselWall.FixedTemperature(37));

  @Test
  void wallDistanceMm_lineTowardTheAxis_endsOnTheRoundWall() {
    // Wall at y = 5 - 1.5 = 3.5 mm: 0.3 mm from a centre at 3.2 mm, on the way to one at 3.7 mm.
    double distance =
        BoundaryFaces.wallDistanceMm(new Vector3(0, 3.2, 0), new Vector3(0, 3.7, 0), vesselAlongX);
    assertEquals(0.3, distance, 1e-9);
  }

  @Test
  void wallDistanceMm_lineOffTheAxis_meetsTheCylinderNotTheFace() {
    // Along y at z = 1 mm: the wall lies where (y - 5)^2 + 1 = 2.25, y = 5 - sqrt(1.25).
    double distance =
        BoundaryFaces.wallDistanceMm(new Vector3(0, 3.5, 1), new Vector3(0, 4.0, 1), vesselAlongX);
    assertEquals(5 - Math.sqrt(1.25) - 3.5, distance, 1e-9);
  }

  @Test
  void wallDistanceMm_wallGrazingTheCentre_keepsATenthOfTheSpacing() {
    double distance =
        BoundaryFaces.wallDistanceMm(
            new Vector3(0, 3.49, 0), new Vector3(0, 3.99, 0), vesselAlongX);
    assertEquals(BoundaryFaces.MIN_WALL_SHARE * 0.5, distance, 1e-9);
  }
}
