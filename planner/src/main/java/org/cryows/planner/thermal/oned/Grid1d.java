package org.cryows.planner.thermal.oned;

import java.util.ArrayList;
import java.util.List;

/**
 * Finite-volume cells along x or r: uniform cells of the finest spacing where the ice grows, then
 * cells that grow geometrically out to the far field, where the field varies slowly. Positions in
 * metres; cell i spans faces i and i + 1 and is represented by its midpoint.
 */
public final class Grid1d {

  /** Cell-to-cell growth beyond the fine zone: gentle enough to keep the scheme second order. */
  static final double GROWTH_RATIO = 1.08;

  private final double[] facesM;

  private Grid1d(double[] facesM) {
    this.facesM = facesM;
  }

  /**
   * @param innerM the wall or the axis
   * @param finestSpacingM spacing in the fine zone
   * @param fineExtentM length of the fine zone beyond {@code innerM}
   * @param outerM the far-field boundary
   */
  public static Grid1d stretched(
      double innerM, double finestSpacingM, double fineExtentM, double outerM) {
    if (!(finestSpacingM > 0) || !(outerM > innerM + finestSpacingM) || !(fineExtentM >= 0)) {
      throw new IllegalArgumentException(
          "a grid needs a positive spacing and an outer boundary beyond the first cell");
    }
    List<Double> faces = new ArrayList<>();
    faces.add(innerM);
    int fineCells = (int) Math.ceil(Math.min(fineExtentM, outerM - innerM) / finestSpacingM);
    for (int i = 1; i <= fineCells; i++) {
      faces.add(innerM + i * finestSpacingM);
    }
    double spacing = finestSpacingM;
    double position = faces.getLast();
    while (position < outerM) {
      spacing *= GROWTH_RATIO;
      position += spacing;
      faces.add(position);
    }
    return new Grid1d(faces.stream().mapToDouble(Double::doubleValue).toArray());
  }

  public int cellCount() {
    return facesM.length - 1;
  }

  public double faceM(int face) {
    return facesM[face];
  }

  public double centerM(int cell) {
    return 0.5 * (facesM[cell] + facesM[cell + 1]);
  }

  public double innerM() {
    return facesM[0];
  }

  public double outerM() {
    return facesM[facesM.length - 1];
  }

  public double finestSpacingM() {
    return facesM[1] - facesM[0];
  }
}
