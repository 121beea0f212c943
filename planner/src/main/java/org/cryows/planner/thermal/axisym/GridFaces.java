package org.cryows.planner.thermal.axisym;

import java.util.ArrayList;
import java.util.List;

/** Builds face positions along one axis: uniform near the probe, growing towards the far field. */
final class GridFaces {

  /** Cell-to-cell growth beyond the fine zone, as in one dimension. */
  static final double GROWTH_RATIO = 1.08;

  private GridFaces() {}

  /**
   * Faces from {@code start} in the direction of {@code fineEnd}: uniform cells of {@code spacing}
   * up to {@code fineEnd} (the last one stretched to land on it), then growing cells until {@code
   * farEnd} is passed. The start face is not included.
   */
  static List<Double> outwards(double start, double spacing, double fineEnd, double farEnd) {
    double direction = Math.signum(fineEnd - start);
    List<Double> faces = new ArrayList<>();
    int fineCells = Math.max(1, (int) Math.round(Math.abs(fineEnd - start) / spacing));
    double fineSpacing = Math.abs(fineEnd - start) / fineCells;
    for (int i = 1; i <= fineCells; i++) {
      faces.add(start + direction * i * fineSpacing);
    }
    double step = fineSpacing;
    double position = fineEnd;
    while (direction * (farEnd - position) > 0) {
      step *= GROWTH_RATIO;
      position += direction * step;
      faces.add(position);
    }
    return faces;
  }

  /**
   * Uniform faces from {@code start} to {@code end} (both included), about {@code spacing} apart.
   */
  static List<Double> uniform(double start, double end, double spacing) {
    int cells = Math.max(1, (int) Math.ceil((end - start) / spacing - 1e-9));
    List<Double> faces = new ArrayList<>();
    for (int i = 0; i <= cells; i++) {
      faces.add(start + (end - start) * i / cells);
    }
    return faces;
  }

  static double[] toArray(List<Double> faces) {
    return faces.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
