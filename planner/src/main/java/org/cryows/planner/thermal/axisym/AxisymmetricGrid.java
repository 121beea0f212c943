package org.cryows.planner.thermal.axisym;

import java.util.ArrayList;
import java.util.List;

/**
 * Finite-volume cells in (r, z) around one probe on the axis. The probe surface r = R and the ends
 * of the active segment z = 0 (tip) and z = L fall on cell faces; cells are uniform near the probe
 * and over the largest ice expected, then grow towards the far field. Positions in metres.
 */
final class AxisymmetricGrid {

  final double[] radialFacesM;
  final double[] axialFacesM;

  /** Cells 0..probeRadialCells-1 lie inside the probe radius. */
  final int probeRadialCells;

  /** The first axial cell above the tip (z &gt; 0). */
  final int tipAxialCell;

  /** The first axial cell above the active segment (z &gt; L). */
  final int activeEndAxialCell;

  /** True when the top face of the domain is the skin rather than far-field tissue. */
  final boolean topIsSkin;

  private AxisymmetricGrid(
      double[] radialFacesM,
      double[] axialFacesM,
      int probeRadialCells,
      int tipAxialCell,
      int activeEndAxialCell,
      boolean topIsSkin) {
    this.radialFacesM = radialFacesM;
    this.axialFacesM = axialFacesM;
    this.probeRadialCells = probeRadialCells;
    this.tipAxialCell = tipAxialCell;
    this.activeEndAxialCell = activeEndAxialCell;
    this.topIsSkin = topIsSkin;
  }

  /**
   * A graded grid: cells of {@code spacingM} at the probe surface, growing away from it as {@link
   * GradedSpacing} says; radially inside the probe radius (under the tip) cells stay at the finest
   * size. The top is the skin when {@code skinDepthM} is positive, else far-field tissue.
   */
  static AxisymmetricGrid graded(
      double probeRadiusM,
      double activeLengthM,
      double spacingM,
      double iceZoneM,
      double farFieldM,
      double skinDepthM) {
    var spacing = new GradedSpacing(spacingM, iceZoneM);
    List<Double> radial = GridFaces.uniform(0, probeRadiusM, spacingM);
    int probeCells = radial.size() - 1;
    List<Double> outside =
        GradedSpacing.faces(
            probeRadiusM,
            probeRadiusM + iceZoneM + farFieldM,
            r -> spacing.sizeM(r - probeRadiusM));
    radial.addAll(outside.subList(1, outside.size()));

    double bottomM = -(iceZoneM + farFieldM);
    List<Double> axial = new ArrayList<>(GradedSpacing.faces(bottomM, 0, z -> spacing.sizeM(-z)));
    int tip = axial.size() - 1;
    List<Double> active =
        GradedSpacing.faces(0, activeLengthM, z -> spacing.sizeM(Math.min(z, activeLengthM - z)));
    axial.addAll(active.subList(1, active.size()));
    int activeEnd = axial.size() - 1;
    boolean skin = skinDepthM > 0;
    double topM = skin ? skinDepthM : activeLengthM + iceZoneM + farFieldM;
    List<Double> above =
        GradedSpacing.faces(activeLengthM, topM, z -> spacing.sizeM(z - activeLengthM));
    axial.addAll(above.subList(1, above.size()));
    return new AxisymmetricGrid(
        GridFaces.toArray(radial), GridFaces.toArray(axial), probeCells, tip, activeEnd, skin);
  }

  AxisymmetricGrid(
      double probeRadiusM,
      double activeLengthM,
      double spacingM,
      double fineExtentM,
      double farFieldM) {
    List<Double> radial = GridFaces.uniform(0, probeRadiusM, spacingM);
    probeRadialCells = radial.size() - 1;
    radial.addAll(
        GridFaces.outwards(
            probeRadiusM,
            spacingM,
            probeRadiusM + fineExtentM,
            probeRadiusM + fineExtentM + farFieldM));
    radialFacesM = GridFaces.toArray(radial);

    List<Double> below = GridFaces.outwards(0, spacingM, -fineExtentM, -fineExtentM - farFieldM);
    List<Double> axial = new ArrayList<>(below.reversed());
    tipAxialCell = axial.size();
    List<Double> active = GridFaces.uniform(0, activeLengthM, spacingM);
    axial.addAll(active);
    activeEndAxialCell = axial.size() - 1;
    axial.addAll(
        GridFaces.outwards(
            activeLengthM,
            spacingM,
            activeLengthM + fineExtentM,
            activeLengthM + fineExtentM + farFieldM));
    axialFacesM = GridFaces.toArray(axial);
    topIsSkin = false;
  }

  int radialCells() {
    return radialFacesM.length - 1;
  }

  int axialCells() {
    return axialFacesM.length - 1;
  }

  double radialCenterM(int i) {
    return 0.5 * (radialFacesM[i] + radialFacesM[i + 1]);
  }

  double axialCenterM(int j) {
    return 0.5 * (axialFacesM[j] + axialFacesM[j + 1]);
  }

  double axialSizeM(int j) {
    return axialFacesM[j + 1] - axialFacesM[j];
  }

  /** Area of the annulus that is the bottom and top face of cells in column i. */
  double annulusAreaM2(int i) {
    double inner = radialFacesM[i];
    double outer = radialFacesM[i + 1];
    return Math.PI * (outer * outer - inner * inner);
  }

  /** Area of the cylindrical radial face f in row j. */
  double cylinderAreaM2(int face, int j) {
    return 2 * Math.PI * radialFacesM[face] * axialSizeM(j);
  }

  /** Probe cells are not tissue: inside the probe radius from the tip upwards. */
  boolean isProbe(int i, int j) {
    return i < probeRadialCells && j >= tipAxialCell;
  }

  boolean isActiveRow(int j) {
    return j >= tipAxialCell && j < activeEndAxialCell;
  }
}
