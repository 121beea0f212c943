package org.cryows.planner.thermal.cartesian;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cryows.imaging.volume.Vector3;

/**
 * The wall of a probe wider than the grid can hold as a line source, and how heat crosses it.
 *
 * <p>The probe takes its cells out of the tissue: every cell whose centre lies inside it (from the
 * tip up the shaft) and every cell its axis crosses ({@link #isWide}, {@link #axisCells}). Its wall
 * then reaches the tissue through links from the wall to the tissue cells just outside those cells.
 * Each link carries a share of the wall's area, found by casting rays: from the axis, square to it,
 * at 1/8 cell steps along the active segment and 128 angles (the lateral wall), and from the tip
 * disk along the axis away from the handle (the closed tip, equal-area rings). A ray leaves the
 * probe's cells through one face into one tissue cell, which takes the ray's wall area. Across the
 * tissue between the wall (radius R) and that cell's centre (distance r from the axis) the heat
 * follows the steady radial solution, a resistance ln(r / R) / (2 pi k) per unit length, R ln(r /
 * R) / k per unit wall area; beyond the tip disk a planar one, d / k. In series with 1 / h for a
 * convective wall.
 *
 * <p>Why: a radial field through the wall of area A_f facing one cell carries q' A_f / (2 pi R) per
 * metre, and by the divergence theorem the same heat reaches that cell through its other faces, so
 * a cell whose centre sits on the exact logarithmic profile is in balance with its link: the links
 * hold the exact steady solution at every grid offset and angle, and their areas add up to the
 * wall's. The grid's staircase, the probe's radius against the cell and the angle of the probe to
 * the axes drop out of the extraction. The temperature of the probe's own cells is not part of the
 * model; they show the wall's temperature (see {@link #showTemperatures}).
 */
final class ProbeWall {

  /** Rays around the axis: a multiple of 8 keeps a probe along an axis symmetric. */
  static final int ANGLES = 128;

  /** Rays per finest cell along the active segment and across the tip disk. */
  static final int RAYS_PER_CELL = 8;

  /**
   * A link's conduction path is kept at a tenth of a cell at least, so a cell centre grazing the
   * wall does not make one link dominate all others (as the vessels' ghost-fluid walls do).
   */
  static final double MIN_PATH_CELLS = 0.1;

  /** Receiving tissue cell of each link (stepper index). */
  final int[] cells;

  /** Wall area of each link, m2. */
  final double[] areasM2;

  /** Conduction path of each link, m: R ln(r / R) beside the probe, the distance below the tip. */
  final double[] pathsM;

  /** The wall's area reaching tissue, m2 (lateral wall and tip disk). */
  final double totalAreaM2;

  /** The probe's own cells (stepper index), in the order their shown temperature is filled. */
  private final int[] shown;

  /** Per shown cell: its links' range in {@link #shownLinks} and {@link #shownWeights}. */
  private final int[] shownFrom;

  private final int[] shownLinks;
  private final double[] shownWeights;

  /** Per shown cell without links: neighbouring tissue cells and earlier shown cells. */
  private final int[][] fillNeighbours;

  private ProbeWall(
      int[] cells,
      double[] areasM2,
      double[] pathsM,
      int[] shown,
      int[] shownFrom,
      int[] shownLinks,
      double[] shownWeights,
      int[][] fillNeighbours) {
    this.cells = cells;
    this.areasM2 = areasM2;
    this.pathsM = pathsM;
    this.shown = shown;
    this.shownFrom = shownFrom;
    this.shownLinks = shownLinks;
    this.shownWeights = shownWeights;
    this.fillNeighbours = fillNeighbours;
    double total = 0;
    for (double area : areasM2) {
      total += area;
    }
    this.totalAreaM2 = total;
  }

  /**
   * Whether a probe takes its cells out of the tissue and gets a wall: when its radius exceeds the
   * equivalent radius r0 = 0.14 sqrt(a^2 + b^2) of a cell across it (Peaceman, SPE J 1978). A
   * thinner probe is Peaceman's well: the cell its axis crosses holds the temperature of the steady
   * radial field at r0, outside the probe, and a link of ln(r0 / R) / (2 pi k) per metre joins the
   * two. For a wider probe r0 lies inside it, where there is no tissue, and the link would be
   * negative.
   */
  static boolean isWide(ProbePlacement probe, double finestSpacingMm) {
    double r0 = 0.14 * Math.sqrt(2) * finestSpacingMm;
    return probe.probe().radiusMm() > r0;
  }

  /**
   * The cells the probes with a wall take out of the tissue: those whose centre lies inside one and
   * those its axis crosses (from the tip up the shaft), not in a vessel.
   *
   * @param probeOfCentre per cell (indexed without ghosts) the probe its centre lies in, or -1
   * @param vesselOfCell per cell the vessel it lies in, or -1
   * @return per cell the probe whose cell it is, or -1
   */
  static int[] cellsOfProbes(
      CartesianGrid grid,
      List<ProbePlacement> probes,
      double finestSpacingMm,
      int[] probeOfCentre,
      int[] vesselOfCell) {
    boolean[] wide = new boolean[probes.size()];
    for (int p = 0; p < wide.length; p++) {
      wide[p] = isWide(probes.get(p), finestSpacingMm);
    }
    int[] coveredBy = new int[probeOfCentre.length];
    for (int plain = 0; plain < coveredBy.length; plain++) {
      int probe = probeOfCentre[plain];
      coveredBy[plain] = probe >= 0 && wide[probe] && vesselOfCell[plain] < 0 ? probe : -1;
    }
    for (int p = 0; p < wide.length; p++) {
      if (wide[p]) {
        for (int plain : axisCells(grid, probes.get(p))) {
          if (vesselOfCell[plain] < 0 && coveredBy[plain] < 0) {
            coveredBy[plain] = p;
          }
        }
      }
    }
    return coveredBy;
  }

  /**
   * The cells the probe's axis crosses, from its tip up the shaft to the domain's edge (indexed
   * without ghosts). A cell an edge or face of the axis touches counts, on every side.
   */
  static List<Integer> axisCells(CartesianGrid grid, ProbePlacement probe) {
    Vector3 axis = probe.towardHandle();
    Vector3 tip = probe.tipMm();
    Vector3 min = grid.minCornerMm();
    Vector3 max = grid.maxCornerMm();
    double exit = Double.POSITIVE_INFINITY;
    for (int a = 0; a < 3; a++) {
      double d = axis.coordinate(a);
      if (d > 0) {
        exit = Math.min(exit, (max.coordinate(a) - tip.coordinate(a)) / d);
      } else if (d < 0) {
        exit = Math.min(exit, (min.coordinate(a) - tip.coordinate(a)) / d);
      }
    }
    // Short pieces: each piece's search box is its bounding box plus a cell.
    double piece = 4 * grid.finestSpacingMm();
    List<Integer> cells = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (double from = 0; from < exit; from += piece) {
      double to = Math.min(exit, from + piece);
      for (var share :
          LineSourceSpreading.spread(grid, probe.axisPointMm(from), probe.axisPointMm(to))) {
        int plain = (share.k() * grid.cells(1) + share.j()) * grid.cells(0) + share.i();
        if (seen.add(plain)) {
          cells.add(plain);
        }
      }
    }
    return cells;
  }

  /**
   * Casts the rays and builds the links of one probe.
   *
   * @param coveredBy per cell (indexed without ghosts) the probe whose cells it is, or -1
   * @param vesselOfCell per cell the vessel it lies in, or -1
   */
  static ProbeWall build(
      CartesianGrid grid,
      ImplicitStepper field,
      ProbePlacement probe,
      int probeIndex,
      int[] coveredBy,
      int[] vesselOfCell) {
    return new Builder(grid, field, probe, probeIndex, coveredBy, vesselOfCell).build();
  }

  int linkCount() {
    return cells.length;
  }

  /**
   * Sets the temperature the probe's own cells show (snapshots and nerve tracks interpolate through
   * them; the model never reads them): where rays leave a cell, the wall's temperature on those
   * links, weighted by their area; elsewhere (the probe's core, its shaft) the mean of the
   * neighbouring tissue and already set cells.
   *
   * @param surfaceC the wall's temperature on each link
   */
  void showTemperatures(ImplicitStepper field, double[] surfaceC) {
    double[] temperature = field.temperature;
    for (int s = 0; s < shown.length; s++) {
      int from = shownFrom[s];
      int to = shownFrom[s + 1];
      if (to > from) {
        double sum = 0;
        double weight = 0;
        for (int n = from; n < to; n++) {
          sum += shownWeights[n] * surfaceC[shownLinks[n]];
          weight += shownWeights[n];
        }
        temperature[shown[s]] = sum / weight;
      } else {
        int[] neighbours = fillNeighbours[s];
        if (neighbours.length == 0) {
          continue;
        }
        double sum = 0;
        for (int neighbour : neighbours) {
          sum += field.conservedTemperatureC(neighbour);
        }
        temperature[shown[s]] = sum / neighbours.length;
      }
    }
  }

  /** Builds the links of one probe; see {@link ProbeWall}. */
  private static final class Builder {
    private final CartesianGrid grid;
    private final ImplicitStepper field;
    private final ProbePlacement probe;
    private final int probeIndex;
    private final int[] coveredBy;
    private final int[] vesselOfCell;
    private final int nx;
    private final int ny;
    private final double radiusMm;
    private final double minPathMm;
    private final Vector3 axis;
    private final Vector3[] across;

    private final Map<Long, Integer> linkOfKey = new HashMap<>();
    private final List<Integer> linkCells = new ArrayList<>();
    private final List<double[]> linkSums = new ArrayList<>();
    private final Map<Long, Double> shownWeight = new HashMap<>();
    private final List<Integer> ownCells = new ArrayList<>();

    /** Farthest reach of the probe's cells from its axis, and below its tip, mm. */
    private double lateralReachMm;

    private double tipReachMm;

    Builder(
        CartesianGrid grid,
        ImplicitStepper field,
        ProbePlacement probe,
        int probeIndex,
        int[] coveredBy,
        int[] vesselOfCell) {
      this.grid = grid;
      this.field = field;
      this.probe = probe;
      this.probeIndex = probeIndex;
      this.coveredBy = coveredBy;
      this.vesselOfCell = vesselOfCell;
      this.nx = grid.cells(0);
      this.ny = grid.cells(1);
      this.radiusMm = probe.probe().radiusMm();
      this.minPathMm = MIN_PATH_CELLS * grid.finestSpacingMm();
      this.axis = probe.towardHandle();
      this.across = IceBallGauge.perpendiculars(axis);
    }

    ProbeWall build() {
      findOwnCells();
      double h = grid.finestSpacingMm();
      double lengthMm = probe.probe().activeLengthMm();
      int stations = Math.max(1, (int) Math.ceil(lengthMm * RAYS_PER_CELL / h));
      double lateralAreaMm2 = 2 * Math.PI * radiusMm / ANGLES * lengthMm / stations;
      for (int s = 0; s < stations; s++) {
        Vector3 centre = probe.axisPointMm((s + 0.5) * lengthMm / stations);
        for (int a = 0; a < ANGLES; a++) {
          Vector3 direction = direction(a);
          int[] reached = walk(centre, direction, lateralReachMm);
          if (reached != null) {
            addRay(reached, lateralAreaMm2, lateralPathMm(reached[0]), false);
          }
        }
      }
      int rings = Math.max(2, (int) Math.ceil(radiusMm * RAYS_PER_CELL / h));
      double tipAreaMm2 = Math.PI * radiusMm * radiusMm / (rings * ANGLES);
      Vector3 down = axis.times(-1);
      for (int ring = 0; ring < rings; ring++) {
        double rho = radiusMm * Math.sqrt((ring + 0.5) / rings);
        for (int a = 0; a < ANGLES; a++) {
          Vector3 start = probe.tipMm().plus(direction(a).times(rho));
          int[] reached = walk(start, down, tipReachMm);
          if (reached != null) {
            addRay(reached, tipAreaMm2, tipPathMm(reached[0], start), true);
          }
        }
      }
      return assemble();
    }

    private Vector3 direction(int angle) {
      double theta = 2 * Math.PI * (angle + 0.5) / ANGLES;
      return across[0].times(Math.cos(theta)).plus(across[1].times(Math.sin(theta)));
    }

    private void findOwnCells() {
      for (int plain = 0; plain < coveredBy.length; plain++) {
        if (coveredBy[plain] != probeIndex) {
          continue;
        }
        ownCells.add(plain);
        int i = plain % nx;
        int j = (plain / nx) % ny;
        int k = plain / (nx * ny);
        Vector3 offset = grid.cellCentreMm(i, j, k).minus(probe.tipMm());
        double along = offset.dot(axis);
        double radial = offset.minus(axis.times(along)).length();
        double halfDiagonal =
            0.5
                * Math.sqrt(
                    square(grid.sizeMm(0, i))
                        + square(grid.sizeMm(1, j))
                        + square(grid.sizeMm(2, k)));
        lateralReachMm = Math.max(lateralReachMm, radial + halfDiagonal);
        tipReachMm = Math.max(tipReachMm, -along + halfDiagonal);
      }
    }

    private static double square(double x) {
      return x * x;
    }

    /** Conduction path R ln(r / R) from the wall to a cell centre beside the probe, mm. */
    private double lateralPathMm(int plain) {
      Vector3 offset = centreOf(plain).minus(probe.tipMm());
      double radial = offset.minus(axis.times(offset.dot(axis))).length();
      return radiusMm * Math.log(Math.max(radial, radiusMm + minPathMm) / radiusMm);
    }

    /**
     * Conduction path from a point of the tip disk to a cell centre: along the axis for a cell
     * below the tip, straight for one beside it.
     */
    private double tipPathMm(int plain, Vector3 fromMm) {
      Vector3 offset = centreOf(plain).minus(fromMm);
      double below = -offset.dot(axis);
      return Math.max(minPathMm, below > 0 ? below : offset.length());
    }

    private Vector3 centreOf(int plain) {
      return grid.cellCentreMm(plain % nx, (plain / nx) % ny, plain / (nx * ny));
    }

    /**
     * Follows a ray through the grid (cell by cell, exact crossings) until it is beyond the probe's
     * cells: the tissue cell it enters after the last of them, and that last cell (-1 when it
     * starts in tissue). Null when it meets another probe's cells or a vessel's (a wall within a
     * cell of another probe or of a vessel: that share of the wall is left out; the vessel's own
     * wall holds the tissue around it).
     */
    private int[] walk(Vector3 from, Vector3 direction, double reachMm) {
      int[] cell = new int[3];
      double[] next = new double[3];
      for (int a = 0; a < 3; a++) {
        double d = direction.coordinate(a);
        double p = from.coordinate(a);
        cell[a] = grid.cellIndex(a, p + 1e-9 * Math.signum(d));
        next[a] =
            d > 0
                ? (grid.faceMm(a, cell[a] + 1) - p) / d
                : d < 0 ? (grid.faceMm(a, cell[a]) - p) / d : Double.POSITIVE_INFINITY;
      }
      int last = -1;
      int receiving = -1;
      while (true) {
        int plain = (cell[2] * ny + cell[1]) * nx + cell[0];
        int owner = coveredBy[plain];
        if (owner == probeIndex) {
          last = plain;
          receiving = -1;
        } else if (receiving < 0) {
          receiving = plain;
        }
        int a = next[0] <= next[1] && next[0] <= next[2] ? 0 : next[1] <= next[2] ? 1 : 2;
        if (next[a] > reachMm && receiving >= 0) {
          break;
        }
        double d = direction.coordinate(a);
        cell[a] += d > 0 ? 1 : -1;
        if (cell[a] < 0 || cell[a] >= grid.cells(a)) {
          throw new IllegalStateException(
              "a ray from probe " + probeIndex + "'s wall left the grid; its margin check failed");
        }
        next[a] =
            d > 0
                ? (grid.faceMm(a, cell[a] + 1) - from.coordinate(a)) / d
                : (grid.faceMm(a, cell[a]) - from.coordinate(a)) / d;
      }
      if (vesselOfCell[receiving] >= 0 || coveredBy[receiving] >= 0) {
        return null;
      }
      return new int[] {receiving, last};
    }

    private void addRay(int[] reached, double areaMm2, double pathMm, boolean tip) {
      long key = 2L * reached[0] + (tip ? 1 : 0);
      Integer link = linkOfKey.get(key);
      if (link == null) {
        link = linkCells.size();
        linkOfKey.put(key, link);
        linkCells.add(reached[0]);
        linkSums.add(new double[2]);
      }
      double[] sums = linkSums.get(link);
      sums[0] += areaMm2;
      sums[1] += areaMm2 * pathMm;
      if (reached[1] >= 0) {
        shownWeight.merge(((long) reached[1] << 24) | link, areaMm2, Double::sum);
      }
    }

    private ProbeWall assemble() {
      int links = linkCells.size();
      int[] cells = new int[links];
      double[] areas = new double[links];
      double[] paths = new double[links];
      for (int n = 0; n < links; n++) {
        cells[n] = stepperIndex(linkCells.get(n));
        double[] sums = linkSums.get(n);
        areas[n] = sums[0] * 1e-6;
        paths[n] = sums[1] / sums[0] * 1e-3;
      }
      // The probe's cells in levels: 0 those the rays leave, 1 the others next to tissue (the
      // shaft), then each level next to the one before (the core). A cell without links is filled
      // from its tissue neighbours and its neighbours of lower levels, so the fill does not depend
      // on the order cells are numbered in (a quarter turn of the grid gives the same values).
      Map<Integer, List<long[]>> linksOfCell = new HashMap<>();
      shownWeight.forEach(
          (key, weight) ->
              linksOfCell
                  .computeIfAbsent((int) (key >>> 24), c -> new ArrayList<>())
                  .add(new long[] {key & 0xFFFFFF, Double.doubleToLongBits(weight)}));
      Map<Integer, Integer> levelOf = new HashMap<>();
      List<Integer> order = new ArrayList<>();
      for (int plain : ownCells) {
        if (linksOfCell.containsKey(plain)) {
          levelOf.put(plain, 0);
          order.add(plain);
        }
      }
      for (int plain : ownCells) {
        if (!levelOf.containsKey(plain) && tissueNeighbours(plain).length > 0) {
          levelOf.put(plain, 1);
          order.add(plain);
        }
      }
      java.util.Set<Integer> own = new java.util.HashSet<>(ownCells);
      for (int n = 0; n < order.size(); n++) {
        int plain = order.get(n);
        for (int neighbour : neighbours(plain)) {
          if (own.contains(neighbour) && !levelOf.containsKey(neighbour)) {
            levelOf.put(neighbour, Math.max(2, levelOf.get(plain) + 1));
            order.add(neighbour);
          }
        }
      }
      int[] shown = new int[order.size()];
      int[] from = new int[order.size() + 1];
      List<Integer> shownLinks = new ArrayList<>();
      List<Double> shownWeights = new ArrayList<>();
      int[][] fill = new int[order.size()][];
      for (int s = 0; s < order.size(); s++) {
        int plain = order.get(s);
        int level = levelOf.get(plain);
        shown[s] = stepperIndex(plain);
        from[s] = shownLinks.size();
        List<long[]> cellLinks = new ArrayList<>(linksOfCell.getOrDefault(plain, List.of()));
        cellLinks.sort((x, y) -> Long.compare(x[0], y[0]));
        for (long[] entry : cellLinks) {
          shownLinks.add((int) entry[0]);
          shownWeights.add(Double.longBitsToDouble(entry[1]));
        }
        List<Integer> sources = new ArrayList<>();
        if (cellLinks.isEmpty()) {
          for (int n : tissueNeighbours(plain)) {
            sources.add(stepperIndex(n));
          }
          for (int n : neighbours(plain)) {
            Integer other = levelOf.get(n);
            if (other != null && other < level) {
              sources.add(stepperIndex(n));
            }
          }
        }
        fill[s] = sources.stream().mapToInt(Integer::intValue).toArray();
      }
      from[order.size()] = shownLinks.size();
      return new ProbeWall(
          cells,
          areas,
          paths,
          shown,
          from,
          shownLinks.stream().mapToInt(Integer::intValue).toArray(),
          shownWeights.stream().mapToDouble(Double::doubleValue).toArray(),
          fill);
    }

    private int stepperIndex(int plain) {
      return field.index(plain % nx + 1, (plain / nx) % ny + 1, plain / (nx * ny) + 1);
    }

    /** The face neighbours of a cell inside the grid (indexed without ghosts). */
    private int[] neighbours(int plain) {
      int i = plain % nx;
      int j = (plain / nx) % ny;
      int k = plain / (nx * ny);
      int[] result = new int[6];
      int count = 0;
      if (i > 0) {
        result[count++] = plain - 1;
      }
      if (i < nx - 1) {
        result[count++] = plain + 1;
      }
      if (j > 0) {
        result[count++] = plain - nx;
      }
      if (j < ny - 1) {
        result[count++] = plain + nx;
      }
      if (k > 0) {
        result[count++] = plain - nx * ny;
      }
      if (k < grid.cells(2) - 1) {
        result[count++] = plain + nx * ny;
      }
      return Arrays.copyOf(result, count);
    }

    private int[] tissueNeighbours(int plain) {
      return Arrays.stream(neighbours(plain))
          .filter(n -> coveredBy[n] < 0 && vesselOfCell[n] < 0)
          .toArray();
    }
  }
}
