package org.cryows.planner.prediction;

import java.util.List;
import java.util.OptionalDouble;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/** Requests the prediction tests share. */
final class PredictionFixtures {

  private PredictionFixtures() {}

  /** A 14G CO2 console probe along +z, its tip at the origin. */
  static PlacedProbe co2ProbeAtOrigin() {
    return new PlacedProbe(
        ProbeCatalog.byId("console-14g-co2"), new Vector3(0, 0, 0), new Vector3(0, 0, 1));
  }

  /** One freeze of that length, CO2 held at that setpoint. */
  static FreezeProtocol co2Freeze(double setpointC, double freezeSec) {
    return new FreezeProtocol(Gas.CO2, setpointC, List.of(new FreezeCycle(freezeSec, 0)));
  }

  static PredictionRequest oneProbe(
      long id, PlacedProbe probe, List<Structure> structures, FreezeProtocol protocol) {
    return new PredictionRequest(
        id,
        List.of(probe),
        new TissueMap.Homogeneous("generic"),
        structures,
        protocol,
        Outputs.defaults(),
        ModelOptions.defaults());
  }

  /** A vessel along x at a height above the tip and a distance from the probe axis along y. */
  static Structure.LargeVessel vesselAt(double yMm, double zMm) {
    return new Structure.LargeVessel(
        new org.cryows.planner.thermal.cartesian.Vessel(
            new Vector3(-20, yMm, zMm),
            new Vector3(20, yMm, zMm),
            3,
            new org.cryows.planner.thermal.cartesian.Vessel.VesselWall.FixedTemperature(37)));
  }

  static Structure.Skin skinAbove(double zMm) {
    return new Structure.Skin(
        new Vector3(0, 0, zMm), new Vector3(0, 0, 1), 10, 22, OptionalDouble.empty());
  }
}
