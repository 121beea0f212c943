package org.cryows.planner.thermal.axisym;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.planner.thermal.EnergyBalance;
import org.cryows.planner.thermal.EnergyWatchdog;
import org.cryows.planner.thermal.EnthalpyModel;
import org.cryows.planner.thermal.FrozenRegionBound;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProbeCooling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves the Pennes bioheat equation in enthalpy form around one straight probe in homogeneous
 * tissue, in cylindrical coordinates (r, z) with symmetry about the probe axis. Same finite
 * volumes, face conductances and explicit stepping as the one-dimensional solver: every step stays
 * below 0.9 * min_i V_i (rho c)_min / (sum G_max + V_i w), where the update is a convex combination
 * of old states (maximum principle, no NaN); enthalpy as the unknown conserves latent heat exactly.
 *
 * <p>The probe occupies r &lt; R from the tip z = 0 upwards. Its active segment (lateral surface
 * for 0 &le; z &le; L and the closed tip) carries the cooling condition; the shaft beyond is
 * adiabatic, as warm gas in the stem protects the track (DOMAIN.md). The far field (outer radius,
 * bottom, top) is held at the initial temperature.
 */
public final class ExplicitAxisymmetricSolver {

  private static final Logger LOG = LoggerFactory.getLogger(ExplicitAxisymmetricSolver.class);

  static final double STABILITY_SAFETY = 0.9;
  static final double FINE_ZONE_MARGIN = 1.5;
  static final int WATCHDOG_INTERVAL_STEPS = 512;

  /** Recorded with every prediction so a saved one can be reproduced. */
  public static final String MODEL_VERSION = "axisym-enthalpy-explicit/1";

  /**
   * @throws InvalidThermalInputException for what only the implicit solver models: several phases,
   *     a skin, or a probe that does not cool
   */
  public AxisymmetricSolution solve(AxisymmetricProblem problem) {
    if (problem.phases().size() != 1 || problem.skin().isPresent()) {
      throw new InvalidThermalInputException(
          "the explicit solver runs one freeze without skin; use AxisymmetricSolver");
    }
    return new Run(problem).execute();
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
    private final double[] initialEnthalpy;
    private final double[] temperature;
    private final double[] heatRate;
    private final boolean[] onPlateau;
    private final double[] mixedConductivity;

    /** Radial face f of row j at [j * (nr + 1) + f]: area and distances to the two centres. */
    private final double[] radialArea;

    private final double[] radialInnerDistance;
    private final double[] radialOuterDistance;

    /** Axial face g of column i at [g * nr + i]: distances to the two centres. */
    private final double[] axialLowerDistance;

    private final double[] axialUpperDistance;
    private final double[] annulusArea;
    private final double activeAreaM2;
    private final double activeLengthM;
    private final double farFieldC;
    private final boolean hasBioheat;
    private final double timeStepSec;
    private final EnergyWatchdog watchdog = new EnergyWatchdog();
    private double probeHeatW;
    private double farFieldHeatW;

    Run(AxisymmetricProblem problem) {
      this.problem = problem;
      this.model = problem.enthalpyModel();
      this.grid = buildGrid(problem, model);
      var cells = new AxisymmetricCells(grid, problem);
      nr = cells.nr;
      nz = cells.nz;
      tissue = cells.tissue;
      volume = cells.volume;
      activeLengthM = cells.activeLengthM;
      activeAreaM2 = cells.activeAreaM2;
      farFieldC = problem.initialTemperatureC();
      hasBioheat =
          model.perfusionCoefficientWPerM3K() > 0 || model.tissue().metabolicHeatWPerM3() > 0;
      enthalpy = new double[nr * nz];
      Arrays.fill(enthalpy, model.enthalpyJPerM3(problem.initialTemperatureC()));
      initialEnthalpy = enthalpy.clone();
      temperature = new double[nr * nz];
      heatRate = new double[nr * nz];
      onPlateau = new boolean[nr * nz];
      mixedConductivity = new double[nr * nz];
      radialArea = cells.radialArea;
      radialInnerDistance = cells.radialInnerDistance;
      radialOuterDistance = cells.radialOuterDistance;
      axialLowerDistance = cells.axialLowerDistance;
      axialUpperDistance = cells.axialUpperDistance;
      annulusArea = cells.annulusArea;
      timeStepSec = stableTimeStepSec();
    }

    AxisymmetricSolution execute() {
      List<Double> isotherms = problem.isothermsC();
      List<List<OptionalDouble>> lengths = new ArrayList<>();
      List<List<OptionalDouble>> diameters = new ArrayList<>();
      for (int n = 0; n < isotherms.size(); n++) {
        lengths.add(new ArrayList<>());
        diameters.add(new ArrayList<>());
      }
      EnergyBalance balance = watchdog.check(0, 0, 0);
      double timeSec = 0;
      long steps = 0;
      for (double targetSec : problem.timesSec()) {
        while (timeSec < targetSec) {
          double remaining = targetSec - timeSec;
          double step = Math.min(timeStepSec, remaining);
          advance(timeSec, step);
          timeSec = step == remaining ? targetSec : timeSec + step;
          if (++steps % WATCHDOG_INTERVAL_STEPS == 0) {
            checkEnergy(timeSec);
          }
        }
        balance = checkEnergy(timeSec);
        updateTemperatures();
        var measure =
            new IceBallMeasure(
                grid,
                model,
                temperature,
                enthalpy,
                AxisymmetricCells.wallAt(problem.condition(), timeSec));
        for (int n = 0; n < isotherms.size(); n++) {
          double isotherm = isotherms.get(n);
          lengths.get(n).add(measure.lengthMm(isotherm));
          diameters.get(n).add(measure.diameterMm(isotherm));
        }
      }
      LOG.debug(
          "axisymmetric run: {} x {} cells, step {} ms, {} steps",
          nr,
          nz,
          timeStepSec * 1e3,
          steps);
      return new AxisymmetricSolution(
          problem.timesSec(),
          isotherms,
          lengths,
          diameters,
          List.of(),
          List.of(),
          Optional.empty(),
          balance,
          nr,
          nz,
          timeStepSec,
          (int) steps,
          MODEL_VERSION);
    }

    /** Temperature and conductivity of every cell, once per step (the face loops reuse them). */
    private void updateTemperatures() {
      for (int c = 0; c < enthalpy.length; c++) {
        if (tissue[c]) {
          temperature[c] = model.temperatureC(enthalpy[c]);
          onPlateau[c] = model.isOnSharpPlateau(enthalpy[c]);
          mixedConductivity[c] = model.conductivityWPerMK(enthalpy[c]);
        }
      }
    }

    /** Same rule as {@link EnthalpyModel#halfCellConductivityWPerMK}, from this step's values. */
    private double halfCellConductivity(int cell, double neighbourTemperatureC) {
      return onPlateau[cell]
          ? model.plateauHalfCellConductivityWPerMK(neighbourTemperatureC)
          : mixedConductivity[cell];
    }

    private void advance(double timeSec, double stepSec) {
      updateTemperatures();
      Arrays.fill(heatRate, 0);
      probeHeatW = 0;
      farFieldHeatW = 0;
      double extractionWPerM2 = extractionFluxWPerM2(timeSec);
      radialFaces(extractionWPerM2);
      axialFaces(extractionWPerM2);
      double bioheatW = 0;
      double arterialC = problem.arterialTemperatureC();
      for (int c = 0; c < enthalpy.length; c++) {
        if (!tissue[c]) {
          continue;
        }
        double sourceW =
            hasBioheat ? volume[c] * model.bioheatSourceWPerM3(enthalpy[c], arterialC) : 0;
        bioheatW += sourceW;
        enthalpy[c] += stepSec * (heatRate[c] + sourceW) / volume[c];
      }
      if (problem.condition() instanceof ActiveSegmentCondition.WallTemperature) {
        watchdog.addBoundaryHeat(stepSec * probeHeatW);
      } else {
        watchdog.addSinkHeat(stepSec * probeHeatW);
      }
      watchdog.addBoundaryHeat(stepSec * farFieldHeatW);
      watchdog.addBioheat(stepSec * bioheatW);
    }

    /** Heat flux out of the active surface for a prescribed extraction, W/m2 (else 0). */
    private double extractionFluxWPerM2(double timeSec) {
      if (problem.condition() instanceof ActiveSegmentCondition.Cooling cooling
          && cooling.cooling() instanceof ProbeCooling.LineHeatExtraction line) {
        return line.wattsPerMeter(timeSec, cooling.supplyPressureKPa())
            * activeLengthM
            / activeAreaM2;
      }
      return 0;
    }

    private void radialFaces(double extractionWPerM2) {
      for (int j = 0; j < nz; j++) {
        int row = j * nr;
        int faces = j * (nr + 1);
        boolean activeRow = grid.isActiveRow(j);
        for (int f = 1; f < nr; f++) {
          int inner = row + f - 1;
          int outer = row + f;
          int face = faces + f;
          if (tissue[inner] && tissue[outer]) {
            exchange(
                inner,
                outer,
                radialArea[face],
                radialInnerDistance[face],
                radialOuterDistance[face]);
          } else if (tissue[outer] && activeRow) {
            probeFace(outer, radialArea[face], radialOuterDistance[face], extractionWPerM2);
          }
        }
        farField(row + nr - 1, radialArea[faces + nr], radialInnerDistance[faces + nr]);
      }
    }

    private void axialFaces(double extractionWPerM2) {
      for (int g = 1; g < nz; g++) {
        boolean tip = g == grid.tipAxialCell;
        for (int i = 0; i < nr; i++) {
          int lower = (g - 1) * nr + i;
          int upper = g * nr + i;
          int face = g * nr + i;
          if (tissue[lower] && tissue[upper]) {
            exchange(
                lower, upper, annulusArea[i], axialLowerDistance[face], axialUpperDistance[face]);
          } else if (tip && tissue[lower]) {
            probeFace(lower, annulusArea[i], axialLowerDistance[face], extractionWPerM2);
          }
        }
      }
      for (int i = 0; i < nr; i++) {
        farField(i, annulusArea[i], axialUpperDistance[i]);
        int top = (nz - 1) * nr + i;
        if (tissue[top]) {
          farField(top, annulusArea[i], axialLowerDistance[nz * nr + i]);
        }
      }
    }

    private void exchange(int a, int b, double area, double distanceA, double distanceB) {
      double conductivityA = halfCellConductivity(a, temperature[b]);
      double conductivityB = halfCellConductivity(b, temperature[a]);
      double flow =
          area
              * (temperature[a] - temperature[b])
              / (distanceA / conductivityA + distanceB / conductivityB);
      heatRate[a] -= flow;
      heatRate[b] += flow;
    }

    private void farField(int cell, double area, double distance) {
      double conductivity = halfCellConductivity(cell, farFieldC);
      double flow = area * conductivity * (farFieldC - temperature[cell]) / distance;
      heatRate[cell] += flow;
      farFieldHeatW += flow;
    }

    /** Heat entering a tissue cell through an active probe face. */
    private void probeFace(int cell, double area, double distance, double extractionWPerM2) {
      double flow =
          switch (problem.condition()) {
            case ActiveSegmentCondition.WallTemperature wall ->
                area
                    * model.halfCellConductivityWPerMK(enthalpy[cell], wall.temperatureC())
                    * (wall.temperatureC() - temperature[cell])
                    / distance;
            case ActiveSegmentCondition.Cooling cooling ->
                switch (cooling.cooling()) {
                  case ProbeCooling.RegulatedTip _, ProbeCooling.SurfaceTemperature _ ->
                      throw ProbeCooling.notAFixedLaw();
                  case ProbeCooling.LineHeatExtraction _ -> -extractionWPerM2 * area;
                  case ProbeCooling.ConvectiveCooling convective ->
                      area
                          * (convective.gasTemperatureC() - temperature[cell])
                          / (1 / convective.heatTransferCoefficientWPerM2K()
                              + distance
                                  / model.halfCellConductivityWPerMK(
                                      enthalpy[cell], convective.gasTemperatureC()));
                };
            case ActiveSegmentCondition.HeatInput _, ActiveSegmentCondition.Insulated _ ->
                throw new IllegalStateException("a freeze phase only cools");
          };
      heatRate[cell] += flow;
      probeHeatW += flow;
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

    /**
     * The explicit limit with every face conducting as the best conductor: interior faces join two
     * cell centres, walls and the far field one centre and the boundary.
     */
    private double stableTimeStepSec() {
      double maxConductivity = model.maxConductivityWPerMK();
      double minHeatCapacity = 1 / model.maxTemperaturePerEnthalpy();
      double limit = Double.POSITIVE_INFINITY;
      for (int j = 0; j < nz; j++) {
        for (int i = 0; i < nr; i++) {
          int cell = j * nr + i;
          if (!tissue[cell]) {
            continue;
          }
          double conductance =
              maxConductivity
                  * (faceConductanceFactor(
                          radialArea[j * (nr + 1) + i],
                          radialInnerDistance[j * (nr + 1) + i],
                          radialOuterDistance[j * (nr + 1) + i])
                      + faceConductanceFactor(
                          radialArea[j * (nr + 1) + i + 1],
                          radialInnerDistance[j * (nr + 1) + i + 1],
                          radialOuterDistance[j * (nr + 1) + i + 1])
                      + faceConductanceFactor(
                          annulusArea[i], axialLowerDistance[cell], axialUpperDistance[cell])
                      + faceConductanceFactor(
                          annulusArea[i],
                          axialLowerDistance[cell + nr],
                          axialUpperDistance[cell + nr]));
          double perfusion = volume[cell] * model.perfusionCoefficientWPerM3K();
          limit = Math.min(limit, volume[cell] * minHeatCapacity / (conductance + perfusion));
        }
      }
      return STABILITY_SAFETY * limit;
    }

    /**
     * Area over distance between the centres a face joins; at a boundary one distance is zero and
     * the other reaches the boundary (a wall or the far field). Probe faces conduct no better.
     */
    private static double faceConductanceFactor(
        double area, double lowerDistance, double upperDistance) {
      return area / (lowerDistance + upperDistance);
    }
  }

  static AxisymmetricGrid buildGrid(AxisymmetricProblem problem, EnthalpyModel model) {
    double radiusM = problem.probeRadiusMm() * 1e-3;
    double spacingM = problem.finestSpacingMm() * 1e-3;
    double lastSec = problem.lastTimeSec();
    double iceM =
        switch (problem.condition()) {
          case ActiveSegmentCondition.WallTemperature wall ->
              FrozenRegionBound.wallIceDepthM(model, wall.temperatureC(), lastSec);
          case ActiveSegmentCondition.Cooling cooling ->
              switch (cooling.cooling()) {
                case ProbeCooling.RegulatedTip _, ProbeCooling.SurfaceTemperature _ ->
                    throw ProbeCooling.notAFixedLaw();
                case ProbeCooling.LineHeatExtraction line ->
                    FrozenRegionBound.lineHeatIceRadiusM(
                            model,
                            line.nominalWattsPerM()
                                * Math.max(
                                    1,
                                    cooling.supplyPressureKPa() / line.nominalSupplyPressureKPa()),
                            radiusM,
                            lastSec)
                        - radiusM;
                case ProbeCooling.ConvectiveCooling convective ->
                    FrozenRegionBound.wallIceDepthM(model, convective.gasTemperatureC(), lastSec);
              };
          case ActiveSegmentCondition.HeatInput _, ActiveSegmentCondition.Insulated _ -> 0;
        };
    double fineExtentM = FINE_ZONE_MARGIN * iceM + 10 * spacingM;
    var tissue = model.tissue();
    double diffusivity =
        Math.max(tissue.diffusivityFrozenM2PerSec(), tissue.diffusivityUnfrozenM2PerSec());
    double farFieldM =
        Math.max(
            problem.farFieldDiffusionLengths() * Math.sqrt(diffusivity * lastSec), 10 * spacingM);
    return new AxisymmetricGrid(
        radiusM, problem.activeLengthMm() * 1e-3, spacingM, fineExtentM, farFieldM);
  }
}
