package org.cryows.planner.thermal.axisym;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.cryows.planner.thermal.EnergyBalance;
import org.cryows.planner.thermal.EnergyWatchdog;
import org.cryows.planner.thermal.EnthalpyModel;
import org.cryows.planner.thermal.FrozenRegionBound;
import org.cryows.planner.thermal.IsothermLocator;
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
public final class AxisymmetricSolver {

  private static final Logger LOG = LoggerFactory.getLogger(AxisymmetricSolver.class);

  static final double STABILITY_SAFETY = 0.9;
  static final double FINE_ZONE_MARGIN = 1.5;
  static final int WATCHDOG_INTERVAL_STEPS = 512;

  public AxisymmetricSolution solve(AxisymmetricProblem problem) {
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
      nr = grid.radialCells();
      nz = grid.axialCells();
      tissue = new boolean[nr * nz];
      volume = new double[nr * nz];
      for (int j = 0; j < nz; j++) {
        for (int i = 0; i < nr; i++) {
          tissue[j * nr + i] = !grid.isProbe(i, j);
          volume[j * nr + i] = grid.annulusAreaM2(i) * grid.axialSizeM(j);
        }
      }
      double radiusM = problem.probeRadiusMm() * 1e-3;
      activeLengthM = problem.activeLengthMm() * 1e-3;
      activeAreaM2 = 2 * Math.PI * radiusM * activeLengthM + Math.PI * radiusM * radiusM;
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
      radialArea = new double[(nr + 1) * nz];
      radialInnerDistance = new double[(nr + 1) * nz];
      radialOuterDistance = new double[(nr + 1) * nz];
      for (int j = 0; j < nz; j++) {
        for (int f = 0; f <= nr; f++) {
          int face = j * (nr + 1) + f;
          radialArea[face] = grid.cylinderAreaM2(f, j);
          radialInnerDistance[face] = f > 0 ? grid.radialFacesM[f] - grid.radialCenterM(f - 1) : 0;
          radialOuterDistance[face] = f < nr ? grid.radialCenterM(f) - grid.radialFacesM[f] : 0;
        }
      }
      axialLowerDistance = new double[(nz + 1) * nr];
      axialUpperDistance = new double[(nz + 1) * nr];
      annulusArea = new double[nr];
      for (int i = 0; i < nr; i++) {
        annulusArea[i] = grid.annulusAreaM2(i);
        for (int g = 0; g <= nz; g++) {
          axialLowerDistance[g * nr + i] =
              g > 0 ? grid.axialFacesM[g] - grid.axialCenterM(g - 1) : 0;
          axialUpperDistance[g * nr + i] = g < nz ? grid.axialCenterM(g) - grid.axialFacesM[g] : 0;
        }
      }
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
        for (int n = 0; n < isotherms.size(); n++) {
          double isotherm = isotherms.get(n);
          lengths.get(n).add(lengthMm(isotherm, timeSec));
          diameters.get(n).add(diameterMm(isotherm, timeSec));
        }
      }
      LOG.debug(
          "axisymmetric run: {} x {} cells, step {} ms, {} steps",
          nr,
          nz,
          timeStepSec * 1e3,
          steps);
      return new AxisymmetricSolution(
          problem.timesSec(), isotherms, lengths, diameters, balance, nr, nz, timeStepSec);
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
                  case ProbeCooling.LineHeatExtraction _ -> -extractionWPerM2 * area;
                  case ProbeCooling.ConvectiveCooling convective ->
                      area
                          * (convective.gasTemperatureC() - temperature[cell])
                          / (1 / convective.heatTransferCoefficientWPerM2K()
                              + distance
                                  / model.halfCellConductivityWPerMK(
                                      enthalpy[cell], convective.gasTemperatureC()));
                };
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

    private boolean isPlateauIsotherm(double isothermC) {
      return model.phaseChange().isSharp() && isothermC == model.phaseChange().solidusC();
    }

    /** Twice the largest radius the isotherm reaches in any row. */
    private OptionalDouble diameterMm(double isothermC, double timeSec) {
      double largestM = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < nz; j++) {
        OptionalDouble radius =
            isPlateauIsotherm(isothermC)
                ? plateauRadiusM(j)
                : isothermRadiusM(j, isothermC, timeSec);
        if (radius.isPresent()) {
          largestM = Math.max(largestM, radius.getAsDouble());
        }
      }
      return largestM == Double.NEGATIVE_INFINITY
          ? OptionalDouble.empty()
          : OptionalDouble.of(2 * largestM * 1e3);
    }

    private OptionalDouble isothermRadiusM(int j, double isothermC, double timeSec) {
      int first = grid.isProbe(0, j) ? grid.probeRadialCells : 0;
      boolean wallSample =
          timeSec > 0
              && first > 0
              && grid.isActiveRow(j)
              && problem.condition() instanceof ActiveSegmentCondition.WallTemperature;
      int offset = wallSample ? 1 : 0;
      double[] positions = new double[nr - first + offset];
      double[] temperatures = new double[positions.length];
      if (wallSample) {
        positions[0] = grid.radialFacesM[first];
        temperatures[0] =
            ((ActiveSegmentCondition.WallTemperature) problem.condition()).temperatureC();
      }
      for (int i = first; i < nr; i++) {
        positions[i - first + offset] = grid.radialCenterM(i);
        temperatures[i - first + offset] = temperature[j * nr + i];
      }
      return IsothermLocator.outermostCrossing(positions, temperatures, isothermC);
    }

    /** On a sharp front: the frozen share of the outermost freezing cell fills it from inside. */
    private OptionalDouble plateauRadiusM(int j) {
      for (int i = nr - 1; i >= 0; i--) {
        int cell = j * nr + i;
        if (!tissue[cell]) {
          return OptionalDouble.empty();
        }
        double liquid = model.liquidFraction(enthalpy[cell]);
        if (liquid < 1) {
          double inner = grid.radialFacesM[i];
          double outer = grid.radialFacesM[i + 1];
          return OptionalDouble.of(
              Math.sqrt(inner * inner + (1 - liquid) * (outer * outer - inner * inner)));
        }
      }
      return OptionalDouble.empty();
    }

    /** Extent along z of the region at or below the isotherm, over all columns. */
    private OptionalDouble lengthMm(double isothermC, double timeSec) {
      double bottomM = Double.POSITIVE_INFINITY;
      double topM = Double.NEGATIVE_INFINITY;
      boolean plateau = isPlateauIsotherm(isothermC);
      for (int i = 0; i < nr; i++) {
        double[] extent =
            plateau ? plateauColumnExtentM(i) : isothermColumnExtentM(i, isothermC, timeSec);
        if (extent != null) {
          bottomM = Math.min(bottomM, extent[0]);
          topM = Math.max(topM, extent[1]);
        }
      }
      return bottomM == Double.POSITIVE_INFINITY
          ? OptionalDouble.empty()
          : OptionalDouble.of((topM - bottomM) * 1e3);
    }

    /**
     * Lowest and highest crossing in column i, or null when no cell is at or below the isotherm. A
     * column under the probe ends at the tip: its ice reaches up to z = 0.
     */
    private double[] isothermColumnExtentM(int i, double isothermC, double timeSec) {
      boolean underProbe = i < grid.probeRadialCells;
      int end = underProbe ? grid.tipAxialCell : nz;
      int lowest = -1;
      int highest = -1;
      for (int j = 0; j < end; j++) {
        if (temperature[j * nr + i] <= isothermC) {
          if (lowest < 0) {
            lowest = j;
          }
          highest = j;
        }
      }
      boolean cooledTip =
          underProbe
              && timeSec > 0
              && problem.condition() instanceof ActiveSegmentCondition.WallTemperature wall
              && wall.temperatureC() <= isothermC;
      if (lowest < 0 && !cooledTip) {
        return null;
      }
      if (lowest < 0) {
        // Only the tip face is that cold: the isotherm lies between it and the first cell.
        double tipC = ((ActiveSegmentCondition.WallTemperature) problem.condition()).temperatureC();
        int below = (grid.tipAxialCell - 1) * nr + i;
        double bottom =
            IsothermLocator.crossing(
                0, tipC, grid.axialCenterM(grid.tipAxialCell - 1), temperature[below], isothermC);
        return new double[] {bottom, 0};
      }
      double bottom =
          lowest == 0
              ? grid.axialCenterM(0)
              : IsothermLocator.crossing(
                  grid.axialCenterM(lowest),
                  temperature[lowest * nr + i],
                  grid.axialCenterM(lowest - 1),
                  temperature[(lowest - 1) * nr + i],
                  isothermC);
      double top;
      if (underProbe) {
        top = 0;
      } else if (highest == nz - 1) {
        top = grid.axialCenterM(highest);
      } else {
        top =
            IsothermLocator.crossing(
                grid.axialCenterM(highest),
                temperature[highest * nr + i],
                grid.axialCenterM(highest + 1),
                temperature[(highest + 1) * nr + i],
                isothermC);
      }
      return new double[] {bottom, top};
    }

    /** On a sharp front: the lowest and highest freezing cells, filled from the ice side. */
    private double[] plateauColumnExtentM(int i) {
      boolean underProbe = i < grid.probeRadialCells;
      int end = underProbe ? grid.tipAxialCell : nz;
      int lowest = -1;
      int highest = -1;
      for (int j = 0; j < end; j++) {
        if (model.liquidFraction(enthalpy[j * nr + i]) < 1) {
          if (lowest < 0) {
            lowest = j;
          }
          highest = j;
        }
      }
      if (lowest < 0) {
        return null;
      }
      double lowestFrozen = 1 - model.liquidFraction(enthalpy[lowest * nr + i]);
      double bottom = grid.axialFacesM[lowest + 1] - lowestFrozen * grid.axialSizeM(lowest);
      double top;
      if (underProbe) {
        top = 0;
      } else {
        double highestFrozen = 1 - model.liquidFraction(enthalpy[highest * nr + i]);
        top = grid.axialFacesM[highest] + highestFrozen * grid.axialSizeM(highest);
      }
      return new double[] {bottom, top};
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
