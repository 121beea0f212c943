package org.cryows.planner.thermal.axisym;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Traces isotherms through the cell centres of an axisymmetric field by marching squares (Lorensen
 * and Cline's idea in two dimensions): each square of four neighbouring tissue centres contributes
 * the segments where the linear interpolant along its edges crosses the isotherm; segments are then
 * joined into lines through the edges they share. An ambiguous square (cold corners on a diagonal)
 * is split by the value at its centre.
 */
final class ContourTracer {

  private final AxisymmetricGrid grid;
  private final boolean[] tissue;
  private final double[] temperature;
  private final int nr;
  private final int nz;

  ContourTracer(AxisymmetricGrid grid, boolean[] tissue, double[] temperature) {
    this.grid = grid;
    this.tissue = tissue;
    this.temperature = temperature;
    this.nr = grid.radialCells();
    this.nz = grid.axialCells();
  }

  IsothermContour contour(double isothermC, double timeSec) {
    List<long[]> segments = new ArrayList<>();
    for (int j = 0; j + 1 < nz; j++) {
      for (int i = 0; i + 1 < nr; i++) {
        square(i, j, isothermC, segments);
      }
    }
    return new IsothermContour(isothermC, timeSec, join(segments, isothermC));
  }

  /**
   * Corners 0 (i, j), 1 (i+1, j), 2 (i+1, j+1), 3 (i, j+1); edges 0: 0-1, 1: 1-2, 2: 3-2, 3: 0-3.
   */
  private void square(int i, int j, double isothermC, List<long[]> segments) {
    int[] corners = {j * nr + i, j * nr + i + 1, (j + 1) * nr + i + 1, (j + 1) * nr + i};
    int mask = 0;
    for (int k = 0; k < 4; k++) {
      if (!tissue[corners[k]]) {
        return;
      }
      if (temperature[corners[k]] <= isothermC) {
        mask |= 1 << k;
      }
    }
    long[] edges = {
      horizontalEdge(i, j), verticalEdge(i + 1, j), horizontalEdge(i, j + 1), verticalEdge(i, j)
    };
    int[][] pairs =
        switch (mask) {
          case 0, 15 -> new int[0][];
          case 1, 14 -> new int[][] {{3, 0}};
          case 2, 13 -> new int[][] {{0, 1}};
          case 3, 12 -> new int[][] {{3, 1}};
          case 4, 11 -> new int[][] {{1, 2}};
          case 6, 9 -> new int[][] {{0, 2}};
          case 7, 8 -> new int[][] {{3, 2}};
          default -> saddle(corners, mask, isothermC);
        };
    for (int[] pair : pairs) {
      segments.add(new long[] {edges[pair[0]], edges[pair[1]]});
    }
  }

  /** Masks 5 and 10: the centre value decides whether the cold corners connect. */
  private int[][] saddle(int[] corners, int mask, double isothermC) {
    double centre = 0;
    for (int corner : corners) {
      centre += temperature[corner] / 4;
    }
    boolean centreCold = centre <= isothermC;
    boolean coldAt0 = mask == 5;
    return centreCold == coldAt0 ? new int[][] {{0, 1}, {2, 3}} : new int[][] {{3, 0}, {1, 2}};
  }

  /** Edge between centres (i, j) and (i+1, j). */
  private long horizontalEdge(int i, int j) {
    return 2L * (j * (long) nr + i);
  }

  /** Edge between centres (i, j) and (i, j+1). */
  private long verticalEdge(int i, int j) {
    return 2L * (j * (long) nr + i) + 1;
  }

  private IsothermContour.PointRz point(long edge, double isothermC) {
    int cell = (int) (edge / 2);
    int i = cell % nr;
    int j = cell / nr;
    boolean horizontal = edge % 2 == 0;
    int other = horizontal ? cell + 1 : cell + nr;
    double t0 = temperature[cell];
    double t1 = temperature[other];
    double share = t1 == t0 ? 0.5 : Math.clamp((isothermC - t0) / (t1 - t0), 0.0, 1.0);
    double r0 = grid.radialCenterM(i);
    double z0 = grid.axialCenterM(j);
    double r1 = horizontal ? grid.radialCenterM(i + 1) : r0;
    double z1 = horizontal ? z0 : grid.axialCenterM(j + 1);
    return new IsothermContour.PointRz(
        (r0 + share * (r1 - r0)) * 1e3, (z0 + share * (z1 - z0)) * 1e3);
  }

  /** Joins segments that share an edge crossing into lines (each crossing joins at most two). */
  private List<List<IsothermContour.PointRz>> join(List<long[]> segments, double isothermC) {
    Map<Long, List<Integer>> byEdge = new HashMap<>();
    for (int s = 0; s < segments.size(); s++) {
      for (long edge : segments.get(s)) {
        byEdge.computeIfAbsent(edge, e -> new ArrayList<>(2)).add(s);
      }
    }
    boolean[] used = new boolean[segments.size()];
    List<List<IsothermContour.PointRz>> lines = new ArrayList<>();
    for (int start = 0; start < segments.size(); start++) {
      if (used[start]) {
        continue;
      }
      used[start] = true;
      Deque<Long> chain = new ArrayDeque<>();
      chain.add(segments.get(start)[0]);
      chain.add(segments.get(start)[1]);
      extend(chain, true, segments, byEdge, used);
      extend(chain, false, segments, byEdge, used);
      List<IsothermContour.PointRz> line = new ArrayList<>(chain.size());
      for (long edge : chain) {
        line.add(point(edge, isothermC));
      }
      lines.add(line);
    }
    return lines;
  }

  private static void extend(
      Deque<Long> chain,
      boolean atEnd,
      List<long[]> segments,
      Map<Long, List<Integer>> byEdge,
      boolean[] used) {
    while (true) {
      long edge = atEnd ? chain.peekLast() : chain.peekFirst();
      Integer next = null;
      for (int candidate : byEdge.get(edge)) {
        if (!used[candidate]) {
          next = candidate;
          break;
        }
      }
      if (next == null) {
        return;
      }
      used[next] = true;
      long[] segment = segments.get(next);
      long far = segment[0] == edge ? segment[1] : segment[0];
      if (atEnd) {
        chain.addLast(far);
      } else {
        chain.addFirst(far);
      }
    }
  }
}
