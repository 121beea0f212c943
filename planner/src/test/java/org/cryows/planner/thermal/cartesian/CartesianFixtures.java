package org.cryows.planner.thermal.cartesian;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.CoolingProvenance;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.treatment.ActiveThaw;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.Gas;

/** Probes and problems the 3-D tests share. */
final class CartesianFixtures {

  static final double SPACING_MM = 0.5;

  private CartesianFixtures() {}

  /** A 2 mm probe with a 10 mm active segment extracting a fixed W/m from the first second. */
  static ProbeModel probe(double wattsPerM) {
    return new ProbeModel(
        "test-2mm-" + wattsPerM,
        "2 mm test probe",
        OptionalInt.empty(),
        2.0,
        10,
        Gas.N2O,
        new ProbeCooling.LineHeatExtraction(wattsPerM, 0, 1000),
        new CoolingProvenance.Estimated("test probe"));
  }

  /** Generic tissue in a 40 mm cube centred on the origin. */
  static TissueLabelVolume genericCube() {
    return TissueLabelVolume.homogeneous(
        new Vector3(-20, -20, -20), new Vector3(20, 20, 20), "generic");
  }

  /** One probe along +z, its active segment centred on the origin. */
  static ProbePlacement centredProbe(ProbeModel probe) {
    return new ProbePlacement(probe, new Vector3(0, 0, -5), new Vector3(0, 0, 1), 1000);
  }

  static CartesianProblem singleProbe(
      ProbeModel probe,
      boolean bioheat,
      List<FreezeCycle> cycles,
      List<Vessel> vessels,
      List<Double> outputTimesSec,
      List<NerveTrack> tracks) {
    return singleProbe(probe, bioheat, cycles, Optional.empty(), vessels, outputTimesSec, tracks);
  }

  static CartesianProblem singleProbe(
      ProbeModel probe,
      boolean bioheat,
      List<FreezeCycle> cycles,
      Optional<ActiveThaw> activeThaw,
      List<Vessel> vessels,
      List<Double> outputTimesSec,
      List<NerveTrack> tracks) {
    return new CartesianProblem(
        genericCube(),
        false,
        bioheat,
        List.of(centredProbe(probe)),
        cycles,
        activeThaw,
        vessels,
        List.of(),
        37,
        37,
        SPACING_MM,
        CartesianProblem.defaultTimeStepSec(SPACING_MM),
        outputTimesSec,
        List.of(0.0, -20.0),
        tracks);
  }
}
