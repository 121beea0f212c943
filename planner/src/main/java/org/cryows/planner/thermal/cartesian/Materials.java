package org.cryows.planner.thermal.cartesian;

import java.util.List;
import org.cryows.planner.thermal.EnthalpyModel;

/**
 * The enthalpy models of the tissues in a run, unpacked into flat arrays indexed by material so the
 * inner loops read a few numbers instead of calling through objects. The formulas are those of
 * {@link EnthalpyModel}: H measured from ice at the solidus, temperature piecewise linear in H.
 */
final class Materials {

  final double[] solidusC;
  final double[] liquidusC;
  final double[] frozenHeatCapacity;
  final double[] unfrozenHeatCapacity;
  final double[] liquidusEnthalpy;

  /** 1 / (rho c) frozen and unfrozen: the inner loops multiply instead of dividing. */
  final double[] inverseFrozenHeatCapacity;

  final double[] inverseUnfrozenHeatCapacity;

  /** dT/dH between solidus and liquidus; 0 on a sharp plateau. */
  final double[] mushySlope;

  final double[] frozenConductivity;
  final double[] unfrozenConductivity;
  final double[] perfusionCoefficient;
  final double[] metabolicHeat;
  final boolean[] sharp;
  final List<EnthalpyModel> models;

  Materials(List<EnthalpyModel> models) {
    this.models = List.copyOf(models);
    int count = models.size();
    solidusC = new double[count];
    liquidusC = new double[count];
    frozenHeatCapacity = new double[count];
    unfrozenHeatCapacity = new double[count];
    liquidusEnthalpy = new double[count];
    inverseFrozenHeatCapacity = new double[count];
    inverseUnfrozenHeatCapacity = new double[count];
    mushySlope = new double[count];
    frozenConductivity = new double[count];
    unfrozenConductivity = new double[count];
    perfusionCoefficient = new double[count];
    metabolicHeat = new double[count];
    sharp = new boolean[count];
    for (int m = 0; m < count; m++) {
      EnthalpyModel model = models.get(m);
      var tissue = model.tissue();
      solidusC[m] = model.phaseChange().solidusC();
      liquidusC[m] = model.phaseChange().liquidusC();
      frozenHeatCapacity[m] = tissue.heatCapacityFrozenJPerM3K();
      unfrozenHeatCapacity[m] = tissue.heatCapacityUnfrozenJPerM3K();
      liquidusEnthalpy[m] = model.liquidusEnthalpyJPerM3();
      inverseFrozenHeatCapacity[m] = 1 / frozenHeatCapacity[m];
      inverseUnfrozenHeatCapacity[m] = 1 / unfrozenHeatCapacity[m];
      mushySlope[m] = (liquidusC[m] - solidusC[m]) / liquidusEnthalpy[m];
      frozenConductivity[m] = tissue.conductivityFrozenWPerMK();
      unfrozenConductivity[m] = tissue.conductivityUnfrozenWPerMK();
      perfusionCoefficient[m] = tissue.perfusionCoefficientWPerM3K();
      metabolicHeat[m] = tissue.metabolicHeatWPerM3();
      sharp[m] = model.phaseChange().isSharp();
    }
  }

  double temperatureC(int m, double enthalpy) {
    if (enthalpy <= 0) {
      return solidusC[m] + enthalpy * inverseFrozenHeatCapacity[m];
    }
    double liquidus = liquidusEnthalpy[m];
    if (enthalpy >= liquidus) {
      return liquidusC[m] + (enthalpy - liquidus) * inverseUnfrozenHeatCapacity[m];
    }
    return solidusC[m] + enthalpy * mushySlope[m];
  }

  /**
   * {@link ImplicitStepper#UNFROZEN} at or above the liquidus, {@link ImplicitStepper#FROZEN} at or
   * below the solidus, {@link ImplicitStepper#MIXED} between them and always for a sharp front.
   */
  int phaseOf(int m, double temperatureC) {
    if (sharp[m]) {
      return ImplicitStepper.MIXED;
    }
    if (temperatureC >= liquidusC[m]) {
      return ImplicitStepper.UNFROZEN;
    }
    return temperatureC <= solidusC[m] ? ImplicitStepper.FROZEN : ImplicitStepper.MIXED;
  }

  double liquidFraction(int m, double enthalpy) {
    if (enthalpy <= 0) {
      return 0;
    }
    return enthalpy >= liquidusEnthalpy[m] ? 1 : enthalpy / liquidusEnthalpy[m];
  }

  double mixedConductivity(int m, double enthalpy) {
    return frozenConductivity[m]
        + liquidFraction(m, enthalpy) * (unfrozenConductivity[m] - frozenConductivity[m]);
  }

  /** As {@link EnthalpyModel#halfCellConductivityWPerMK}. */
  double halfCellConductivity(int m, double enthalpy, double neighbourTemperatureC) {
    if (sharp[m] && enthalpy > 0 && enthalpy < liquidusEnthalpy[m]) {
      return neighbourTemperatureC < solidusC[m] ? frozenConductivity[m] : unfrozenConductivity[m];
    }
    return mixedConductivity(m, enthalpy);
  }

  /**
   * Mean conductivity over the temperatures between two cell centres of one mushy tissue, (Phi(b) -
   * Phi(a)) / (b - a) with Phi the Kirchhoff transform (integral of k dT): the flux between the
   * centres is then exact for steady conduction through the pair, where the series of two half
   * cells each at its own mixed conductivity weighs the warm, poorly conducting side too much and
   * slows a front that falls between centres.
   */
  double kirchhoffConductivity(int m, double a, double b) {
    return kirchhoffConductivity(m, a, b, kirchhoff(m, a), kirchhoff(m, b));
  }

  /**
   * As {@link #kirchhoffConductivity(int, double, double)} with the transforms of both temperatures
   * given (the solver keeps each cell's). Below a microkelvin apart the difference quotient would
   * lose its digits, and k at the middle temperature is used (exact on every linear piece of k).
   */
  double kirchhoffConductivity(int m, double a, double b, double phiA, double phiB) {
    double difference = b - a;
    if (Math.abs(difference) < 1e-6) {
      return conductivityAtC(m, 0.5 * (a + b));
    }
    return (phiB - phiA) / difference;
  }

  double conductivityAtC(int m, double temperatureC) {
    double ks = frozenConductivity[m];
    double kl = unfrozenConductivity[m];
    if (temperatureC <= solidusC[m]) {
      return ks;
    }
    if (temperatureC >= liquidusC[m]) {
      return kl;
    }
    return ks + (kl - ks) * (temperatureC - solidusC[m]) / (liquidusC[m] - solidusC[m]);
  }

  /**
   * Integral of k dT from the solidus, W/m; k linear in T across the mushy zone. Tissues with a
   * mushy zone only (a sharp one has none to integrate over).
   */
  double kirchhoff(int m, double temperatureC) {
    double ks = frozenConductivity[m];
    double kl = unfrozenConductivity[m];
    double fromSolidus = temperatureC - solidusC[m];
    if (fromSolidus <= 0) {
      return ks * fromSolidus;
    }
    double mushyWidth = liquidusC[m] - solidusC[m];
    if (fromSolidus < mushyWidth) {
      return ks * fromSolidus + 0.5 * (kl - ks) * fromSolidus * fromSolidus / mushyWidth;
    }
    return 0.5 * (ks + kl) * mushyWidth + kl * (fromSolidus - mushyWidth);
  }

  /**
   * One cell's update: the enthalpy that solves {@code capacity * H + conductance * T(H) = right},
   * its implicit balance with its neighbours held, exactly, branch by branch (T(H) is piecewise
   * linear and increasing, so the root is unique); over-relaxed from {@code current} when both lie
   * on one branch of T(H), by {@code iceRelaxation} on the frozen branch and {@code relaxation} on
   * the others (across a kink the extrapolation would overshoot and cycle, so the root is taken as
   * it is). The root's branch is the one its formula was chosen for, so one decision serves both.
   *
   * @param capacity V / dt, m3/s
   * @param conductance sum of the cell's conductances, W/K
   */
  double relaxLocal(
      int m,
      double capacity,
      double conductance,
      double right,
      double current,
      double relaxation,
      double iceRelaxation) {
    double solidus = solidusC[m];
    double liquidus = liquidusEnthalpy[m];
    if (right <= conductance * solidus) {
      double local =
          (right - conductance * solidus) / (capacity + conductance * inverseFrozenHeatCapacity[m]);
      return current <= 0 ? current + iceRelaxation * (local - current) : local;
    }
    double local;
    boolean same;
    if (right >= capacity * liquidus + conductance * liquidusC[m]) {
      double conductancePerCapacity = conductance * inverseUnfrozenHeatCapacity[m];
      local =
          (right - conductance * liquidusC[m] + conductancePerCapacity * liquidus)
              / (capacity + conductancePerCapacity);
      same = current >= liquidus;
    } else {
      local = (right - conductance * solidus) / (capacity + conductance * mushySlope[m]);
      same = current > 0 && current < liquidus;
    }
    return same ? current + relaxation * (local - current) : local;
  }
}
