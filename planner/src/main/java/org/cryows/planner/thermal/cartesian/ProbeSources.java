package org.cryows.planner.thermal.cartesian;

import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.treatment.FreezeCycle;

/**
 * The probes as line sources on the grid: each probe's active segment spread over the cells it
 * crosses ({@link LineSourceSpreading}), and the heat each takes out or puts in during a step.
 *
 * <p>A prescribed extraction Q(t) W/m takes Q times the segment length inside each cell. A
 * convective probe (h, gas temperature) takes, per metre, (T_cell - T_gas) / (1 / (2 pi R h) +
 * ln(r0 / R) / (2 pi k)) when the probe is thinner than the cell's equivalent radius r0 = 0.14
 * sqrt(a^2 + b^2) (a, b the cell sizes across the probe; Peaceman's well model, SPE J 1978), the
 * second term being the conduction between the probe wall and the cell's mean temperature; for a
 * probe wider than r0 the cell temperature stands for the wall temperature. That link is implicit
 * (it adds to the cell's conductance), so it cannot oscillate at long steps.
 */
final class ProbeSources {

  private final List<ProbePlacement> probes;
  private final int[][] cells;
  private final double[][] lengthsM;
  private final double[][] equivalentRadiusM;

  /** Each probe's fixed heat over the last step, J/m (negative when extracting). */
  private final double[] lastJoulesPerM;

  ProbeSources(CartesianGrid grid, ImplicitStepper field, List<ProbePlacement> probes) {
    this.probes = probes;
    cells = new int[probes.size()][];
    lengthsM = new double[probes.size()][];
    equivalentRadiusM = new double[probes.size()][];
    lastJoulesPerM = new double[probes.size()];
    for (int p = 0; p < probes.size(); p++) {
      ProbePlacement probe = probes.get(p);
      var shares = LineSourceSpreading.spread(grid, probe.tipMm(), probe.activeEndMm());
      cells[p] = new int[shares.size()];
      lengthsM[p] = new double[shares.size()];
      equivalentRadiusM[p] = new double[shares.size()];
      int dominant = dominantAxis(probe.towardHandle());
      for (int n = 0; n < shares.size(); n++) {
        var share = shares.get(n);
        cells[p][n] = field.index(share.i() + 1, share.j() + 1, share.k() + 1);
        lengthsM[p][n] = share.lengthM();
        double[] sizes = {
          grid.sizeMm(0, share.i()), grid.sizeMm(1, share.j()), grid.sizeMm(2, share.k())
        };
        double a = sizes[(dominant + 1) % 3];
        double b = sizes[(dominant + 2) % 3];
        equivalentRadiusM[p][n] = 0.14 * Math.hypot(a, b) * 1e-3;
      }
    }
  }

  /** Total active length spread on the grid, m (equals the active length inside the domain). */
  double spreadLengthM(int probe) {
    double total = 0;
    for (double length : lengthsM[probe]) {
      total += length;
    }
    return total;
  }

  int cellCount(int probe) {
    return cells[probe].length;
  }

  /**
   * Adds the probes' heat for a step to the field's right-hand side and conductances.
   *
   * @param phase the phase the step belongs to
   * @param activeThawWattsPerM the heat input during an active thaw
   * @param phaseStartSec when the step starts, counted from the start of the phase
   * @param effectiveSec the step's effective length in the BDF2 form (the step for backward Euler)
   * @param carry the share of the last step's change the BDF2 base carries (0: backward Euler)
   * @param conductances filled with each cell's probe conductance (W/K), for the books
   * @return the fixed heat rate added (W, negative when extracting)
   */
  double apply(
      ImplicitStepper field,
      FreezeCycle.Phase phase,
      double activeThawWattsPerM,
      double phaseStartSec,
      double stepSec,
      double effectiveSec,
      double carry,
      double[][] conductances) {
    double fixedW = 0;
    for (int p = 0; p < probes.size(); p++) {
      ProbePlacement probe = probes.get(p);
      java.util.Arrays.fill(conductances[p], 0);
      double wattsPerM =
          switch (phase.kind()) {
            case PASSIVE_THAW -> 0;
            case ACTIVE_THAW -> activeThawWattsPerM;
            case FREEZE ->
                switch (probe.probe().cooling()) {
                  case ProbeCooling.RegulatedTip _, ProbeCooling.SurfaceTemperature _ ->
                      throw ProbeCooling.notAFixedLaw();
                  case ProbeCooling.LineHeatExtraction line ->
                      -averageExtraction(line, probe.supplyPressureKPa(), phaseStartSec, stepSec);
                  case ProbeCooling.ConvectiveCooling _ -> 0;
                };
          };
      // The step must take exactly the heat prescribed over it, wattsPerM * stepSec per metre.
      // The BDF2 base already carries carry times the last step's share, so the rest comes in
      // over the effective step (the ramp was delivered short by the lag of BDF2 otherwise).
      double joulesPerM = wattsPerM * stepSec;
      wattsPerM = (joulesPerM - carry * lastJoulesPerM[p]) / effectiveSec;
      lastJoulesPerM[p] = joulesPerM;
      if (wattsPerM != 0) {
        for (int n = 0; n < cells[p].length; n++) {
          double watts = wattsPerM * lengthsM[p][n];
          field.right[cells[p][n]] += watts;
          fixedW += watts;
        }
      }
      if (phase.kind() == FreezeCycle.PhaseKind.FREEZE
          && probe.probe().cooling() instanceof ProbeCooling.ConvectiveCooling convective) {
        double radiusM = probe.probe().radiusMm() * 1e-3;
        double wallResistance =
            1 / (2 * Math.PI * radiusM * convective.heatTransferCoefficientWPerM2K());
        Materials materials = field.materials();
        for (int n = 0; n < cells[p].length; n++) {
          int c = cells[p][n];
          int m = field.material[c];
          if (m < 0) {
            continue;
          }
          double k = materials.mixedConductivity(m, field.oldEnthalpy[c]);
          double sub = Math.max(0, Math.log(equivalentRadiusM[p][n] / radiusM)) / (2 * Math.PI * k);
          double conductance = lengthsM[p][n] / (wallResistance + sub);
          conductances[p][n] = conductance;
          field.extraConductance[c] += conductance;
          field.right[c] += conductance * convective.gasTemperatureC();
        }
      }
    }
    return fixedW;
  }

  /** Heat rate of the convective links at the field's current temperatures, W. */
  double convectiveHeatW(ImplicitStepper field, double[][] conductances) {
    double total = 0;
    for (int p = 0; p < probes.size(); p++) {
      if (probes.get(p).probe().cooling() instanceof ProbeCooling.ConvectiveCooling convective) {
        for (int n = 0; n < cells[p].length; n++) {
          total +=
              conductances[p][n] * (convective.gasTemperatureC() - field.temperature[cells[p][n]]);
        }
      }
    }
    return total;
  }

  double[][] newConductanceBuffers() {
    double[][] buffers = new double[probes.size()][];
    for (int p = 0; p < probes.size(); p++) {
      buffers[p] = new double[cells[p].length];
    }
    return buffers;
  }

  /** Mean of Q(t) over the step (Simpson's rule; the ramp is smooth). */
  private static double averageExtraction(
      ProbeCooling.LineHeatExtraction line, double pressureKPa, double startSec, double stepSec) {
    double a = line.wattsPerMeter(startSec, pressureKPa);
    double b = line.wattsPerMeter(startSec + stepSec / 2, pressureKPa);
    double c = line.wattsPerMeter(startSec + stepSec, pressureKPa);
    return (a + 4 * b + c) / 6;
  }

  private static int dominantAxis(Vector3 direction) {
    double x = Math.abs(direction.x());
    double y = Math.abs(direction.y());
    double z = Math.abs(direction.z());
    return x >= y && x >= z ? 0 : y >= z ? 1 : 2;
  }
}
