package org.cryows.planner.thermal.axisym;

import java.util.OptionalDouble;
import org.cryows.planner.thermal.EnthalpyModel;
import org.cryows.planner.thermal.IsothermLocator;

/**
 * Measures the ice ball of one axisymmetric field: its length along the probe and its widest
 * diameter per isotherm. Temperatures are interpolated linearly between cell centres (and the probe
 * wall when it is held at a temperature); on a sharp front the 0 C isotherm is placed by the liquid
 * fraction of the outermost freezing cell, filled from the ice side.
 */
final class IceBallMeasure {

  private final AxisymmetricGrid grid;
  private final EnthalpyModel model;
  private final double[] temperature;
  private final double[] enthalpy;
  private final OptionalDouble wallC;
  private final int nr;
  private final int nz;

  /**
   * @param wallC the active surface's temperature when it is held at one and the run has started
   */
  IceBallMeasure(
      AxisymmetricGrid grid,
      EnthalpyModel model,
      double[] temperature,
      double[] enthalpy,
      OptionalDouble wallC) {
    this.grid = grid;
    this.model = model;
    this.temperature = temperature;
    this.enthalpy = enthalpy;
    this.wallC = wallC;
    this.nr = grid.radialCells();
    this.nz = grid.axialCells();
  }

  private PhaseAwareCrossing.Phase phaseOf(int cell) {
    double h = enthalpy[cell];
    if (h <= 0) {
      return PhaseAwareCrossing.Phase.FROZEN;
    }
    return h >= model.liquidusEnthalpyJPerM3()
        ? PhaseAwareCrossing.Phase.UNFROZEN
        : PhaseAwareCrossing.Phase.MUSHY;
  }

  private PhaseAwareCrossing.Phase phaseOfTemperature(double temperatureC) {
    if (temperatureC >= model.phaseChange().liquidusC()) {
      return PhaseAwareCrossing.Phase.UNFROZEN;
    }
    return temperatureC <= model.phaseChange().solidusC()
        ? PhaseAwareCrossing.Phase.FROZEN
        : PhaseAwareCrossing.Phase.MUSHY;
  }

  private boolean isPlateauIsotherm(double isothermC) {
    return model.phaseChange().isSharp() && isothermC == model.phaseChange().solidusC();
  }

  /** Twice the largest radius the isotherm reaches in any row. */
  OptionalDouble diameterMm(double isothermC) {
    double largestM = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < nz; j++) {
      OptionalDouble radius =
          isPlateauIsotherm(isothermC) ? plateauRadiusM(j) : isothermRadiusM(j, isothermC);
      if (radius.isPresent()) {
        largestM = Math.max(largestM, radius.getAsDouble());
      }
    }
    return largestM == Double.NEGATIVE_INFINITY
        ? OptionalDouble.empty()
        : OptionalDouble.of(2 * largestM * 1e3);
  }

  private OptionalDouble isothermRadiusM(int j, double isothermC) {
    int first = grid.isProbe(0, j) ? grid.probeRadialCells : 0;
    boolean wallSample = wallC.isPresent() && first > 0 && grid.isActiveRow(j);
    int offset = wallSample ? 1 : 0;
    double[] positions = new double[nr - first + offset];
    double[] temperatures = new double[positions.length];
    PhaseAwareCrossing.Phase[] phases = new PhaseAwareCrossing.Phase[positions.length];
    if (wallSample) {
      positions[0] = grid.radialFacesM[first];
      temperatures[0] = wallC.getAsDouble();
      phases[0] = phaseOfTemperature(wallC.getAsDouble());
    }
    for (int i = first; i < nr; i++) {
      positions[i - first + offset] = grid.radialCenterM(i);
      temperatures[i - first + offset] = temperature[j * nr + i];
      phases[i - first + offset] = phaseOf(j * nr + i);
    }
    return PhaseAwareCrossing.outermost(
        positions, temperatures, phases, phaseOfTemperature(isothermC), isothermC);
  }

  /** On a sharp front: the frozen share of the outermost freezing cell fills it from inside. */
  private OptionalDouble plateauRadiusM(int j) {
    for (int i = nr - 1; i >= 0; i--) {
      if (grid.isProbe(i, j)) {
        return OptionalDouble.empty();
      }
      double liquid = model.liquidFraction(enthalpy[j * nr + i]);
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
  OptionalDouble lengthMm(double isothermC) {
    double bottomM = Double.POSITIVE_INFINITY;
    double topM = Double.NEGATIVE_INFINITY;
    boolean plateau = isPlateauIsotherm(isothermC);
    for (int i = 0; i < nr; i++) {
      double[] extent = plateau ? plateauColumnExtentM(i) : isothermColumnExtentM(i, isothermC);
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
  private double[] isothermColumnExtentM(int i, double isothermC) {
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
    boolean cooledTip = underProbe && wallC.isPresent() && wallC.getAsDouble() <= isothermC;
    if (lowest < 0 && !cooledTip) {
      return null;
    }
    if (lowest < 0) {
      // Only the tip face is that cold: the isotherm lies between it and the first cell.
      int below = (grid.tipAxialCell - 1) * nr + i;
      double bottom =
          IsothermLocator.crossing(
              0,
              wallC.getAsDouble(),
              grid.axialCenterM(grid.tipAxialCell - 1),
              temperature[below],
              isothermC);
      return new double[] {bottom, 0};
    }
    double[] positions = new double[end];
    double[] temperatures = new double[end];
    PhaseAwareCrossing.Phase[] phases = new PhaseAwareCrossing.Phase[end];
    for (int j = 0; j < end; j++) {
      positions[j] = grid.axialCenterM(j);
      temperatures[j] = temperature[j * nr + i];
      phases[j] = phaseOf(j * nr + i);
    }
    PhaseAwareCrossing.Phase isothermPhase = phaseOfTemperature(isothermC);
    double bottom =
        lowest == 0
            ? positions[0]
            : PhaseAwareCrossing.between(
                positions, temperatures, phases, isothermPhase, isothermC, lowest, lowest - 1);
    double top;
    if (underProbe) {
      top = 0;
    } else if (highest == nz - 1) {
      top = positions[highest];
    } else {
      top =
          PhaseAwareCrossing.between(
              positions, temperatures, phases, isothermPhase, isothermC, highest, highest + 1);
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
}
