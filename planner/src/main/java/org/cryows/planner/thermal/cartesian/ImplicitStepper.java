package org.cryows.planner.thermal.cartesian;

import java.util.Arrays;
import org.cryows.planner.thermal.ThermalModelFailure;

/**
 * The enthalpy field on the grid and one implicit step of it.
 *
 * <p>Variable-step BDF2 on enthalpy written as a backward-Euler step from a base, cell by cell: V
 * (H - H_base) / (a dt) = sum_f G_f (T_f - T(H)) + S (H_base = H_old and a = 1 in the first step of
 * a phase, backward Euler), with T(H) the tissue's piecewise-linear enthalpy curve. Conductances
 * G_f (half-cell rule of {@link org.cryows.planner.thermal.EnthalpyModel}) are taken at the
 * predicted state the sweeps start from (the last step's iterate carried forward by its trend), the
 * liquid fraction that scales perfusion at the start of the step; temperatures are implicit. The
 * system is solved by nonlinear red-black Gauss-Seidel with over-relaxation: each cell's balance is
 * solved exactly for its enthalpy with its neighbours held (one branch of T(H) at a time), which
 * stays monotone on a latent-heat plateau where dT/dH = 0 and needs no apparent heat capacity.
 * After the sweeps a conservative pass sets every cell from the fluxes of the last iterate, so the
 * heat books balance to rounding whether or not the sweeps were converged to the last digit.
 *
 * <p>Arrays carry one ghost layer on every side (conductance 0), so the sweeps need no bounds
 * tests. Index c = (k * NY + j) * NX + i with 1 &le; i &le; nx and so on.
 */
final class ImplicitStepper {

  /** A cell that is not tissue: ghost layer or inside a vessel. */
  static final byte NOT_TISSUE = -1;

  final int nx;
  final int ny;
  final int nz;
  final int rowStride;
  final int planeStride;
  final int size;

  final byte[] material;
  final double[] volumeM3;

  // Four enthalpy arrays (J/m3) change roles from step to step instead of being copied: the sweep
  // iterates of this step and the last, and the conserved states after the last two steps.

  /**
   * The sweeps' iterate; after a step, its final iterate, which the next step's prediction reads.
   */
  double[] enthalpy;

  /**
   * The last step's final iterate (before the conservative pass set the cells from their fluxes).
   */
  private double[] lastIterate;

  /**
   * The latest conserved state: the one a step starts from, which the boundaries and probes read.
   */
  double[] oldEnthalpy;

  /**
   * The conserved state before {@link #oldEnthalpy}, which the BDF2 base reads; the conservative
   * pass writes the new state over it and the two swap.
   */
  private double[] previousEnthalpy;

  final double[] initialEnthalpy;
  final double[] temperature;

  /**
   * Per cell its material and the phase of its predicted temperature, (material << 2) | phase:
   * {@link #UNFROZEN}, {@link #FROZEN} or {@link #MIXED} (between solidus and liquidus, or any
   * temperature of a sharp-front material); -1 outside tissue. A face between two cells of one code
   * of a single phase conducts with k of that phase.
   */
  private final short[] phaseCode;

  static final int UNFROZEN = 0;
  static final int FROZEN = 1;
  static final int MIXED = 2;

  /** k of each single-phase code, W/(m K) (0 for mixed codes, whose faces are set apart). */
  private final double[] conductivityOfCode;

  /**
   * Conductance of each cell's upper x, y and z face, W/K. Single precision halves what the sweeps
   * stream for them; the conservative pass uses the same values on both sides of a face, so the
   * books still balance to rounding.
   */
  final float[] gx;

  final float[] gy;
  final float[] gz;
  final double[] right;
  final double[] extraConductance;

  /** Per row of cells (k * (ny + 2) + j): swept in this sweep, and its largest change. */
  private final boolean[] rowActive;

  private final double[] rowChange;

  /** Rows of each plane swept in the present sweep: the threads split the planes by it. */
  private final long[] planeWork;

  private final Materials materials;
  private final double[] dxM;
  private final double[] dyM;
  private final double[] dzM;

  /** 1 / the distance between the centres of cells i and i + 1 along each axis, 1/m. */
  private final double[] xLink;

  private final double[] yLink;
  private final double[] zLink;
  private final double arterialC;
  private final SlabWorkers workers;
  private long cellUpdates;
  private final int tissueCells;

  ImplicitStepper(
      CartesianGrid grid,
      Materials materials,
      byte[] materialOfCell,
      double initialTemperatureC,
      double arterialC,
      double[] fixedTemperatureOfCell,
      SlabWorkers workers) {
    this.materials = materials;
    this.arterialC = arterialC;
    this.workers = workers;
    nx = grid.cells(0);
    ny = grid.cells(1);
    nz = grid.cells(2);
    rowStride = nx + 2;
    planeStride = rowStride * (ny + 2);
    size = planeStride * (nz + 2);
    dxM = sizesM(grid, 0);
    dyM = sizesM(grid, 1);
    dzM = sizesM(grid, 2);
    xLink = links(dxM);
    yLink = links(dyM);
    zLink = links(dzM);
    material = new byte[size];
    Arrays.fill(material, NOT_TISSUE);
    volumeM3 = new double[size];
    enthalpy = new double[size];
    temperature = new double[size];
    phaseCode = new short[size];
    Arrays.fill(phaseCode, (short) -1);
    conductivityOfCode = new double[materials.models.size() << 2];
    for (int m = 0; m < materials.models.size(); m++) {
      conductivityOfCode[(m << 2) | UNFROZEN] = materials.unfrozenConductivity[m];
      conductivityOfCode[(m << 2) | FROZEN] = materials.frozenConductivity[m];
      conductivityOfCode[(m << 2) | MIXED] = 0;
    }
    gx = new float[size];
    gy = new float[size];
    gz = new float[size];
    right = new double[size];
    extraConductance = new double[size];
    rowActive = new boolean[(nz + 2) * (ny + 2)];
    rowChange = new double[(nz + 2) * (ny + 2)];
    planeWork = new long[nz + 2];
    // Every cell of a material starts at the same state.
    int materialCount = materials.models.size();
    double[] initialEnthalpyOf = new double[materialCount];
    double[] initialTemperatureOf = new double[materialCount];
    for (int m = 0; m < materialCount; m++) {
      initialEnthalpyOf[m] = materials.models.get(m).enthalpyJPerM3(initialTemperatureC);
      initialTemperatureOf[m] = materials.temperatureC(m, initialEnthalpyOf[m]);
    }
    int tissue = 0;
    for (int k = 1; k <= nz; k++) {
      for (int j = 1; j <= ny; j++) {
        for (int i = 1; i <= nx; i++) {
          int c = index(i, j, k);
          int plain = ((k - 1) * ny + (j - 1)) * nx + (i - 1);
          byte m = materialOfCell[plain];
          material[c] = m;
          volumeM3[c] = dxM[i] * dyM[j] * dzM[k];
          if (m == NOT_TISSUE) {
            temperature[c] = fixedTemperatureOfCell[plain];
          } else {
            tissue++;
            enthalpy[c] = initialEnthalpyOf[m];
            temperature[c] = initialTemperatureOf[m];
          }
        }
      }
    }
    tissueCells = tissue;
    initialEnthalpy = enthalpy.clone();
    oldEnthalpy = enthalpy.clone();
    previousEnthalpy = enthalpy.clone();
    lastIterate = enthalpy.clone();
  }

  int index(int i, int j, int k) {
    return (k * (ny + 2) + j) * rowStride + i;
  }

  int tissueCells() {
    return tissueCells;
  }

  long cellUpdates() {
    return cellUpdates;
  }

  double dxM(int i) {
    return dxM[i];
  }

  double dyM(int j) {
    return dyM[j];
  }

  double dzM(int k) {
    return dzM[k];
  }

  Materials materials() {
    return materials;
  }

  /**
   * Starts a step. The conserved state becomes the old one; every tissue cell gets {@code right} =
   * V H_base / dt plus perfusion and metabolic heat at the old liquid fraction, {@code
   * extraConductance} = the perfusion conductance, and the step's first iterate H = H_iterate +
   * share * (its change over the last step), share = this step over the last (0 where the trend
   * does not carry over, as at a phase change). The conductances of its upper x, y and z faces (0
   * towards non-tissue) are then taken at that predicted state. Boundaries and probes add to {@code
   * right} and {@code extraConductance} afterwards, reading the old state. {@code stepSec} is the
   * effective step of the BDF2 form and H_base = H_old + carry (H_old - H_previous) (carry 0:
   * backward Euler); see {@link CartesianSolver}.
   *
   * <p>Why the predicted state: conductances taken at the step's start lag the front by a share of
   * the step, a first-order error that BDF2 does not remove and that grew with the step; the
   * predicted state is close to the step's end. Why the last iterate rather than the conserved
   * state: the conservative pass turns each cell's leftover residual into enthalpy, (1 + 6 Fo)
   * times the last sweep's change in temperature (Fo = alpha dt / h^2, about 3 in unfrozen and 35
   * in frozen tissue at 0.5 mm and 8 s), a rough field that took three full sweeps to smooth again;
   * the step's solution is smooth, and the last iterate is close to it. Only the starting iterate
   * and the conductances change; the conservative pass that ends the step keeps the books exact.
   */
  void beginStep(double stepSec, double carry, double share) {
    double inverseStep = 1 / stepSec;
    // The prediction overwrites the iterate before the last.
    double[] predicted = lastIterate;
    lastIterate = enthalpy;
    enthalpy = predicted;
    workers.run(
        1, nz + 1, 0, (kFrom, kTo, out) -> predictPlanes(kFrom, kTo, inverseStep, carry, share));
    workers.run(1, nz + 1, 0, (kFrom, kTo, out) -> conductancePlanes(kFrom, kTo));
  }

  private void predictPlanes(int kFrom, int kTo, double inverseStep, double carry, double share) {
    final byte[] material = this.material;
    final Materials materials = this.materials;
    for (int k = kFrom; k < kTo; k++) {
      for (int j = 1; j <= ny; j++) {
        double rowArea = dyM[j] * dzM[k];
        int c = index(1, j, k);
        for (int i = 1; i <= nx; i++, c++) {
          int m = material[c];
          if (m < 0) {
            continue;
          }
          double h = oldEnthalpy[c];
          double base = h + carry * (h - previousEnthalpy[c]);
          double liquid = materials.liquidFraction(m, h);
          double volume = dxM[i] * rowArea;
          double perfusion = liquid * volume * materials.perfusionCoefficient[m];
          extraConductance[c] = perfusion;
          right[c] =
              volume * inverseStep * base
                  + perfusion * arterialC
                  + liquid * volume * materials.metabolicHeat[m];
          // The last iterate and its trend: (last iterate - the one before) times the step ratio.
          double last = lastIterate[c];
          double predicted = last + share * (last - enthalpy[c]);
          enthalpy[c] = predicted;
          double t = materials.temperatureC(m, predicted);
          temperature[c] = t;
          phaseCode[c] = (short) ((m << 2) | materials.phaseOf(m, t));
        }
      }
    }
  }

  private void conductancePlanes(int kFrom, int kTo) {
    final byte[] material = this.material;
    final short[] phaseCode = this.phaseCode;
    final float[] gx = this.gx;
    final float[] gy = this.gy;
    final float[] gz = this.gz;
    final double[] dxM = this.dxM;
    final double[] xLink = this.xLink;
    // Cells with a face that is not single-phase on both sides, for the second loop below.
    int[] mixed = new int[1024];
    int mixedCount = 0;
    for (int k = kFrom; k < kTo; k++) {
      for (int j = 1; j <= ny; j++) {
        double areaXLink = dyM[j] * dzM[k];
        double areaYLink = dzM[k] * yLink[j];
        double areaZLink = dyM[j] * zLink[k];
        int c = index(1, j, k);
        for (int i = 1; i <= nx; i++, c++) {
          if (material[c] < 0) {
            continue;
          }
          // Most faces: one tissue in one phase on both sides, where the Kirchhoff mean is k of
          // that phase. This loop sets every face so, with no call and few branches; the faces
          // of a mixed cell, between tissues or towards non-tissue are set again below.
          int code = phaseCode[c];
          double conductivity = conductivityOfCode[code];
          double dx = dxM[i];
          gx[c] = (float) (areaXLink * xLink[i] * conductivity);
          gy[c] = (float) (dx * areaYLink * conductivity);
          gz[c] = (float) (dx * areaZLink * conductivity);
          if ((code & 3) == MIXED
              || phaseCode[c + 1] != code
              || phaseCode[c + rowStride] != code
              || phaseCode[c + planeStride] != code) {
            if (mixedCount == mixed.length) {
              mixed = Arrays.copyOf(mixed, 2 * mixedCount);
            }
            mixed[mixedCount++] = c;
          }
        }
      }
    }
    for (int n = 0; n < mixedCount; n++) {
      setMixedFaces(mixed[n]);
    }
  }

  /** The faces of cell c that are not single-phase on both sides, by the general rule. */
  private void setMixedFaces(int c) {
    int k = c / planeStride;
    int j = (c - k * planeStride) / rowStride;
    int i = c - k * planeStride - j * rowStride;
    int m = material[c];
    int code = phaseCode[c];
    boolean single = (code & 3) != MIXED;
    double dx = dxM[i];
    int east = c + 1;
    int north = c + rowStride;
    int top = c + planeStride;
    if (!single || phaseCode[east] != code) {
      gx[c] = (float) faceConductance(m, c, east, dyM[j] * dzM[k], dx, dxM[i + 1], xLink[i]);
    }
    if (!single || phaseCode[north] != code) {
      gy[c] = (float) faceConductance(m, c, north, dx * dzM[k], dyM[j], dyM[j + 1], yLink[j]);
    }
    if (!single || phaseCode[top] != code) {
      gz[c] = (float) faceConductance(m, c, top, dx * dyM[j], dzM[k], dzM[k + 1], zLink[k]);
    }
  }

  /**
   * Conductance from cell c (material m) to its upper neighbour n across a face of that area;
   * {@code link} is 1 / the distance between their centres. Temperatures and enthalpies are those
   * of the predicted state.
   */
  private double faceConductance(
      int m, int c, int n, double areaM2, double sizeM, double neighbourSizeM, double link) {
    int mn = material[n];
    if (mn < 0) {
      return 0;
    }
    double t = temperature[c];
    if (mn == m && !materials.sharp[m]) {
      // One mushy tissue on both sides: the Kirchhoff mean over the pair's temperatures.
      return areaM2 * materials.kirchhoffConductivity(m, t, temperature[n]) * link;
    }
    return seriesConductance(m, enthalpy[c], t, mn, n, areaM2, sizeM, neighbourSizeM);
  }

  /** Two half cells in series: between tissues, or in a tissue with a sharp front. */
  private double seriesConductance(
      int m,
      double h,
      double t,
      int mn,
      int n,
      double areaM2,
      double sizeM,
      double neighbourSizeM) {
    double kc = materials.halfCellConductivity(m, h, temperature[n]);
    double kn = materials.halfCellConductivity(mn, enthalpy[n], t);
    return areaM2 / (0.5 * sizeM / kc + 0.5 * neighbourSizeM / kn);
  }

  /**
   * Red-black over-relaxed Gauss-Seidel sweeps until the largest temperature change of a sweep is
   * below {@code toleranceC}. After the first sweep of a step, a row of cells is swept again only
   * if it or one of its four neighbouring rows still moved by more than a quarter of the tolerance:
   * the far field settles in a sweep or two, and the work goes where the ice is.
   *
   * @return the sweeps used
   */
  int sweep(
      double stepSec, double relaxation, double iceRelaxation, double toleranceC, int maxSweeps) {
    double inverseStep = 1 / stepSec;
    double settled = toleranceC / 4;
    Arrays.fill(rowActive, true);
    Arrays.fill(planeWork, ny);
    int[] bounds = workers.balancedBounds(1, nz + 1, planeWork);
    for (int sweep = 1; sweep <= maxSweeps; sweep++) {
      // One pass over memory per sweep: red cells of plane k, then black cells of plane k - 1,
      // whose neighbours are all red and now updated. Black depends only on red and red only on
      // black, so this is the same iteration as two full passes, with half the memory traffic.
      // The black cells of each slab's first and last planes border another slab's red cells and
      // wait for the second, short pass.
      double[][] fused =
          workers.run(
              bounds,
              2,
              (kFrom, kTo, slab) -> {
                for (int k = kFrom; k < kTo; k++) {
                  sweepPlane(k, 0, inverseStep, relaxation, iceRelaxation, slab);
                  if (k - 1 > kFrom) {
                    sweepPlane(k - 1, 1, inverseStep, relaxation, iceRelaxation, slab);
                  }
                }
              });
      double[][] edges =
          workers.run(
              bounds,
              2,
              (kFrom, kTo, slab) -> {
                sweepPlane(kFrom, 1, inverseStep, relaxation, iceRelaxation, slab);
                if (kTo - 1 > kFrom) {
                  sweepPlane(kTo - 1, 1, inverseStep, relaxation, iceRelaxation, slab);
                }
              });
      double change = Math.max(SlabWorkers.max(fused, 0), SlabWorkers.max(edges, 0));
      cellUpdates += (long) SlabWorkers.sum(fused, 1);
      if (!Double.isFinite(change)) {
        throw new ThermalModelFailure("non-finite temperature in the implicit step");
      }
      if (change < toleranceC) {
        return sweep;
      }
      for (int k = 1; k <= nz; k++) {
        long active = 0;
        for (int j = 1; j <= ny; j++) {
          int row = k * (ny + 2) + j;
          boolean moving =
              rowChange[row] > settled
                  || rowChange[row - 1] > settled
                  || rowChange[row + 1] > settled
                  || rowChange[row - (ny + 2)] > settled
                  || rowChange[row + (ny + 2)] > settled;
          rowActive[row] = moving;
          if (moving) {
            active++;
          }
        }
        planeWork[k] = active;
      }
      // The work follows the ice, which the plane split of the first sweep need not halve.
      bounds = workers.balancedBounds(1, nz + 1, planeWork);
    }
    throw new ThermalModelFailure(
        "the implicit step did not converge in " + maxSweeps + " sweeps; shorten the time step");
  }

  /**
   * Updates the cells of one colour in plane k; {@code out[0]} keeps the largest temperature change
   * seen, {@code out[1]} counts the cells of the rows visited (once per sweep, on colour 0).
   */
  private void sweepPlane(
      int k,
      int parity,
      double inverseStep,
      double relaxation,
      double iceRelaxation,
      double[] out) {
    double largest = out[0];
    long visited = 0;
    final double[] t = temperature;
    final int up = rowStride;
    final int above = planeStride;
    final double[] enthalpy = this.enthalpy;
    final byte[] material = this.material;
    final Materials materials = this.materials;
    final float[] gx = this.gx;
    final float[] gy = this.gy;
    final float[] gz = this.gz;
    final double[] right = this.right;
    final double[] extraConductance = this.extraConductance;
    final double[] dxM = this.dxM;
    for (int j = 1; j <= ny; j++) {
      int row = k * (ny + 2) + j;
      if (!rowActive[row]) {
        if (parity == 0) {
          rowChange[row] = 0;
        }
        continue;
      }
      if (parity == 0) {
        visited += nx;
      }
      double rowLargest = parity == 0 ? 0 : rowChange[row];
      // V / dt from the cell sizes: one array fewer to stream than reading the volumes.
      double rowCapacity = dyM[j] * dzM[k] * inverseStep;
      int first = 1 + ((j + k + parity) & 1);
      int c = index(first, j, k);
      for (int i = first; i <= nx; i += 2, c += 2) {
        int m = material[c];
        if (m < 0) {
          continue;
        }
        double east = gx[c];
        double west = gx[c - 1];
        double north = gy[c];
        double south = gy[c - up];
        double top = gz[c];
        double bottom = gz[c - above];
        double conductance = east + west + north + south + top + bottom + extraConductance[c];
        double rhs =
            right[c]
                + east * t[c + 1]
                + west * t[c - 1]
                + north * t[c + up]
                + south * t[c - up]
                + top * t[c + above]
                + bottom * t[c - above];
        double h =
            materials.relaxLocal(
                m, dxM[i] * rowCapacity, conductance, rhs, enthalpy[c], relaxation, iceRelaxation);
        enthalpy[c] = h;
        double newT = materials.temperatureC(m, h);
        double change = Math.abs(newT - t[c]);
        if (change > rowLargest) {
          rowLargest = change;
        }
        t[c] = newT;
      }
      rowChange[row] = rowLargest;
      largest = Math.max(largest, rowLargest);
    }
    out[0] = largest;
    out[1] += visited;
  }

  /**
   * Sets every tissue cell from the fluxes of the current iterate: H = H_old + dt / V (sum of flows
   * + sources). Interior flows cancel pairwise, so the field's enthalpy changes by exactly the heat
   * of the boundaries, probes and blood that the caller books from the same temperatures. The
   * temperatures stay those of the iterate (for the caller's books) until {@link
   * #refreshTemperatures}.
   *
   * @return the bioheat of this step, J
   */
  double conserve(double stepSec) {
    double inverseStep = 1 / stepSec;
    double[][] out =
        workers.run(
            1,
            nz + 1,
            1,
            (kFrom, kTo, slab) -> {
              double bioheatW = 0;
              for (int k = kFrom; k < kTo; k++) {
                for (int j = 1; j <= ny; j++) {
                  int c = index(1, j, k);
                  for (int i = 1; i <= nx; i++, c++) {
                    int m = material[c];
                    if (m < 0) {
                      continue;
                    }
                    double tc = temperature[c];
                    double flow =
                        gx[c] * (temperature[c + 1] - tc)
                            + gx[c - 1] * (temperature[c - 1] - tc)
                            + gy[c] * (temperature[c + rowStride] - tc)
                            + gy[c - rowStride] * (temperature[c - rowStride] - tc)
                            + gz[c] * (temperature[c + planeStride] - tc)
                            + gz[c - planeStride] * (temperature[c - planeStride] - tc);
                    double volume = dxM[i] * dyM[j] * dzM[k];
                    double sources =
                        right[c] - volume * inverseStep * oldEnthalpy[c] - extraConductance[c] * tc;
                    double liquid = materials.liquidFraction(m, oldEnthalpy[c]);
                    bioheatW +=
                        liquid
                            * volume
                            * (materials.perfusionCoefficient[m] * (arterialC - tc)
                                + materials.metabolicHeat[m]);
                    previousEnthalpy[c] = oldEnthalpy[c] + stepSec * (flow + sources) / volume;
                  }
                }
              }
              slab[0] = bioheatW;
            });
    cellUpdates += tissueCells;
    double[] conserved = previousEnthalpy;
    previousEnthalpy = oldEnthalpy;
    oldEnthalpy = conserved;
    return SlabWorkers.sum(out, 0) * stepSec;
  }

  /**
   * Temperatures from the conserved enthalpies, after {@link #conserve}, for a snapshot of the
   * field. A step does not need them: the next one starts from its predicted state.
   */
  void refreshTemperatures() {
    workers.run(
        1,
        nz + 1,
        0,
        (kFrom, kTo, out) -> {
          for (int c = index(0, 0, kFrom); c < index(0, 0, kTo); c++) {
            int m = material[c];
            if (m >= 0) {
              temperature[c] = materials.temperatureC(m, oldEnthalpy[c]);
            }
          }
        });
  }

  /**
   * Temperature of one cell from its conserved enthalpy (the fixed temperature of a non-tissue
   * cell).
   */
  double conservedTemperatureC(int c) {
    int m = material[c];
    return m < 0 ? temperature[c] : materials.temperatureC(m, oldEnthalpy[c]);
  }

  /** Sum over tissue of (H - H_initial) V, and of its absolute value. */
  double[] enthalpyChange() {
    double[][] out =
        workers.run(
            1,
            nz + 1,
            2,
            (kFrom, kTo, slab) -> {
              for (int c = index(0, 0, kFrom); c < index(0, 0, kTo); c++) {
                if (material[c] >= 0) {
                  double change = (oldEnthalpy[c] - initialEnthalpy[c]) * volumeM3[c];
                  slab[0] += change;
                  slab[1] += Math.abs(change);
                }
              }
            });
    return new double[] {SlabWorkers.sum(out, 0), SlabWorkers.sum(out, 1)};
  }

  /** The temperatures without the ghost layer, indexed (k * ny + j) * nx + i. */
  double[] temperaturesWithoutGhosts() {
    double[] plain = new double[nx * ny * nz];
    for (int k = 1; k <= nz; k++) {
      for (int j = 1; j <= ny; j++) {
        System.arraycopy(temperature, index(1, j, k), plain, ((k - 1) * ny + (j - 1)) * nx, nx);
      }
    }
    return plain;
  }

  private static double[] links(double[] sizes) {
    double[] links = new double[sizes.length - 1];
    for (int n = 0; n < links.length; n++) {
      links[n] = 1 / (0.5 * (sizes[n] + sizes[n + 1]));
    }
    return links;
  }

  private static double[] sizesM(CartesianGrid grid, int axis) {
    int cells = grid.cells(axis);
    double[] sizes = new double[cells + 2];
    for (int n = 0; n < cells; n++) {
      sizes[n + 1] = grid.sizeMm(axis, n) * 1e-3;
    }
    sizes[0] = sizes[1];
    sizes[cells + 1] = sizes[cells];
    return sizes;
  }
}
