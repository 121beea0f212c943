package org.cryows.planner.thermal.cartesian;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.EnergyBalance;
import org.cryows.planner.thermal.EnergyWatchdog;
import org.cryows.planner.thermal.EnthalpyModel;
import org.cryows.planner.thermal.FrozenRegionBound;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.RunMonitor;
import org.cryows.planner.thermal.TissueProperties;
import org.cryows.planner.thermal.axisym.CylinderIceBound;
import org.cryows.treatment.FreezeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves Pennes' bioheat equation in enthalpy form in a box of labelled tissue around several
 * probes, through a treatment protocol (freezes, passive and active thaws), on a graded
 * tensor-product grid with implicit time steps ({@link ImplicitStepper}). Probes have walls linked
 * to the cells around them, or are line sources when thinner than a cell can hold ({@link
 * ProbeSources}, {@link ProbeWall}); far-field faces hold the initial temperature, skin faces and
 * vessel walls exchange heat with their own temperatures ({@link BoundaryFaces}). The {@link
 * EnergyWatchdog} recounts the enthalpy every {@value #WATCHDOG_INTERVAL_STEPS} steps and at every
 * output, and the run stops with a {@link org.cryows.planner.thermal.ThermalModelFailure} on a
 * non-finite value or an imbalance.
 *
 * <p>Thread-safe: each call of {@link #solve} works on its own arrays with its own worker threads.
 */
public final class CartesianSolver {

  private static final Logger LOG = LoggerFactory.getLogger(CartesianSolver.class);

  /** Names the numerical model; a saved prediction records it to be reproduced. */
  public static final String MODEL_VERSION =
      "cartesian-enthalpy/6 (graded grid, variable-step BDF2 with conductances at the predicted"
          + " state, red-black nonlinear SOR, probe walls linked radially to the cells around them,"
          + " line sources for probes under a cell's equivalent radius, vessel walls at the"
          + " cylinder)";

  /**
   * Over-relaxation of the sweeps in unfrozen and mushy tissue: 1.3 took the fewest sweeps on the
   * single-probe test case (1.0: 1.8 times as many; 1.5: 1.7 times; 1.8 did not converge at the
   * latent-heat plateau).
   */
  static final double RELAXATION = 1.3;

  /**
   * Over-relaxation in ice, where Fo = alpha dt / h^2 is about ten times that of unfrozen tissue
   * and Gauss-Seidel converges slowest (the optimum of SOR grows towards 2 with Fo). On the
   * benchmark at 8 s: 1.3, 1.6 and 1.75 took 2.71e8, 2.46e8 and 2.64e8 cell updates, the ice within
   * 0.01 mm of each other.
   */
  static final double ICE_RELAXATION = 1.6;

  /**
   * A step's sweeps stop when no temperature moves by more than this in a sweep. On the benchmark
   * at 8 s, 0.005, 0.01 and 0.02 C moved the ice by under 0.004 mm (2.87e8, 2.46e8, 2.15e8 cell
   * updates); the rows a sweep skips are those that moved by under a quarter of it (see {@link
   * ImplicitStepper#sweep}).
   */
  static final double TOLERANCE_C = 2e-2;

  static final int MAX_SWEEPS = 300;
  static final int WATCHDOG_INTERVAL_STEPS = 32;

  /**
   * The fine box reaches this share of the ice bound beyond the active segments, plus 4 cells. The
   * bound ignores the heat that warm tissue and blood bring to the front; measured ice radii were
   * 0.64 of it (one probe, 60 s) and 0.44 (benchmark, two 3-minute freezes), and beyond the box
   * cells grow by only 8 % each.
   */
  static final double FINE_ZONE_MARGIN = 0.7;

  /** Each phase opens with steps of 1/8, 1/4 and 1/2 of the nominal step (fast early fronts). */
  static final int OPENING_STEPS = 3;

  /** The longest step, relative to the last, that takes BDF2 (zero-stable below 1 + sqrt 2). */
  static final double MAX_BDF2_RATIO = 2.4;

  private final int threads;

  /** Uses every available processor. */
  public CartesianSolver() {
    this(Runtime.getRuntime().availableProcessors());
  }

  public CartesianSolver(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread, got " + threads);
    }
    this.threads = threads;
  }

  public CartesianSolution solve(CartesianProblem problem) {
    return solve(problem, RunMonitor.NONE);
  }

  /** Solves while the monitor watches each step (and may stop the run). */
  public CartesianSolution solve(CartesianProblem problem, RunMonitor monitor) {
    try (var workers = new SlabWorkers(threads)) {
      return new Run(problem, workers).execute(monitor);
    }
  }

  /**
   * The grid a problem is solved on: uniform cells of the finest spacing over a box reaching an
   * upper bound of the ice ({@link FrozenRegionBound}) beyond every active segment, growing by
   * {@link CartesianGrid#GROWTH_RATIO} to the domain faces.
   */
  public static CartesianGrid gridFor(CartesianProblem problem) {
    double spacing = problem.finestSpacingMm();
    double reachMm = FINE_ZONE_MARGIN * iceBoundMm(problem) + 4 * spacing;
    double[] low = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    double[] high = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (ProbePlacement probe : problem.probes()) {
      for (Vector3 end : List.of(probe.tipMm(), probe.activeEndMm())) {
        for (int axis = 0; axis < 3; axis++) {
          low[axis] = Math.min(low[axis], end.coordinate(axis) - reachMm);
          high[axis] = Math.max(high[axis], end.coordinate(axis) + reachMm);
        }
      }
    }
    return CartesianGrid.graded(
        problem.labels().originMm(),
        problem.labels().maxCornerMm(),
        new Vector3(low[0], low[1], low[2]),
        new Vector3(high[0], high[1], high[2]),
        spacing);
  }

  /** The largest ice radius any probe can reach over all freezes, in the least latent tissue. */
  static double iceBoundMm(CartesianProblem problem) {
    double freezeSec = problem.totalFreezeSec();
    double bound = 0;
    for (TissueProperties tissue : problem.tissuesByLabel().values()) {
      EnthalpyModel model = EnthalpyModel.of(tissue, problem.sharpFront());
      for (ProbePlacement placement : problem.probes()) {
        double radiusM = placement.probe().radiusMm() * 1e-3;
        double iceM =
            switch (placement.probe().cooling()) {
              case ProbeCooling.RegulatedTip _ -> throw ProbeCooling.notAFixedLaw();
              case ProbeCooling.SurfaceTemperature wall ->
                  radiusM + CylinderIceBound.depthM(model, wall.temperatureC(), radiusM, freezeSec);
              case ProbeCooling.LineHeatExtraction line ->
                  FrozenRegionBound.lineHeatIceRadiusM(
                      model,
                      line.nominalWattsPerM()
                          * Math.max(
                              1, placement.supplyPressureKPa() / line.nominalSupplyPressureKPa()),
                      0,
                      freezeSec);
              case ProbeCooling.ConvectiveCooling convective ->
                  radiusM
                      + CylinderIceBound.depthM(
                          model, convective.gasTemperatureC(), radiusM, freezeSec);
            };
        bound = Math.max(bound, iceM * 1e3);
      }
    }
    return bound;
  }

  private static final class Run {
    private final CartesianProblem problem;
    private final CartesianGrid grid;
    private final ImplicitStepper field;
    private final BoundaryFaces boundaries;
    private final ProbeSources sources;
    private final double[][] probeConductances;
    private final TrackRecorder tracks;

    /** Per cell (indexed without ghosts) the probe with a wall whose cell it is, or -1. */
    private final int[] coveredBy;

    private final EnergyWatchdog watchdog = new EnergyWatchdog();
    private int steps;
    private double lastStepSec;

    /** The heat booked for the last step, J: BDF2 carries a share of it. */
    private double lastBioheatJ;

    private double lastBoundaryJ;
    private double lastSinkJ;

    Run(CartesianProblem problem, SlabWorkers workers) {
      this.problem = problem;
      this.grid = gridFor(problem);
      Map<Integer, TissueProperties> tissues = problem.tissuesByLabel();
      List<EnthalpyModel> models = new ArrayList<>();
      if (tissues.size() > Byte.MAX_VALUE / 2) {
        throw new InvalidThermalInputException("at most 63 tissues per run");
      }
      // A probe with a wall takes its cells out of the tissue (ProbeWall); inside a line source
      // the cells hold a probe core without latent heat (ProbeCore).
      int cells = grid.cellCount();
      int nx = grid.cells(0);
      int ny = grid.cells(1);
      int[] vesselOfCell = new int[cells];
      int[] labelOfCell = new int[cells];
      int[] probeOfCentre = new int[cells];
      // Geometry tests per cell centre, in parallel over planes: each plane writes its own cells.
      workers.run(
          0,
          grid.cells(2),
          0,
          (kFrom, kTo, out) -> {
            for (int k = kFrom; k < kTo; k++) {
              for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                  int plain = (k * ny + j) * nx + i;
                  Vector3 centre = grid.cellCentreMm(i, j, k);
                  int vessel = vesselContaining(centre);
                  vesselOfCell[plain] = vessel;
                  probeOfCentre[plain] = -1;
                  if (vessel < 0) {
                    labelOfCell[plain] = problem.labels().labelAtMm(centre);
                    probeOfCentre[plain] = probeContaining(centre);
                  }
                }
              }
            }
          });
      coveredBy =
          ProbeWall.cellsOfProbes(
              grid, problem.probes(), problem.finestSpacingMm(), probeOfCentre, vesselOfCell);
      int[] materialOfLabel = new int[256];
      int[] coreOfLabel = new int[256];
      Arrays.fill(coreOfLabel, -1);
      tissues.forEach(
          (label, tissue) -> {
            materialOfLabel[label] = models.size();
            models.add(EnthalpyModel.of(tissue, problem.sharpFront()));
          });
      byte[] materialOfCell = new byte[cells];
      double[] fixedTemperature = new double[cells];
      for (int plain = 0; plain < cells; plain++) {
        int vessel = vesselOfCell[plain];
        if (vessel >= 0) {
          materialOfCell[plain] = ImplicitStepper.NOT_TISSUE;
          fixedTemperature[plain] = problem.vessels().get(vessel).wall().bloodTemperatureC();
        } else if (coveredBy[plain] >= 0) {
          materialOfCell[plain] = ImplicitStepper.NOT_TISSUE;
          fixedTemperature[plain] = problem.initialTemperatureC();
        } else if (probeOfCentre[plain] >= 0) {
          int label = labelOfCell[plain];
          if (coreOfLabel[label] < 0) {
            coreOfLabel[label] = models.size();
            models.add(ProbeCore.model(tissues.get(label)));
          }
          materialOfCell[plain] = (byte) coreOfLabel[label];
        } else {
          materialOfCell[plain] = (byte) materialOfLabel[labelOfCell[plain]];
        }
      }
      field =
          new ImplicitStepper(
              grid,
              new Materials(models),
              materialOfCell,
              problem.initialTemperatureC(),
              problem.arterialTemperatureC(),
              fixedTemperature,
              workers);
      requireProbesInTissue(vesselOfCell);
      boundaries =
          new BoundaryFaces(
              grid,
              field,
              vesselOfCell,
              coveredBy,
              problem.vessels(),
              problem.skin(),
              problem.initialTemperatureC());
      sources = new ProbeSources(grid, field, problem.probes(), coveredBy, vesselOfCell);
      probeConductances = sources.newConductanceBuffers();
      tracks = new TrackRecorder(grid, field, problem.nerveTracks());
    }

    private int probeContaining(Vector3 point) {
      for (int p = 0; p < problem.probes().size(); p++) {
        if (problem.probes().get(p).containsMm(point)) {
          return p;
        }
      }
      return -1;
    }

    private int vesselContaining(Vector3 point) {
      for (int v = 0; v < problem.vessels().size(); v++) {
        if (problem.vessels().get(v).containsMm(point)) {
          return v;
        }
      }
      return -1;
    }

    /**
     * A probe whose axis runs through a vessel cell would lose its heat into the blood (a wall's
     * share facing a vessel within a cell is left out: {@link ProbeWall}).
     */
    private void requireProbesInTissue(int[] vesselOfCell) {
      for (int p = 0; p < problem.probes().size(); p++) {
        ProbePlacement probe = problem.probes().get(p);
        for (var share : LineSourceSpreading.spread(grid, probe.tipMm(), probe.activeEndMm())) {
          int plain = (share.k() * grid.cells(1) + share.j()) * grid.cells(0) + share.i();
          if (vesselOfCell[plain] >= 0) {
            throw new InvalidThermalInputException(
                "probe "
                    + p
                    + " ("
                    + probe.probe().id()
                    + "): its active segment runs through"
                    + " vessel "
                    + vesselOfCell[plain]);
          }
        }
      }
    }

    CartesianSolution execute(RunMonitor monitor) {
      long start = System.nanoTime();
      List<Double> outputs = problem.outputTimesSec();
      List<TemperatureField> fields = new ArrayList<>();
      List<List<List<OptionalDouble>>> lengths = newSeries();
      List<List<List<OptionalDouble>>> diameters = newSeries();
      int nextOutput = 0;
      double timeSec = 0;
      EnergyBalance balance = watchdog.check(0, 0, 0);
      if (outputs.getFirst() == 0) {
        record(0, fields, lengths, diameters);
        nextOutput++;
      }
      double nominalStep = problem.timeStepSec();
      double phaseStartSec = 0;
      for (FreezeCycle.Phase phase : problem.phases()) {
        double phaseEndSec = phaseStartSec + phase.durationSec();
        int phaseSteps = 0;
        while (timeSec < phaseEndSec) {
          double targetSec =
              nextOutput < outputs.size()
                  ? Math.min(phaseEndSec, outputs.get(nextOutput))
                  : phaseEndSec;
          double opening =
              phaseSteps < OPENING_STEPS ? Math.scalb(1.0, phaseSteps - OPENING_STEPS) : 1;
          double stepSec = nominalStep * opening;
          double remaining = targetSec - timeSec;
          boolean lands = remaining <= stepSec * 1.25;
          if (lands) {
            stepSec = remaining;
          }
          advance(phase, timeSec - phaseStartSec, stepSec);
          phaseSteps++;
          timeSec = lands ? targetSec : timeSec + stepSec;
          monitor.stepDone(timeSec, problem.totalDurationSec());
          if (++steps % WATCHDOG_INTERVAL_STEPS == 0) {
            balance = checkEnergy(timeSec);
          }
          if (lands && nextOutput < outputs.size() && targetSec == outputs.get(nextOutput)) {
            balance = checkEnergy(timeSec);
            record(timeSec, fields, lengths, diameters);
            nextOutput++;
          }
        }
        phaseStartSec = phaseEndSec;
        timeSec = phaseEndSec;
      }
      balance = checkEnergy(timeSec);
      List<ProbeIceBall> iceBalls = new ArrayList<>();
      for (int p = 0; p < problem.probes().size(); p++) {
        iceBalls.add(
            new ProbeIceBall(p, outputs, problem.isothermsC(), lengths.get(p), diameters.get(p)));
      }
      LOG.debug(
          "3-D run: {}, {} steps, {} cell updates, {} ms",
          grid,
          steps,
          field.cellUpdates(),
          (System.nanoTime() - start) / 1_000_000);
      return new CartesianSolution(
          MODEL_VERSION,
          problem,
          grid,
          fields,
          iceBalls,
          tracks.exposures(),
          balance,
          steps,
          field.cellUpdates());
    }

    private void advance(FreezeCycle.Phase phase, double phaseTimeSec, double stepSec) {
      // Variable-step BDF2 after a phase's first step (backward Euler there: the boundary jumps
      // at a phase's start): (1 + 2r) / (1 + r) H - (1 + r) H_old + r^2 / (1 + r) H_previous =
      // dt (heat in) / V, r this step over the last, written as a backward-Euler step of
      // effective length a dt from H_base = H_old + carry (H_old - H_previous).
      // A step far longer than the last (after a short one landing on an output time) takes
      // backward Euler: variable-step BDF2 is zero-stable only for ratios below 1 + sqrt 2.
      double share = phaseTimeSec > 0 ? stepSec / lastStepSec : 0;
      double ratio = share <= MAX_BDF2_RATIO ? share : 0;
      double carry = ratio * ratio / (1 + 2 * ratio);
      double effectiveSec = stepSec * (1 + ratio) / (1 + 2 * ratio);
      field.beginStep(effectiveSec, carry, share);
      boundaries.apply(field);
      double fixedProbeW =
          sources.apply(
              field,
              phase,
              problem.activeThaw(),
              phaseTimeSec,
              stepSec,
              effectiveSec,
              carry,
              probeConductances);
      lastStepSec = stepSec;
      field.sweep(effectiveSec, RELAXATION, ICE_RELAXATION, TOLERANCE_C, MAX_SWEEPS);
      // The books: the carried share of the last step's enthalpy change is the same share of
      // the heat booked for it, since the conservative pass made the two equal.
      double bioheatJ = carry * lastBioheatJ + field.conserve(effectiveSec);
      double boundaryJ = carry * lastBoundaryJ + effectiveSec * boundaries.heatW(field);
      double sinkJ =
          carry * lastSinkJ
              + effectiveSec * (fixedProbeW + sources.linkHeatW(field, probeConductances));
      watchdog.addBioheat(bioheatJ);
      watchdog.addBoundaryHeat(boundaryJ);
      watchdog.addSinkHeat(sinkJ);
      lastBioheatJ = bioheatJ;
      lastBoundaryJ = boundaryJ;
      lastSinkJ = sinkJ;
      sources.showWallTemperatures(field, probeConductances);
      tracks.afterStep(field, stepSec);
    }

    private EnergyBalance checkEnergy(double timeSec) {
      double[] change = field.enthalpyChange();
      return watchdog.check(change[0], change[1], timeSec);
    }

    private List<List<List<OptionalDouble>>> newSeries() {
      List<List<List<OptionalDouble>>> series = new ArrayList<>();
      for (int p = 0; p < problem.probes().size(); p++) {
        List<List<OptionalDouble>> perIsotherm = new ArrayList<>();
        for (int n = 0; n < problem.isothermsC().size(); n++) {
          perIsotherm.add(new ArrayList<>());
        }
        series.add(perIsotherm);
      }
      return series;
    }

    private void record(
        double timeSec,
        List<TemperatureField> fields,
        List<List<List<OptionalDouble>>> lengths,
        List<List<List<OptionalDouble>>> diameters) {
      field.refreshTemperatures();
      var snapshot = new TemperatureField(timeSec, grid, field.temperaturesWithoutGhosts());
      fields.add(snapshot);
      var gauge = new IceBallGauge(snapshot, problem.probes());
      for (int p = 0; p < problem.probes().size(); p++) {
        for (int n = 0; n < problem.isothermsC().size(); n++) {
          OptionalDouble[] figures =
              IceBallGauge.measureOptional(gauge, p, problem.isothermsC().get(n));
          lengths.get(p).get(n).add(figures[0]);
          diameters.get(p).get(n).add(figures[1]);
        }
      }
    }
  }
}
