package org.cryows.planner.thermal.oned;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.cryows.planner.thermal.EnergyBalance;
import org.cryows.planner.thermal.EnergyWatchdog;
import org.cryows.planner.thermal.EnthalpyModel;
import org.cryows.planner.thermal.FrozenRegionBound;
import org.cryows.planner.thermal.IsothermLocator;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.RunMonitor;
import org.cryows.treatment.FreezeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves the Pennes bioheat equation in enthalpy form on a planar, cylindrical or spherical line of
 * finite volumes:
 *
 * <pre>
 *   V_i dH_i/dt = sum over faces of G (T_neighbour - T_i) + V_i f_l (w (T_a - T_i) + q_m)
 * </pre>
 *
 * with the face conductance G = A / (d_left / k_left + d_right / k_right) (series resistances, so a
 * face between ice and unfrozen tissue conducts like the two half-cells it joins).
 *
 * <p>Time stepping is explicit (forward Euler) within its stability limit: each step is at most 0.9
 * * min_i V_i (rho c)_min / (sum G_max + V_i w). Below that limit every new enthalpy is a convex
 * combination of old states, so the scheme obeys the maximum principle (no overshoot, no
 * oscillation, no NaN) whatever the phase of each cell; latent heat is conserved exactly because
 * enthalpy, not temperature, is the unknown. In one dimension the stretched grid keeps the cell
 * count small, so the small steps the finest cell imposes remain cheap; finer multi-dimensional
 * grids want an implicit scheme.
 */
public final class EnthalpySolver1d {

  /** Recorded with every prediction so a saved one can be reproduced. */
  public static final String MODEL_VERSION = "1d-enthalpy-explicit/2";

  private static final Logger LOG = LoggerFactory.getLogger(EnthalpySolver1d.class);

  /** Margin below the stability limit, against rounding in the limit itself. */
  static final double STABILITY_SAFETY = 0.9;

  /** Margin on the bound of the ice extent for the finely resolved zone. */
  static final double FINE_ZONE_MARGIN = 1.5;

  /** Steps between two energy and NaN checks (output times are always checked). */
  static final int WATCHDOG_INTERVAL_STEPS = 2048;

  /** Steps between two calls of the run monitor: the explicit steps are short and many. */
  static final int MONITOR_INTERVAL_STEPS = 64;

  public Solution1d solve(Problem1d problem) {
    return solve(problem, RunMonitor.NONE);
  }

  /** Solves while the monitor watches the run (every {@value #MONITOR_INTERVAL_STEPS} steps). */
  public Solution1d solve(Problem1d problem, RunMonitor monitor) {
    return new Run(problem).execute(monitor);
  }

  /** The state of one run: the grid, the enthalpy field and the heat books. */
  private static final class Run {
    private final Problem1d problem;
    private final EnthalpyModel model;
    private final Geometry1d geometry;
    private final Grid1d grid;
    private final int cells;
    private final double[] volume;
    private final double[] area;
    private final double[] leftDistance;
    private final double[] rightDistance;
    private final double[] enthalpy;
    private final double[] initialEnthalpy;
    private final double[] temperature;
    private final double[] flow;
    private final double[] stepTemperature;
    private final ExposureTracker1d exposure;
    private final double farFieldC;
    private final boolean hasBioheat;
    private final double timeStepSec;
    private final EnergyWatchdog watchdog = new EnergyWatchdog();

    Run(Problem1d problem) {
      this.problem = problem;
      this.model = problem.enthalpyModel();
      this.geometry = problem.geometry();
      this.grid = buildGrid(problem, model);
      this.cells = grid.cellCount();
      volume = new double[cells];
      area = new double[cells + 1];
      leftDistance = new double[cells + 1];
      rightDistance = new double[cells + 1];
      for (int i = 0; i < cells; i++) {
        volume[i] = geometry.shellVolumeM3(grid.faceM(i), grid.faceM(i + 1));
      }
      for (int f = 0; f <= cells; f++) {
        area[f] = geometry.faceAreaM2(grid.faceM(f));
        leftDistance[f] = f > 0 ? grid.faceM(f) - grid.centerM(f - 1) : 0;
        rightDistance[f] = f < cells ? grid.centerM(f) - grid.faceM(f) : 0;
      }
      farFieldC = problem.initialTemperatureC();
      hasBioheat =
          model.perfusionCoefficientWPerM3K() > 0 || model.tissue().metabolicHeatWPerM3() > 0;
      enthalpy = new double[cells];
      java.util.Arrays.fill(enthalpy, model.enthalpyJPerM3(problem.initialTemperatureC()));
      initialEnthalpy = enthalpy.clone();
      temperature = new double[cells];
      flow = new double[cells + 1];
      stepTemperature = new double[cells];
      updateTemperatures();
      exposure = new ExposureTracker1d(grid, temperature, problem.exposureThresholdsC());
      timeStepSec = stableTimeStepSec();
    }

    Solution1d execute(RunMonitor monitor) {
      List<Double> times = problem.timesSec();
      List<Double> isotherms = problem.isothermsC();
      List<List<OptionalDouble>> fronts = new ArrayList<>();
      for (int n = 0; n < isotherms.size(); n++) {
        fronts.add(new ArrayList<>());
      }
      List<Profile1d> profiles = new ArrayList<>();
      EnergyBalance balance = watchdog.check(0, 0, 0);
      double timeSec = 0;
      long steps = 0;
      int phaseIndex = 0;
      double phaseStartSec = 0;
      List<FreezeCycle.Phase> phases = problem.phases();
      List<InnerBoundary> boundaries = phases.stream().map(problem::boundaryDuring).toList();
      double phaseEndSec = phases.getFirst().durationSec();
      for (double targetSec : times) {
        while (timeSec < targetSec) {
          while (timeSec >= phaseEndSec * (1 - 1e-12) && phaseIndex + 1 < phases.size()) {
            phaseIndex++;
            phaseStartSec = phaseEndSec;
            phaseEndSec += phases.get(phaseIndex).durationSec();
          }
          double stop = Math.min(targetSec, phaseEndSec);
          double remaining = stop - timeSec;
          double step = Math.min(timeStepSec, remaining);
          advance(boundaries.get(phaseIndex), timeSec - phaseStartSec, step);
          exposure.record(temperatureAfterStep(), step);
          timeSec = step == remaining ? stop : timeSec + step;
          if (++steps % WATCHDOG_INTERVAL_STEPS == 0) {
            checkEnergy(timeSec);
          }
          if (steps % MONITOR_INTERVAL_STEPS == 0) {
            monitor.stepDone(timeSec, problem.lastTimeSec());
          }
        }
        balance = checkEnergy(timeSec);
        updateTemperatures();
        InnerBoundary boundaryNow = problem.boundaryDuring(problem.phaseAt(timeSec));
        for (int n = 0; n < isotherms.size(); n++) {
          fronts.get(n).add(frontMm(isotherms.get(n), timeSec, boundaryNow));
        }
        profiles.add(profile(timeSec));
      }
      LOG.debug(
          "{} run: {} cells to {} mm, finest {} mm, step {} ms, {} steps",
          geometry,
          cells,
          grid.outerM() * 1e3,
          grid.finestSpacingM() * 1e3,
          timeStepSec * 1e3,
          steps);
      return new Solution1d(
          times, isotherms, fronts, profiles, exposure.result(), balance, cells, timeStepSec);
    }

    private void updateTemperatures() {
      for (int i = 0; i < cells; i++) {
        temperature[i] = model.temperatureC(enthalpy[i]);
      }
    }

    /** Conductivity of cell {@code cell}'s half that faces a neighbour at that temperature. */
    private double halfCellConductivity(int cell, double neighbourTemperatureC) {
      return model.halfCellConductivityWPerMK(enthalpy[cell], neighbourTemperatureC);
    }

    /** Temperatures after the last step, for the exposure books. */
    private double[] temperatureAfterStep() {
      for (int i = 0; i < cells; i++) {
        stepTemperature[i] = model.temperatureC(enthalpy[i]);
      }
      return stepTemperature;
    }

    /** One forward-Euler step of {@code stepSec} from {@code sincePhaseStartSec} into a phase. */
    private void advance(InnerBoundary boundary, double sincePhaseStartSec, double stepSec) {
      updateTemperatures();
      double innerHeatW = innerHeatRateW(boundary, sincePhaseStartSec);
      flow[0] = innerHeatW;
      for (int f = 1; f < cells; f++) {
        double leftConductivity = halfCellConductivity(f - 1, temperature[f]);
        double rightConductivity = halfCellConductivity(f, temperature[f - 1]);
        double resistance =
            leftDistance[f] / leftConductivity + rightDistance[f] / rightConductivity;
        flow[f] = area[f] * (temperature[f - 1] - temperature[f]) / resistance;
      }
      flow[cells] =
          area[cells]
              * model.halfCellConductivityWPerMK(enthalpy[cells - 1], farFieldC)
              * (temperature[cells - 1] - farFieldC)
              / leftDistance[cells];
      double bioheatW = 0;
      double arterialC = problem.arterialTemperatureC();
      for (int i = 0; i < cells; i++) {
        double sourceW =
            hasBioheat ? volume[i] * model.bioheatSourceWPerM3(enthalpy[i], arterialC) : 0;
        bioheatW += sourceW;
        enthalpy[i] += stepSec * (flow[i] - flow[i + 1] + sourceW) / volume[i];
      }
      if (boundary instanceof InnerBoundary.WallTemperature) {
        watchdog.addBoundaryHeat(stepSec * innerHeatW);
      } else {
        watchdog.addSinkHeat(stepSec * innerHeatW);
      }
      watchdog.addBoundaryHeat(-stepSec * flow[cells]);
      watchdog.addBioheat(stepSec * bioheatW);
    }

    /** Heat entering the first cell from the wall, sink or probe, W (per unit of geometry). */
    private double innerHeatRateW(InnerBoundary boundary, double timeSec) {
      return switch (boundary) {
        case InnerBoundary.WallTemperature wall ->
            area[0]
                * model.halfCellConductivityWPerMK(enthalpy[0], wall.temperatureC())
                * (wall.temperatureC() - temperature[0])
                / rightDistance[0];
        case InnerBoundary.LineSink sink -> -sink.wattsPerMeter();
        case InnerBoundary.HeatInput input -> input.watts();
        case InnerBoundary.Insulated _ -> 0;
        case InnerBoundary.CooledProbe probe ->
            switch (probe.probe().cooling()) {
              case ProbeCooling.RegulatedTip _, ProbeCooling.SurfaceTemperature _ ->
                  throw ProbeCooling.notAFixedLaw();
              case ProbeCooling.LineHeatExtraction line ->
                  -line.wattsPerMeter(timeSec, probe.supplyPressureKPa());
              case ProbeCooling.ConvectiveCooling convective ->
                  area[0]
                      * (convective.gasTemperatureC() - temperature[0])
                      / (1 / convective.heatTransferCoefficientWPerM2K()
                          + rightDistance[0]
                              / model.halfCellConductivityWPerMK(
                                  enthalpy[0], convective.gasTemperatureC()));
            };
      };
    }

    private EnergyBalance checkEnergy(double timeSec) {
      double change = 0;
      double scale = 0;
      for (int i = 0; i < cells; i++) {
        double cellChange = (enthalpy[i] - initialEnthalpy[i]) * volume[i];
        change += cellChange;
        scale += Math.abs(cellChange);
      }
      return watchdog.check(change, scale, timeSec);
    }

    private OptionalDouble frontMm(double isothermC, double timeSec, InnerBoundary boundary) {
      if (model.phaseChange().isSharp() && isothermC == model.phaseChange().solidusC()) {
        return phaseFrontMm();
      }
      boolean wallSample = timeSec > 0 && boundary instanceof InnerBoundary.WallTemperature;
      int offset = wallSample ? 1 : 0;
      double[] positions = new double[cells + offset];
      double[] temperatures = new double[cells + offset];
      if (wallSample) {
        positions[0] = grid.innerM();
        temperatures[0] = ((InnerBoundary.WallTemperature) boundary).temperatureC();
      }
      for (int i = 0; i < cells; i++) {
        positions[i + offset] = grid.centerM(i);
        temperatures[i + offset] = temperature[i];
      }
      OptionalDouble front = IsothermLocator.outermostCrossing(positions, temperatures, isothermC);
      return front.isPresent() ? OptionalDouble.of(front.getAsDouble() * 1e3) : front;
    }

    /**
     * On a sharp front the freezing isotherm is a plateau, so it is placed by the liquid fraction:
     * the frozen share of the outermost cell that has begun to freeze fills that cell from its
     * inner face.
     */
    private OptionalDouble phaseFrontMm() {
      for (int i = cells - 1; i >= 0; i--) {
        double liquid = model.liquidFraction(enthalpy[i]);
        if (liquid < 1) {
          double radius =
              geometry.radiusEnclosingShare(grid.faceM(i), grid.faceM(i + 1), 1 - liquid);
          return OptionalDouble.of(radius * 1e3);
        }
      }
      return OptionalDouble.empty();
    }

    private Profile1d profile(double timeSec) {
      List<Double> positions = new ArrayList<>(cells);
      List<Double> temperatures = new ArrayList<>(cells);
      List<Double> liquid = new ArrayList<>(cells);
      for (int i = 0; i < cells; i++) {
        positions.add(grid.centerM(i) * 1e3);
        temperatures.add(temperature[i]);
        liquid.add(model.liquidFraction(enthalpy[i]));
      }
      return new Profile1d(timeSec, positions, temperatures, liquid);
    }

    private double stableTimeStepSec() {
      double maxConductivity = model.maxConductivityWPerMK();
      double minHeatCapacity = 1 / model.maxTemperaturePerEnthalpy();
      double limit = Double.POSITIVE_INFINITY;
      for (int i = 0; i < cells; i++) {
        double conductance = 0;
        if (i > 0) {
          conductance += area[i] * maxConductivity / (leftDistance[i] + rightDistance[i]);
        } else {
          for (FreezeCycle.Phase phase : problem.phases()) {
            conductance =
                Math.max(
                    conductance,
                    innerConductanceBound(problem.boundaryDuring(phase), maxConductivity));
          }
        }
        if (i < cells - 1) {
          conductance +=
              area[i + 1] * maxConductivity / (leftDistance[i + 1] + rightDistance[i + 1]);
        } else {
          conductance += area[cells] * maxConductivity / leftDistance[cells];
        }
        double perfusion = volume[i] * model.perfusionCoefficientWPerM3K();
        limit = Math.min(limit, volume[i] * minHeatCapacity / (conductance + perfusion));
      }
      return STABILITY_SAFETY * limit;
    }

    private double innerConductanceBound(InnerBoundary boundary, double maxConductivity) {
      return switch (boundary) {
        case InnerBoundary.WallTemperature _ -> area[0] * maxConductivity / rightDistance[0];
        case InnerBoundary.LineSink _, InnerBoundary.HeatInput _, InnerBoundary.Insulated _ -> 0;
        case InnerBoundary.CooledProbe probe ->
            switch (probe.probe().cooling()) {
              case ProbeCooling.RegulatedTip _, ProbeCooling.SurfaceTemperature _ ->
                  throw ProbeCooling.notAFixedLaw();
              case ProbeCooling.LineHeatExtraction _ -> 0;
              case ProbeCooling.ConvectiveCooling convective ->
                  area[0]
                      / (1 / convective.heatTransferCoefficientWPerM2K()
                          + rightDistance[0] / maxConductivity);
            };
      };
    }
  }

  /**
   * Uniform cells of the finest spacing over the largest ice the boundary can grow by the last time
   * (with a margin), then growing cells out to the far field.
   */
  static Grid1d buildGrid(Problem1d problem, EnthalpyModel model) {
    double innerM = problem.innerRadiusMm() * 1e-3;
    double spacingM = problem.finestSpacingMm() * 1e-3;
    double lastSec = problem.lastTimeSec();
    double iceM = 0;
    double startSec = 0;
    for (FreezeCycle.Phase phase : problem.phases()) {
      if (startSec < lastSec && phase.kind() == FreezeCycle.PhaseKind.FREEZE) {
        // Bounded as if this freeze had run from the start: ice only grows slower than that.
        double untilSec = Math.min(startSec + phase.durationSec(), lastSec);
        iceM = Math.max(iceM, iceBoundM(problem.innerBoundary(), model, innerM, untilSec));
      }
      startSec += phase.durationSec();
    }
    double fineExtentM = FINE_ZONE_MARGIN * iceM + 10 * spacingM;
    var tissue = model.tissue();
    double diffusivity =
        Math.max(tissue.diffusivityFrozenM2PerSec(), tissue.diffusivityUnfrozenM2PerSec());
    double farFieldM =
        Math.max(
            problem.farFieldDiffusionLengths() * Math.sqrt(diffusivity * lastSec), 10 * spacingM);
    return Grid1d.stretched(innerM, spacingM, fineExtentM, innerM + fineExtentM + farFieldM);
  }

  private static double iceBoundM(
      InnerBoundary boundary, EnthalpyModel model, double innerM, double lastSec) {
    return switch (boundary) {
      case InnerBoundary.WallTemperature wall ->
          FrozenRegionBound.wallIceDepthM(model, wall.temperatureC(), lastSec);
      case InnerBoundary.LineSink sink ->
          FrozenRegionBound.lineHeatIceRadiusM(model, sink.wattsPerMeter(), 0, lastSec);
      case InnerBoundary.CooledProbe probe ->
          switch (probe.probe().cooling()) {
            case ProbeCooling.RegulatedTip _, ProbeCooling.SurfaceTemperature _ ->
                throw ProbeCooling.notAFixedLaw();
            case ProbeCooling.LineHeatExtraction line ->
                FrozenRegionBound.lineHeatIceRadiusM(
                        model,
                        line.nominalWattsPerM()
                            * Math.max(
                                1, probe.supplyPressureKPa() / line.nominalSupplyPressureKPa()),
                        innerM,
                        lastSec)
                    - innerM;
            case ProbeCooling.ConvectiveCooling convective ->
                FrozenRegionBound.wallIceDepthM(model, convective.gasTemperatureC(), lastSec);
          };
      case InnerBoundary.HeatInput _, InnerBoundary.Insulated _ -> 0;
    };
  }
}
