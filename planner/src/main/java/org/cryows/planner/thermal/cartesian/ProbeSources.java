package org.cryows.planner.thermal.cartesian;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.treatment.ActiveThaw;
import org.cryows.treatment.FreezeCycle;

/**
 * The probes on the grid and the heat each takes out or puts in during a step.
 *
 * <p>A probe wider than a cell's equivalent radius has a wall ({@link ProbeWall}): its cells are
 * out of the tissue and its wall reaches the tissue cells around them through links, each with a
 * share of the wall's area. A thinner probe is a line source spread over the cells its active
 * segment crosses ({@link LineSourceSpreading}).
 *
 * <p>A prescribed extraction (or an active thaw's heat input) Q W/m takes Q times the active length
 * in all, spread by wall area over the links (as the axisymmetric solver spreads it over the active
 * surface) or by length over a line source's cells. A convective wall (h, gas temperature) or a
 * wall held at a temperature (h infinite) takes, per link, (T_cell - T_wall) A / (1 / h + path /
 * k), path the link's conduction path (R ln(r / R) beside the probe); through a line source, per
 * metre, (T_cell - T_gas) / (1 / (2 pi R h) + ln(r0 / R) / (2 pi k)), with r0 = 0.14 sqrt(a^2 +
 * b^2) the equivalent radius of the cell across the probe (a, b the cell sizes; Peaceman's well
 * model, SPE J 1978). Either link is implicit (it adds to the cell's conductance), so it cannot
 * oscillate at long steps. k of a wall link is the Kirchhoff mean of the cell's tissue between the
 * wall's and the cell's temperatures at the predicted state (exact for steady radial conduction
 * with k(T)).
 */
final class ProbeSources {

  /** Smallest ln(r0 / R) of a line source's link (a probe just thinner than r0). */
  static final double MIN_LINE_LINK_LOG = 1e-3;

  private final List<ProbePlacement> probes;

  /** Per probe the cells its heat reaches (stepper index): link cells or line-source cells. */
  private final int[][] cells;

  /** Per probe and cell, the metres of active length the cell stands for (W/m times it: W). */
  private final double[][] fixedShareM;

  /** Per probe its wall, or null for a line source. */
  private final ProbeWall[] walls;

  /** Line sources: each cell's equivalent radius r0, m. */
  private final double[][] equivalentRadiusM;

  /** This step's conductivity of each wall link, W/(m K), for the wall's shown temperature. */
  private final double[][] linkConductivity;

  /** This step's link temperature per probe (the gas or the wall), NaN without a link. */
  private final double[] linkTemperatureC;

  /** This step's h per probe, W/(m2 K) (infinite for a wall held at a temperature). */
  private final double[] linkHeatTransfer;

  /** This step's prescribed heat per probe, W/m (negative when extracting). */
  private final double[] fixedWattsPerM;

  /** Each probe's fixed heat over the last step, J/m (negative when extracting). */
  private final double[] lastJoulesPerM;

  /**
   * @param coveredBy per cell (indexed without ghosts) the probe whose cells it is, or -1
   * @param vesselOfCell per cell the vessel it lies in, or -1
   */
  ProbeSources(
      CartesianGrid grid,
      ImplicitStepper field,
      List<ProbePlacement> probes,
      int[] coveredBy,
      int[] vesselOfCell) {
    this.probes = probes;
    int count = probes.size();
    cells = new int[count][];
    fixedShareM = new double[count][];
    walls = new ProbeWall[count];
    equivalentRadiusM = new double[count][];
    linkConductivity = new double[count][];
    linkTemperatureC = new double[count];
    linkHeatTransfer = new double[count];
    fixedWattsPerM = new double[count];
    lastJoulesPerM = new double[count];
    for (int p = 0; p < count; p++) {
      ProbePlacement probe = probes.get(p);
      if (ProbeWall.isWide(probe, grid.finestSpacingMm())) {
        ProbeWall wall = ProbeWall.build(grid, field, probe, p, coveredBy, vesselOfCell);
        walls[p] = wall;
        cells[p] = wall.cells;
        double activeM = probe.probe().activeLengthMm() * 1e-3;
        fixedShareM[p] = new double[wall.linkCount()];
        for (int n = 0; n < wall.linkCount(); n++) {
          fixedShareM[p][n] = activeM * wall.areasM2[n] / wall.totalAreaM2;
        }
        linkConductivity[p] = new double[wall.linkCount()];
      } else {
        lineSource(grid, field, p, probe);
      }
    }
  }

  private void lineSource(CartesianGrid grid, ImplicitStepper field, int p, ProbePlacement probe) {
    var shares = LineSourceSpreading.spread(grid, probe.tipMm(), probe.activeEndMm());
    cells[p] = new int[shares.size()];
    fixedShareM[p] = new double[shares.size()];
    equivalentRadiusM[p] = new double[shares.size()];
    int dominant = dominantAxis(probe.towardHandle());
    for (int n = 0; n < shares.size(); n++) {
      var share = shares.get(n);
      cells[p][n] = field.index(share.i() + 1, share.j() + 1, share.k() + 1);
      fixedShareM[p][n] = share.lengthM();
      double[] sizes = {
        grid.sizeMm(0, share.i()), grid.sizeMm(1, share.j()), grid.sizeMm(2, share.k())
      };
      double a = sizes[(dominant + 1) % 3];
      double b = sizes[(dominant + 2) % 3];
      equivalentRadiusM[p][n] = 0.14 * Math.hypot(a, b) * 1e-3;
    }
  }

  /** Whether the probe has a wall (else it is a line source). */
  boolean hasWall(int probe) {
    return walls[probe] != null;
  }

  /** The wall's area reaching tissue, m2 (0 for a line source). */
  double wallAreaM2(int probe) {
    return walls[probe] == null ? 0 : walls[probe].totalAreaM2;
  }

  /** Active length the fixed heat is spread over, m (the active length inside the domain). */
  double spreadLengthM(int probe) {
    double total = 0;
    for (double length : fixedShareM[probe]) {
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
   * @param activeThaw how an active thaw heats (a heat input, or a warm wall)
   * @param phaseStartSec when the step starts, counted from the start of the phase
   * @param effectiveSec the step's effective length in the BDF2 form (the step for backward Euler)
   * @param carry the share of the last step's change the BDF2 base carries (0: backward Euler)
   * @param conductances filled with each cell's link conductance (W/K), for the books
   * @return the fixed heat rate added (W, negative when extracting)
   */
  double apply(
      ImplicitStepper field,
      FreezeCycle.Phase phase,
      Optional<ActiveThaw> activeThaw,
      double phaseStartSec,
      double stepSec,
      double effectiveSec,
      double carry,
      double[][] conductances) {
    double fixedW = 0;
    for (int p = 0; p < probes.size(); p++) {
      ProbePlacement probe = probes.get(p);
      Arrays.fill(conductances[p], 0);
      double wattsPerM = 0;
      linkTemperatureC[p] = Double.NaN;
      linkHeatTransfer[p] = Double.POSITIVE_INFINITY;
      switch (phase.kind()) {
        case PASSIVE_THAW -> {}
        case ACTIVE_THAW -> {
          switch (activeThaw.orElseThrow()) {
            case ActiveThaw.HeatInput heat -> wattsPerM = heat.watts();
            case ActiveThaw.WarmWall wall -> linkTemperatureC[p] = wall.temperatureC();
          }
        }
        case FREEZE -> {
          switch (probe.probe().cooling()) {
            case ProbeCooling.RegulatedTip _ -> throw ProbeCooling.notAFixedLaw();
            case ProbeCooling.LineHeatExtraction line ->
                wattsPerM =
                    -averageExtraction(line, probe.supplyPressureKPa(), phaseStartSec, stepSec);
            case ProbeCooling.ConvectiveCooling convective -> {
              linkTemperatureC[p] = convective.gasTemperatureC();
              linkHeatTransfer[p] = convective.heatTransferCoefficientWPerM2K();
            }
            case ProbeCooling.SurfaceTemperature surface ->
                linkTemperatureC[p] = surface.temperatureC();
          }
        }
      }
      fixedWattsPerM[p] = wattsPerM;
      // The step must take exactly the heat prescribed over it, wattsPerM * stepSec per metre.
      // The BDF2 base already carries carry times the last step's share, so the rest comes in
      // over the effective step (the ramp was delivered short by the lag of BDF2 otherwise).
      double joulesPerM = wattsPerM * stepSec;
      double effectiveWattsPerM = (joulesPerM - carry * lastJoulesPerM[p]) / effectiveSec;
      lastJoulesPerM[p] = joulesPerM;
      if (effectiveWattsPerM != 0) {
        for (int n = 0; n < cells[p].length; n++) {
          double watts = effectiveWattsPerM * fixedShareM[p][n];
          field.right[cells[p][n]] += watts;
          fixedW += watts;
        }
      }
      if (walls[p] != null) {
        wallLinks(field, p, conductances[p]);
      } else if (!Double.isNaN(linkTemperatureC[p])) {
        lineLinks(field, p, conductances[p]);
      }
    }
    return fixedW;
  }

  /** Links from a wall to its cells: A / (1 / h + path / k), k at the predicted state. */
  private void wallLinks(ImplicitStepper field, int p, double[] conductances) {
    ProbeWall wall = walls[p];
    Materials materials = field.materials();
    double wallC = linkTemperatureC[p];
    double h = linkHeatTransfer[p];
    for (int n = 0; n < wall.linkCount(); n++) {
      int c = wall.cells[n];
      int m = field.material[c];
      double cellC = field.temperature[c];
      double toward = Double.isNaN(wallC) ? cellC : wallC;
      double k =
          materials.sharp[m]
              ? materials.halfCellConductivity(m, field.enthalpy[c], toward)
              : materials.kirchhoffConductivity(m, toward, cellC);
      linkConductivity[p][n] = k;
      if (Double.isNaN(wallC)) {
        continue;
      }
      double conductance = wall.areasM2[n] / (1 / h + wall.pathsM[n] / k);
      conductances[n] = conductance;
      field.extraConductance[c] += conductance;
      field.right[c] += conductance * wallC;
    }
  }

  /** Links from a line source to its cells (Peaceman). */
  private void lineLinks(ImplicitStepper field, int p, double[] conductances) {
    ProbePlacement probe = probes.get(p);
    double radiusM = probe.probe().radiusMm() * 1e-3;
    double wallResistance = 1 / (2 * Math.PI * radiusM * linkHeatTransfer[p]);
    Materials materials = field.materials();
    for (int n = 0; n < cells[p].length; n++) {
      int c = cells[p][n];
      int m = field.material[c];
      if (m < 0) {
        continue;
      }
      double k = materials.mixedConductivity(m, field.oldEnthalpy[c]);
      // A probe as wide as r0 has its wall at the cell's centre: the link is kept finite.
      double sub =
          Math.max(MIN_LINE_LINK_LOG, Math.log(equivalentRadiusM[p][n] / radiusM))
              / (2 * Math.PI * k);
      double conductance = fixedShareM[p][n] / (wallResistance + sub);
      conductances[n] = conductance;
      field.extraConductance[c] += conductance;
      field.right[c] += conductance * linkTemperatureC[p];
    }
  }

  /** Heat rate through the links at the field's current temperatures, W. */
  double linkHeatW(ImplicitStepper field, double[][] conductances) {
    double total = 0;
    for (int p = 0; p < probes.size(); p++) {
      double wallC = linkTemperatureC[p];
      if (Double.isNaN(wallC)) {
        continue;
      }
      for (int n = 0; n < cells[p].length; n++) {
        total += conductances[p][n] * (wallC - field.temperature[cells[p][n]]);
      }
    }
    return total;
  }

  /**
   * Sets the temperature the cells of each probe with a wall show, after a step: on each link the
   * wall's own temperature, from the cell's conserved temperature and the heat through the link.
   */
  void showWallTemperatures(ImplicitStepper field, double[][] conductances) {
    for (int p = 0; p < probes.size(); p++) {
      ProbeWall wall = walls[p];
      if (wall == null) {
        continue;
      }
      double wallC = linkTemperatureC[p];
      double h = linkHeatTransfer[p];
      double fluxWPerM2 = fixedWattsPerM[p] * spreadLengthM(p) / wall.totalAreaM2;
      double[] surfaceC = new double[wall.linkCount()];
      for (int n = 0; n < wall.linkCount(); n++) {
        double cellC = field.conservedTemperatureC(wall.cells[n]);
        if (Double.isNaN(wallC)) {
          // Heat put in (or taken out) at the wall climbs (or falls) over the path to the cell.
          surfaceC[n] = cellC + fluxWPerM2 * wall.pathsM[n] / linkConductivity[p][n];
        } else if (Double.isInfinite(h)) {
          surfaceC[n] = wallC;
        } else {
          // The film 1 / h carries the link's heat from the wall's surface to the gas.
          surfaceC[n] = wallC + (cellC - wallC) * conductances[p][n] / (wall.areasM2[n] * h);
        }
      }
      wall.showTemperatures(field, surfaceC);
    }
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
