package org.cryows.planner.thermal.axisym;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.cryows.planner.thermal.EnergyBalance;
import org.cryows.planner.thermal.EnergyWatchdog;
import org.cryows.planner.thermal.EnthalpyModel;
import org.cryows.planner.thermal.FrozenRegionBound;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.RunMonitor;
import org.cryows.planner.thermal.ThermalModelFailure;
import org.cryows.treatment.FreezeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves the Pennes bioheat equation in enthalpy form around one straight probe in homogeneous
 * tissue, in cylindrical coordinates (r, z) with symmetry about the probe axis: the fast path while
 * a plan is dragged.
 *
 * <p>Same finite volumes and face conductances as the explicit solver ({@link
 * ExplicitAxisymmetricSolver}), on a graded grid ({@link GradedSpacing}) and with implicit time
 * steps that are not bound by the finest cell ({@link TimeStepSchedule}): variable-step BDF2,
 * backward Euler in the first step of each phase. Each step solves
 *
 * <pre>
 *   V (H(T) - H_base) / (a dt) = sum over faces of G(T) (T_neighbour - T) + V f_l (w (T_a - T) + q_m)
 * </pre>
 *
 * with H_base = H_old and a = 1 for backward Euler, H_base = H_old + r^2 / (1 + 2 r) (H_old -
 * H_previous) and a = (1 + r) / (1 + 2 r) for BDF2 (r the ratio of this step to the last), by the
 * enthalpy linearisation of Voller and Swaminathan (Numer Heat Transfer B 1991;19:175): H(T) ~ H_k
 * + C_k (T - T_k) with the apparent capacity C_k = dH/dT, conductances and liquid fraction from the
 * last iterate (Picard), a linear solve for T, then H updated by the linearisation and T recovered
 * from H. An update that would carry a cell across the solidus or liquidus stops there, so the next
 * iterate uses the slope of the phase it enters (no oscillation about the kinks of H(T)). The
 * linear systems are symmetric M-matrices solved by conjugate gradients with an incomplete Cholesky
 * preconditioner. BDF2 is A- and L-stable and second order, so 8 s steps meet the accuracy rule
 * where backward Euler needed 4 s; why this rather than ADI or line relaxation:
 * planner/docs/validation.md.
 *
 * <p>Each step ends with a conservative update H = H_base + a dt / V (heat in) using the fluxes of
 * the final iterate, booked in the {@link EnergyWatchdog}: energy is conserved to rounding whatever
 * the iteration error, which only leaves T and H slightly inconsistent.
 */
public final class AxisymmetricSolver {

  /** Recorded with every prediction so a saved one can be reproduced. */
  public static final String MODEL_VERSION = "axisym-enthalpy-bdf2/2";

  private static final Logger LOG = LoggerFactory.getLogger(AxisymmetricSolver.class);

  /** The bound is already an upper bound; beyond it cells grow gradually, not abruptly. */
  static final double FINE_ZONE_MARGIN = 1.0;

  /**
   * Nonlinear iteration stops when no cell's heat balance for the step is out by more than this,
   * measured as the preconditioned residual (the temperature correction it calls for).
   */
  static final double NONLINEAR_TOLERANCE_K = 1e-2;

  static final int MAX_NONLINEAR_ITERATIONS = 40;

  /** Floor of the linear solves' tolerance, same measure. */
  static final double LINEAR_TOLERANCE_K = 1e-3;

  /** Each linear solve reduces the nonlinear residual it starts from by this factor. */
  static final double LINEAR_REDUCTION = 0.1;

  static final int MAX_LINEAR_ITERATIONS = 500;

  public AxisymmetricSolution solve(AxisymmetricProblem problem) {
    return solve(problem, RunMonitor.NONE);
  }

  /** Solves while the monitor watches each step (and may stop the run). */
  public AxisymmetricSolution solve(AxisymmetricProblem problem, RunMonitor monitor) {
    return new Run(problem).execute(monitor);
  }

  private static final class Run {
    private final AxisymmetricProblem problem;
    private final EnthalpyModel model;
    private final AxisymmetricGrid grid;
    private final int nr;
    private final int nz;
    private final boolean[] tissue;
    private final double[] volume;
    private final double[] enthalpy;
    private final double[] oldEnthalpy;

    /** Enthalpy at the start of the previous step of the same phase, for the predictor. */
    private final double[] previousEnthalpy;

    private double previousStepSec;

    /** Enthalpy one step before {@link #previousEnthalpy}, and that step's length (0: none). */
    private final double[] olderEnthalpy;

    private double olderStepSec;

    /**
     * The step's starting enthalpy in the BDF2 form V (H - base) / (weight dt) = heat in: H_old in
     * a phase's first step (backward Euler), else H_old extrapolated by the previous step's change.
     */
    private final double[] baseEnthalpy;

    /** Heat booked by the previous step per account, boundary, sink and bioheat (J). */
    private double lastBoundaryJ;

    private double lastSinkJ;
    private double lastBioheatJ;
    private final double[] initialEnthalpy;
    private final double[] temperature;
    private final double[] solution;
    private final double[] capacity;

    /** Per cell, from its enthalpy when the faces were last needed: 1 / mixed conductivity... */
    private final double[] resistivity;

    /** ...and whether it freezes on a sharp plateau (its halves then conduct as ice or liquid). */
    private final boolean[] onPlateau;

    private final double[] heatRate;
    private final double[] radialArea;
    private final double[] radialInnerDistance;
    private final double[] radialOuterDistance;
    private final double[] axialLowerDistance;
    private final double[] axialUpperDistance;
    private final double[] annulusArea;
    private final FivePointSystem system;
    private final ExposureTracker exposure;
    private final double activeAreaM2;
    private final double activeLengthM;
    private final double farFieldC;
    private final double arterialC;
    private final boolean hasBioheat;
    private final double plateauCapacity;

    /** dH/dT in ice, in unfrozen tissue and between solidus and liquidus (stiff when sharp). */
    private final double frozenCapacity;

    private final double unfrozenCapacity;
    private final double phaseChangeCapacity;
    private final double liquidusEnthalpy;
    private final double referenceCapacity;
    private final EnergyWatchdog watchdog = new EnergyWatchdog();
    private final TimeStepSchedule schedule;

    /** Assembling the matrix, or booking the final fluxes of a step. */
    private boolean closing;

    private double probeHeatW;
    private double boundaryHeatW;
    private long nonlinearIterations;
    private long linearIterations;
    private int unconvergedSteps;

    Run(AxisymmetricProblem problem) {
      this.problem = problem;
      this.model = problem.enthalpyModel();
      this.grid = buildGrid(problem, model);
      var cells = new AxisymmetricCells(grid, problem);
      nr = cells.nr;
      nz = cells.nz;
      int n = nr * nz;
      tissue = cells.tissue;
      volume = cells.volume;
      activeLengthM = cells.activeLengthM;
      activeAreaM2 = cells.activeAreaM2;
      farFieldC = problem.initialTemperatureC();
      arterialC = problem.arterialTemperatureC();
      hasBioheat =
          model.perfusionCoefficientWPerM3K() > 0 || model.tissue().metabolicHeatWPerM3() > 0;
      var tissueProperties = model.tissue();
      referenceCapacity =
          Math.min(
              tissueProperties.heatCapacityFrozenJPerM3K(),
              tissueProperties.heatCapacityUnfrozenJPerM3K());
      // A sharp plateau has no finite dH/dT; a very stiff one pins T while H absorbs the heat.
      plateauCapacity = 1e4 * referenceCapacity;
      frozenCapacity = tissueProperties.heatCapacityFrozenJPerM3K();
      unfrozenCapacity = tissueProperties.heatCapacityUnfrozenJPerM3K();
      liquidusEnthalpy = model.liquidusEnthalpyJPerM3();
      var phaseChange = model.phaseChange();
      phaseChangeCapacity =
          phaseChange.isSharp()
              ? plateauCapacity
              : liquidusEnthalpy / (phaseChange.liquidusC() - phaseChange.solidusC());
      enthalpy = new double[n];
      Arrays.fill(enthalpy, model.enthalpyJPerM3(problem.initialTemperatureC()));
      oldEnthalpy = enthalpy.clone();
      previousEnthalpy = enthalpy.clone();
      olderEnthalpy = enthalpy.clone();
      baseEnthalpy = enthalpy.clone();
      initialEnthalpy = enthalpy.clone();
      temperature = new double[n];
      for (int c = 0; c < n; c++) {
        temperature[c] = tissue[c] ? model.temperatureC(enthalpy[c]) : farFieldC;
      }
      solution = new double[n];
      capacity = new double[n];
      resistivity = new double[n];
      onPlateau = new boolean[n];
      heatRate = new double[n];
      radialArea = cells.radialArea;
      radialInnerDistance = cells.radialInnerDistance;
      radialOuterDistance = cells.radialOuterDistance;
      axialLowerDistance = cells.axialLowerDistance;
      axialUpperDistance = cells.axialUpperDistance;
      annulusArea = cells.annulusArea;
      system = new FivePointSystem(nr, nz);
      exposure = new ExposureTracker(grid, tissue, temperature, problem.exposureThresholdsC());
      schedule = new TimeStepSchedule(problem.timeStepSec());
    }

    AxisymmetricSolution execute(RunMonitor monitor) {
      List<Double> isotherms = problem.isothermsC();
      List<List<OptionalDouble>> lengths = new ArrayList<>();
      List<List<OptionalDouble>> diameters = new ArrayList<>();
      for (int n = 0; n < isotherms.size(); n++) {
        lengths.add(new ArrayList<>());
        diameters.add(new ArrayList<>());
      }
      List<IsothermContour> contours = new ArrayList<>();
      List<AxisymmetricField> fields = new ArrayList<>();
      EnergyBalance balance = watchdog.check(0, 0, 0);
      double timeSec = 0;
      int steps = 0;
      double phaseStartSec = 0;
      int phaseIndex = 0;
      List<FreezeCycle.Phase> phases = problem.phases();
      List<ActiveSegmentCondition> conditions =
          phases.stream().map(problem::conditionDuring).toList();
      double phaseEndSec = phases.getFirst().durationSec();
      for (double targetSec : problem.timesSec()) {
        while (timeSec < targetSec) {
          while (timeSec >= phaseEndSec * (1 - 1e-12) && phaseIndex + 1 < phases.size()) {
            phaseIndex++;
            phaseStartSec = phaseEndSec;
            phaseEndSec += phases.get(phaseIndex).durationSec();
          }
          ActiveSegmentCondition condition = conditions.get(phaseIndex);
          double stop = Math.min(targetSec, phaseEndSec);
          double step = Math.min(schedule.stepSec(timeSec - phaseStartSec), stop - timeSec);
          // Never leave a sliver shorter than a tenth of a step before the next stop.
          if (stop - timeSec - step < 0.1 * step) {
            step = stop - timeSec;
          }
          advance(condition, timeSec - phaseStartSec, step);
          exposure.record(step);
          timeSec = step == stop - timeSec ? stop : timeSec + step;
          steps++;
          monitor.stepDone(timeSec, problem.lastTimeSec());
        }
        balance = checkEnergy(timeSec);
        ActiveSegmentCondition condition = problem.conditionDuring(problem.phaseAt(timeSec));
        var measure =
            new IceBallMeasure(
                grid, model, temperature, enthalpy, AxisymmetricCells.wallAt(condition, timeSec));
        var tracer = new ContourTracer(grid, tissue, temperature);
        fields.add(new AxisymmetricField(timeSec, grid, tissue, temperature));
        for (int n = 0; n < isotherms.size(); n++) {
          double isotherm = isotherms.get(n);
          lengths.get(n).add(measure.lengthMm(isotherm));
          diameters.get(n).add(measure.diameterMm(isotherm));
          contours.add(tracer.contour(isotherm, timeSec));
        }
      }
      LOG.debug(
          "axisymmetric implicit run: {} x {} cells, {} steps, {} nonlinear and {} linear"
              + " iterations, {} steps not converged",
          nr,
          nz,
          steps,
          nonlinearIterations,
          linearIterations,
          unconvergedSteps);
      return new AxisymmetricSolution(
          problem.timesSec(),
          isotherms,
          lengths,
          diameters,
          contours,
          fields,
          java.util.Optional.of(exposure.map()),
          balance,
          nr,
          nz,
          problem.timeStepSec(),
          steps,
          MODEL_VERSION);
    }

    /** One implicit step of {@code stepSec} from {@code sincePhaseStartSec} into a phase. */
    private void advance(
        ActiveSegmentCondition condition, double sincePhaseStartSec, double stepSec) {
      System.arraycopy(previousEnthalpy, 0, olderEnthalpy, 0, enthalpy.length);
      System.arraycopy(oldEnthalpy, 0, previousEnthalpy, 0, enthalpy.length);
      System.arraycopy(enthalpy, 0, oldEnthalpy, 0, enthalpy.length);
      // The boundary jumps at the start of a phase: nothing to extrapolate from there, and the
      // phase's first step is backward Euler.
      boolean history = sincePhaseStartSec > 0 && previousStepSec > 0;
      double carry = 0;
      double weight = 1;
      if (history) {
        double ratio = stepSec / previousStepSec;
        predict(stepSec, previousStepSec, olderStepSec);
        // Variable-step BDF2: (1 + 2w) / (1 + w) H - (1 + w) H_old + w^2 / (1 + w) H_previous =
        // dt (heat in) / V, w the step ratio, written as H = base + weight dt (heat in) / V.
        carry = ratio * ratio / (1 + 2 * ratio);
        weight = (1 + ratio) / (1 + 2 * ratio);
      }
      for (int c = 0; c < tissue.length; c++) {
        baseEnthalpy[c] = oldEnthalpy[c] + carry * (oldEnthalpy[c] - previousEnthalpy[c]);
      }
      olderStepSec = history ? previousStepSec : 0;
      previousStepSec = stepSec;
      double effectiveSec = weight * stepSec;
      // Heat extraction or input is evaluated at the end of the step, as BDF2 and backward Euler
      // do.
      double fluxWPerM2 = imposedFluxWPerM2(condition, sincePhaseStartSec + stepSec);
      boolean converged = false;
      for (int iteration = 0; iteration < MAX_NONLINEAR_ITERATIONS; iteration++) {
        assemble(condition, fluxWPerM2, effectiveSec);
        System.arraycopy(temperature, 0, solution, 0, solution.length);
        // The linearisation is exact at the present iterate, so the residual of its linear system
        // there is the residual of the step's heat balances.
        double residualK = system.prepare(solution);
        if (residualK <= NONLINEAR_TOLERANCE_K) {
          converged = true;
          break;
        }
        // Inexact Newton: each solve only needs to beat the present nonlinear residual.
        linearIterations +=
            system.iterate(
                solution,
                Math.max(LINEAR_TOLERANCE_K, LINEAR_REDUCTION * residualK),
                MAX_LINEAR_ITERATIONS);
        updateFromSolution();
        nonlinearIterations++;
      }
      if (!converged) {
        unconvergedSteps++;
      }
      close(condition, fluxWPerM2, effectiveSec, carry);
    }

    /**
     * The first iterate extrapolates each cell's enthalpy along its change over the previous step
     * (a line through the last two states, or from the third step of a phase a parabola through the
     * last three): cells the front reaches during the step then start in (or near) the phase they
     * end in, rather than crossing a kink of H(T) per iteration. {@code olderSec} 0: no third
     * state.
     */
    private void predict(double stepSec, double previousSec, double olderSec) {
      // Lagrange weights at t = dt through H at 0, -previous and -(previous + older).
      double wOld;
      double wPrevious;
      double wOlder;
      if (olderSec > 0) {
        double t1 = -previousSec;
        double t0 = -(previousSec + olderSec);
        double t = stepSec;
        wOld = (t - t0) * (t - t1) / (t0 * t1);
        wPrevious = (t - t0) * t / ((t1 - t0) * t1);
        wOlder = (t - t1) * t / ((t0 - t1) * t0);
      } else {
        double ratio = stepSec / previousSec;
        wOld = 1 + ratio;
        wPrevious = -ratio;
        wOlder = 0;
      }
      for (int c = 0; c < tissue.length; c++) {
        if (tissue[c]) {
          enthalpy[c] =
              wOld * oldEnthalpy[c] + wPrevious * previousEnthalpy[c] + wOlder * olderEnthalpy[c];
          temperature[c] = model.temperatureC(enthalpy[c]);
        }
      }
    }

    /** dH/dT of a cell's present state; a cell on a sharp plateau gets a very stiff one. */
    private double apparentCapacity(double h) {
      if (h <= 0) {
        return frozenCapacity;
      }
      return h >= liquidusEnthalpy ? unfrozenCapacity : phaseChangeCapacity;
    }

    /** Builds the linear system of one iterate: capacity, conductances, sources, boundaries. */
    private void assemble(ActiveSegmentCondition condition, double fluxWPerM2, double stepSec) {
      system.clear();
      double[] diagonal = system.diagonal;
      double[] rhs = system.rhs;
      for (int c = 0; c < tissue.length; c++) {
        if (!tissue[c]) {
          diagonal[c] = 1;
          rhs[c] = temperature[c];
          continue;
        }
        double h = enthalpy[c];
        resistivity[c] = 1 / model.conductivityWPerMK(h);
        onPlateau[c] = model.isOnSharpPlateau(h);
        double cap = apparentCapacity(h);
        capacity[c] = cap;
        double storage = volume[c] / stepSec;
        diagonal[c] = storage * cap;
        rhs[c] = storage * (cap * temperature[c] - (h - baseEnthalpy[c]));
        if (hasBioheat) {
          double liquid = model.liquidFraction(h);
          double perfusion = volume[c] * liquid * model.perfusionCoefficientWPerM3K();
          diagonal[c] += perfusion;
          rhs[c] +=
              perfusion * arterialC + volume[c] * liquid * model.tissue().metabolicHeatWPerM3();
        }
      }
      closing = false;
      faces(condition, fluxWPerM2);
    }

    /**
     * Takes the linear solution: H moves by the linearisation, stopping at the solidus or liquidus
     * when it would cross one, and T is recovered from H.
     */
    private void updateFromSolution() {
      double liquidus = model.liquidusEnthalpyJPerM3();
      for (int c = 0; c < tissue.length; c++) {
        if (!tissue[c]) {
          continue;
        }
        double h = enthalpy[c];
        double next = h + capacity[c] * (solution[c] - temperature[c]);
        next = stopAtKink(h, next, 0);
        next = stopAtKink(h, next, liquidus);
        enthalpy[c] = next;
        temperature[c] = model.temperatureC(next);
      }
    }

    /** An update from strictly one side of a kink to the other ends on the kink. */
    private static double stopAtKink(double from, double to, double kink) {
      if (from > kink && to < kink || from < kink && to > kink) {
        return kink;
      }
      return to;
    }

    /**
     * The conservative end of a step: heat flows with the final iterate's temperatures and
     * conductances, H = base + weight dt (heat in) / V, and the books record the same heat: the
     * base's share of the previous step's change is booked to the accounts that step booked.
     */
    private void close(
        ActiveSegmentCondition condition, double fluxWPerM2, double stepSec, double carry) {
      Arrays.fill(heatRate, 0);
      probeHeatW = 0;
      boundaryHeatW = 0;
      closing = true;
      for (int c = 0; c < tissue.length; c++) {
        if (tissue[c]) {
          resistivity[c] = 1 / model.conductivityWPerMK(enthalpy[c]);
          onPlateau[c] = model.isOnSharpPlateau(enthalpy[c]);
        }
      }
      faces(condition, fluxWPerM2);
      double bioheatW = 0;
      for (int c = 0; c < tissue.length; c++) {
        if (!tissue[c]) {
          continue;
        }
        double sourceW =
            hasBioheat ? volume[c] * model.bioheatSourceWPerM3(enthalpy[c], arterialC) : 0;
        bioheatW += sourceW;
        enthalpy[c] = baseEnthalpy[c] + stepSec * (heatRate[c] + sourceW) / volume[c];
        temperature[c] = model.temperatureC(enthalpy[c]);
        if (!Double.isFinite(enthalpy[c])) {
          throw new ThermalModelFailure("non-finite enthalpy in cell " + c + ": the step failed");
        }
      }
      double boundaryJ = carry * lastBoundaryJ + stepSec * boundaryHeatW;
      double sinkJ = carry * lastSinkJ;
      if (condition instanceof ActiveSegmentCondition.WallTemperature) {
        boundaryJ += stepSec * probeHeatW;
      } else {
        sinkJ += stepSec * probeHeatW;
      }
      double bioheatJ = carry * lastBioheatJ + stepSec * bioheatW;
      watchdog.addBoundaryHeat(boundaryJ);
      watchdog.addSinkHeat(sinkJ);
      watchdog.addBioheat(bioheatJ);
      lastBoundaryJ = boundaryJ;
      lastSinkJ = sinkJ;
      lastBioheatJ = bioheatJ;
    }

    /** Every face once: between tissue cells, on the probe, at the far field and the skin. */
    private void faces(ActiveSegmentCondition condition, double fluxWPerM2) {
      for (int j = 0; j < nz; j++) {
        int row = j * nr;
        int faceRow = j * (nr + 1);
        boolean activeRow = grid.isActiveRow(j);
        for (int f = 1; f < nr; f++) {
          int inner = row + f - 1;
          int outer = row + f;
          int face = faceRow + f;
          if (tissue[inner] && tissue[outer]) {
            interior(
                inner,
                outer,
                true,
                radialArea[face],
                radialInnerDistance[face],
                radialOuterDistance[face]);
          } else if (tissue[outer] && activeRow) {
            probeFace(outer, condition, radialArea[face], radialOuterDistance[face], fluxWPerM2);
          }
        }
        int last = row + nr - 1;
        fixedTemperature(
            last, radialArea[faceRow + nr], radialInnerDistance[faceRow + nr], farFieldC);
      }
      for (int g = 1; g < nz; g++) {
        boolean tip = g == grid.tipAxialCell;
        for (int i = 0; i < nr; i++) {
          int lower = (g - 1) * nr + i;
          int upper = g * nr + i;
          int face = g * nr + i;
          if (tissue[lower] && tissue[upper]) {
            interior(
                lower,
                upper,
                false,
                annulusArea[i],
                axialLowerDistance[face],
                axialUpperDistance[face]);
          } else if (tip && tissue[lower]) {
            probeFace(lower, condition, annulusArea[i], axialLowerDistance[face], fluxWPerM2);
          }
        }
      }
      for (int i = 0; i < nr; i++) {
        fixedTemperature(i, annulusArea[i], axialUpperDistance[i], farFieldC);
        int top = (nz - 1) * nr + i;
        if (!tissue[top]) {
          continue;
        }
        double distance = axialLowerDistance[nz * nr + i];
        if (grid.topIsSkin) {
          SkinSurface skin = problem.skin().orElseThrow();
          convective(
              top,
              annulusArea[i],
              distance,
              skin.heatTransferCoefficientWPerM2K(),
              skin.environmentC(),
              false);
        } else {
          fixedTemperature(top, annulusArea[i], distance, farFieldC);
        }
      }
    }

    /**
     * Thermal resistance times area (m2 K / W) of the half of a cell between its centre and a face,
     * {@code halfCellM} long, towards a neighbour at {@code neighbourC}: {@link
     * EnthalpyModel#halfCellConductivityWPerMK} from the cell properties cached for this iterate.
     */
    private double halfCellResistance(int cell, double neighbourC, double halfCellM) {
      return onPlateau[cell]
          ? halfCellM / model.plateauHalfCellConductivityWPerMK(neighbourC)
          : halfCellM * resistivity[cell];
    }

    private void interior(
        int a, int b, boolean radial, double area, double distanceA, double distanceB) {
      double conductance =
          area
              / (halfCellResistance(a, temperature[b], distanceA)
                  + halfCellResistance(b, temperature[a], distanceB));
      if (closing) {
        double flow = conductance * (temperature[a] - temperature[b]);
        heatRate[a] -= flow;
        heatRate[b] += flow;
      } else {
        system.diagonal[a] += conductance;
        system.diagonal[b] += conductance;
        if (radial) {
          system.east[a] = -conductance;
        } else {
          system.north[a] = -conductance;
        }
      }
    }

    /** A face held at a temperature (the far field). */
    private void fixedTemperature(int cell, double area, double distance, double boundaryC) {
      double conductance = area / halfCellResistance(cell, boundaryC, distance);
      boundary(cell, conductance, boundaryC, false);
    }

    /** Convection through a film of h to an environment, in series with the half cell. */
    private void convective(
        int cell,
        double area,
        double distance,
        double heatTransferWPerM2K,
        double environmentC,
        boolean probe) {
      if (heatTransferWPerM2K == 0) {
        return;
      }
      double conductance =
          area / (1 / heatTransferWPerM2K + halfCellResistance(cell, environmentC, distance));
      boundary(cell, conductance, environmentC, probe);
    }

    private void boundary(int cell, double conductance, double boundaryC, boolean probe) {
      if (closing) {
        double flow = conductance * (boundaryC - temperature[cell]);
        heatRate[cell] += flow;
        if (probe) {
          probeHeatW += flow;
        } else {
          boundaryHeatW += flow;
        }
      } else {
        system.diagonal[cell] += conductance;
        system.rhs[cell] += conductance * boundaryC;
      }
    }

    /** Heat entering a tissue cell through an active probe face. */
    private void probeFace(
        int cell,
        ActiveSegmentCondition condition,
        double area,
        double distance,
        double fluxWPerM2) {
      switch (condition) {
        case ActiveSegmentCondition.WallTemperature wall -> {
          double conductance = area / halfCellResistance(cell, wall.temperatureC(), distance);
          boundary(cell, conductance, wall.temperatureC(), true);
        }
        case ActiveSegmentCondition.Cooling cooling -> {
          if (cooling.cooling() instanceof ProbeCooling.ConvectiveCooling convective) {
            convective(
                cell,
                area,
                distance,
                convective.heatTransferCoefficientWPerM2K(),
                convective.gasTemperatureC(),
                true);
          } else {
            imposedFlow(cell, fluxWPerM2 * area);
          }
        }
        case ActiveSegmentCondition.HeatInput _ -> imposedFlow(cell, fluxWPerM2 * area);
        case ActiveSegmentCondition.Insulated _ -> {}
      }
    }

    private void imposedFlow(int cell, double flowW) {
      if (closing) {
        heatRate[cell] += flowW;
        probeHeatW += flowW;
      } else {
        system.rhs[cell] += flowW;
      }
    }

    /** Heat flux into the tissue through the active surface for an imposed W/m, W/m2 (else 0). */
    private double imposedFluxWPerM2(ActiveSegmentCondition condition, double sincePhaseStartSec) {
      double wattsPerMeter =
          switch (condition) {
            case ActiveSegmentCondition.Cooling cooling
                when cooling.cooling() instanceof ProbeCooling.LineHeatExtraction line ->
                -line.wattsPerMeter(sincePhaseStartSec, cooling.supplyPressureKPa());
            case ActiveSegmentCondition.HeatInput input -> input.wattsPerMeter();
            default -> 0;
          };
      return wattsPerMeter * activeLengthM / activeAreaM2;
    }

    private EnergyBalance checkEnergy(double timeSec) {
      double change = 0;
      double scale = 0;
      for (int c = 0; c < enthalpy.length; c++) {
        if (tissue[c]) {
          double cellChange = (enthalpy[c] - initialEnthalpy[c]) * volume[c];
          change += cellChange;
          scale += Math.abs(cellChange);
        }
      }
      return watchdog.check(change, scale, timeSec);
    }
  }

  /**
   * Graded cells out to the far field: the zone where ice can grow (with a margin) keeps cells of
   * at most {@link GradedSpacing#CAP} times the finest; beyond it they grow faster.
   */
  static AxisymmetricGrid buildGrid(AxisymmetricProblem problem, EnthalpyModel model) {
    double radiusM = problem.probeRadiusMm() * 1e-3;
    double spacingM = problem.finestSpacingMm() * 1e-3;
    double protocolSec = problem.lastTimeSec();
    double iceM = 0;
    double elapsedSec = 0;
    for (FreezeCycle.Phase phase : problem.phases()) {
      if (elapsedSec >= protocolSec) {
        break;
      }
      double freezeSec = Math.min(elapsedSec + phase.durationSec(), protocolSec);
      if (phase.kind() == FreezeCycle.PhaseKind.FREEZE) {
        // Bounded as if this freeze had run from the start: ice only grows slower than that.
        iceM = Math.max(iceM, iceBoundM(problem.condition(), model, radiusM, freezeSec));
      }
      elapsedSec += phase.durationSec();
    }
    double iceZoneM = FINE_ZONE_MARGIN * iceM + 10 * spacingM;
    // The far field lies beyond the zone that bounds the ice, in tissue that never freezes: its
    // disturbance spreads at the unfrozen diffusivity.
    double diffusivity = model.tissue().diffusivityUnfrozenM2PerSec();
    double farFieldM =
        Math.max(
            problem.farFieldDiffusionLengths() * Math.sqrt(diffusivity * protocolSec),
            10 * spacingM);
    double skinM = problem.skin().map(s -> s.depthAboveTipMm() * 1e-3).orElse(0.0);
    return AxisymmetricGrid.graded(
        radiusM, problem.activeLengthMm() * 1e-3, spacingM, iceZoneM, farFieldM, skinM);
  }

  private static double iceBoundM(
      ActiveSegmentCondition condition, EnthalpyModel model, double radiusM, double timeSec) {
    return switch (condition) {
      case ActiveSegmentCondition.WallTemperature wall ->
          CylinderIceBound.depthM(model, wall.temperatureC(), radiusM, timeSec);
      case ActiveSegmentCondition.Cooling cooling ->
          switch (cooling.cooling()) {
            case ProbeCooling.RegulatedTip _, ProbeCooling.SurfaceTemperature _ ->
                throw ProbeCooling.notAFixedLaw();
            case ProbeCooling.LineHeatExtraction line ->
                FrozenRegionBound.lineHeatIceRadiusM(
                        model,
                        line.nominalWattsPerM()
                            * Math.max(
                                1, cooling.supplyPressureKPa() / line.nominalSupplyPressureKPa()),
                        radiusM,
                        timeSec)
                    - radiusM;
            case ProbeCooling.ConvectiveCooling convective ->
                CylinderIceBound.depthM(model, convective.gasTemperatureC(), radiusM, timeSec);
          };
      default -> 0;
    };
  }
}
