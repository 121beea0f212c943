package org.cryows.planner.thermal.cartesian;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProblemChecks;
import org.cryows.planner.thermal.TissueProperties;
import org.cryows.treatment.ActiveThaw;
import org.cryows.treatment.FreezeCycle;

/**
 * A 3-D treatment to predict: the tissue box with its labels, the probes and the protocol they run,
 * vessels and skin, and what to report. Everything is checked here, before any computation; a
 * mistake is refused with a message that names the field and says why.
 *
 * @param sharpFront isothermal freezing at 0 C instead of the tissue's mushy zone
 * @param bioheat blood perfusion and metabolic heat on (off: pure conduction)
 * @param cycles the protocol's freeze-thaw cycles, run by every probe at once: each freeze by the
 *     probe's cooling law (its ramp restarts with every freeze), each passive thaw with the gas off
 * @param activeThaw how the active thaws heat, if the cycles have any: a heat input, or a warm wall
 * @param initialTemperatureC tissue temperature at the start, also held at far-field faces
 * @param finestSpacingMm cell size around the probes and where the ice grows
 * @param timeStepSec the implicit time step (shorter steps open each phase and land on outputs)
 * @param outputTimesSec when to keep the temperature field and measure the ice, from the start of
 *     the first phase, increasing
 */
public record CartesianProblem(
    TissueLabelVolume labels,
    boolean sharpFront,
    boolean bioheat,
    List<ProbePlacement> probes,
    List<FreezeCycle> cycles,
    Optional<ActiveThaw> activeThaw,
    List<Vessel> vessels,
    List<SkinSurface> skin,
    double initialTemperatureC,
    double arterialTemperatureC,
    double finestSpacingMm,
    double timeStepSec,
    List<Double> outputTimesSec,
    List<Double> isothermsC,
    List<NerveTrack> nerveTracks) {

  /** The coarsest finest spacing accepted: the ice edge needs sub-millimetre cells. */
  public static final double COARSEST_SPACING_MM = 1.0;

  /** The longest time step accepted. */
  public static final double LONGEST_TIME_STEP_SEC = 10;

  /**
   * Default time step per millimetre of finest spacing: 8 s at 0.5 mm. Halving the spacing halves
   * the step, so the time and space errors shrink together. With conductances at the predicted
   * state the benchmark at 0.5 mm and 8 s meets its accuracy rule against 0.25 mm and 4 s, and the
   * single-probe check against the axisymmetric solver holds (planner/docs/cartesian.md); 10 s put
   * that check's 0 C length 0.525 mm beyond the axisymmetric one, past its one cell. With
   * conductances at the step's start 6 s was the longest step that held it.
   */
  public static final double DEFAULT_STEP_SEC_PER_MM = 16;

  /** Cells the active segment must keep from every face of the box. */
  static final int PROBE_MARGIN_CELLS = 4;

  /**
   * Cells kept beyond a probe's radius: its own cells reach up to a cell's half-diagonal past its
   * wall, and the wall's links reach the cells beyond them.
   */
  static final int WALL_MARGIN_CELLS = 2;

  public CartesianProblem {
    Objects.requireNonNull(labels, "labels");
    probes = List.copyOf(probes);
    cycles = List.copyOf(cycles);
    Objects.requireNonNull(activeThaw, "activeThaw");
    vessels = List.copyOf(vessels);
    skin = List.copyOf(skin);
    outputTimesSec = List.copyOf(outputTimesSec);
    isothermsC = List.copyOf(isothermsC);
    nerveTracks = List.copyOf(nerveTracks);
    if (probes.isEmpty()) {
      throw new InvalidThermalInputException("at least one probe is needed");
    }
    for (ProbePlacement placement : probes) {
      if (placement.probe().cooling() instanceof ProbeCooling.RegulatedTip) {
        throw new InvalidThermalInputException(
            "probe "
                + placement.probe().id()
                + ": its regulated tip must be resolved for the protocol and the console first");
      }
    }
    if (cycles.isEmpty()) {
      throw new InvalidThermalInputException("at least one freeze is needed");
    }
    if (activeThaw.isEmpty() && cycles.stream().anyMatch(c -> c.activeThawSec() > 0)) {
      throw new InvalidThermalInputException(
          "an active thaw needs its heat input (W per metre of active length)");
    }
    ProblemChecks.requireTemperature("initial temperature", initialTemperatureC);
    ProblemChecks.requireTemperature("arterial temperature", arterialTemperatureC);
    ProblemChecks.requireIsotherms(isothermsC);
    if (isothermsC.stream().distinct().count() != isothermsC.size()) {
      throw new InvalidThermalInputException("each isotherm may be given once: " + isothermsC);
    }
    ProblemChecks.requireOutputTimes(outputTimesSec, FreezeCycle.totalSec(cycles));
    if (!(finestSpacingMm > 0) || !Double.isFinite(finestSpacingMm)) {
      throw new InvalidThermalInputException(
          "finest spacing must be positive, got " + finestSpacingMm + " mm");
    }
    double shortestActive =
        probes.stream().mapToDouble(p -> p.probe().activeLengthMm()).min().orElseThrow();
    if (finestSpacingMm > COARSEST_SPACING_MM || finestSpacingMm > shortestActive / 4) {
      throw new InvalidThermalInputException(
          String.format(
              "grid too coarse: finest spacing %.3g mm must be at most %.3g mm and a quarter of"
                  + " the shortest active length (%.3g mm)",
              finestSpacingMm, COARSEST_SPACING_MM, shortestActive));
    }
    if (!(timeStepSec > 0) || timeStepSec > LONGEST_TIME_STEP_SEC) {
      throw new InvalidThermalInputException(
          "time step must be positive and at most "
              + LONGEST_TIME_STEP_SEC
              + " s, got "
              + timeStepSec);
    }
    requireInside(labels, probes, finestSpacingMm);
    Set<DomainFace> skinFaces = EnumSet.noneOf(DomainFace.class);
    for (SkinSurface surface : skin) {
      if (!skinFaces.add(surface.face())) {
        throw new InvalidThermalInputException("skin face " + surface.face() + " given twice");
      }
    }
    for (NerveTrack track : nerveTracks) {
      for (Vector3 point : track.pointsMm()) {
        if (!labels.containsMm(point)) {
          throw new InvalidThermalInputException(
              "nerve track '" + track.name() + "': point " + point + " lies outside the domain");
        }
      }
    }
    labels.resolveTissues();
  }

  /** The default step for a finest spacing (see {@link #DEFAULT_STEP_SEC_PER_MM}). */
  public static double defaultTimeStepSec(double finestSpacingMm) {
    return Math.min(LONGEST_TIME_STEP_SEC, DEFAULT_STEP_SEC_PER_MM * finestSpacingMm);
  }

  public double totalDurationSec() {
    return FreezeCycle.totalSec(cycles);
  }

  public double totalFreezeSec() {
    return FreezeCycle.totalFreezeSec(cycles);
  }

  /** The protocol's phases on the time line. */
  public List<FreezeCycle.Phase> phases() {
    return FreezeCycle.phases(cycles);
  }

  /** The heat input of an active thaw, W per metre of active length (0 without one). */
  public double activeThawWattsPerM() {
    return activeThaw.orElse(null) instanceof ActiveThaw.HeatInput heat ? heat.watts() : 0;
  }

  /** The catalog tissue of each label in use, without blood flow when {@link #bioheat} is off. */
  public Map<Integer, TissueProperties> tissuesByLabel() {
    Map<Integer, TissueProperties> tissues = labels.resolveTissues();
    if (bioheat) {
      return tissues;
    }
    var withoutBioheat = new TreeMap<Integer, TissueProperties>();
    tissues.forEach((label, tissue) -> withoutBioheat.put(label, tissue.withoutBioheat()));
    return Collections.unmodifiableMap(withoutBioheat);
  }

  private static void requireInside(
      TissueLabelVolume labels, List<ProbePlacement> probes, double spacingMm) {
    Vector3 min = labels.originMm();
    Vector3 max = labels.maxCornerMm();
    for (int n = 0; n < probes.size(); n++) {
      ProbePlacement probe = probes.get(n);
      // The probe's wall and the cells just beyond it stay inside too.
      double margin =
          Math.max(
              PROBE_MARGIN_CELLS * spacingMm,
              probe.probe().radiusMm() + WALL_MARGIN_CELLS * spacingMm);
      for (Vector3 end : List.of(probe.tipMm(), probe.activeEndMm())) {
        for (int axis = 0; axis < 3; axis++) {
          double c = end.coordinate(axis);
          if (c < min.coordinate(axis) + margin || c > max.coordinate(axis) - margin) {
            throw new InvalidThermalInputException(
                String.format(
                    "probe %d (%s): its active segment (%s to %s) leaves the domain %s to %s or"
                        + " comes within %.3g mm (%d cells, or its radius and %d) of its faces",
                    n,
                    probe.probe().id(),
                    probe.tipMm(),
                    probe.activeEndMm(),
                    min,
                    max,
                    margin,
                    PROBE_MARGIN_CELLS,
                    WALL_MARGIN_CELLS));
          }
        }
      }
    }
  }
}
