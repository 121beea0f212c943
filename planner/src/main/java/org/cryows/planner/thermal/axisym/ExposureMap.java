package org.cryows.planner.thermal.axisym;

import java.util.Collections;
import java.util.List;

/**
 * What every point of tissue went through during a run, per cell of the (r, z) grid: its lowest
 * temperature and the time it spent at or below each threshold (a nerve is blocked predictably
 * below -20 C, DOMAIN.md). Cell c = j * radial cells + i; NaN inside the probe.
 *
 * @param radialFacesMm cell boundaries along r, from the axis
 * @param axialFacesMm cell boundaries along z, tip at 0
 */
public record ExposureMap(
    List<Double> radialFacesMm,
    List<Double> axialFacesMm,
    List<Double> minimumTemperaturesC,
    List<Double> thresholdsC,
    List<List<Double>> secondsAtOrBelow) {

  public ExposureMap {
    radialFacesMm = List.copyOf(radialFacesMm);
    axialFacesMm = List.copyOf(axialFacesMm);
    minimumTemperaturesC = List.copyOf(minimumTemperaturesC);
    thresholdsC = List.copyOf(thresholdsC);
    secondsAtOrBelow = secondsAtOrBelow.stream().map(List::copyOf).toList();
    int cells = (radialFacesMm.size() - 1) * (axialFacesMm.size() - 1);
    if (minimumTemperaturesC.size() != cells || secondsAtOrBelow.size() != thresholdsC.size()) {
      throw new IllegalArgumentException("one value per cell and one series per threshold");
    }
  }

  /** Lowest temperature reached at a point (the cell that holds it), C. */
  public double minimumTemperatureC(double radiusMm, double axialMm) {
    return minimumTemperaturesC.get(cellAt(radiusMm, axialMm));
  }

  /** Seconds the point spent at or below a threshold that was computed. */
  public double secondsAtOrBelowC(double thresholdC, double radiusMm, double axialMm) {
    int index = thresholdsC.indexOf(thresholdC);
    if (index < 0) {
      throw new IllegalArgumentException(
          "no exposure computed for " + thresholdC + " C; computed: " + thresholdsC);
    }
    return secondsAtOrBelow.get(index).get(cellAt(radiusMm, axialMm));
  }

  private int cellAt(double radiusMm, double axialMm) {
    int i = index(radialFacesMm, Math.abs(radiusMm), "radius");
    int j = index(axialFacesMm, axialMm, "axial position");
    int cell = j * (radialFacesMm.size() - 1) + i;
    if (Double.isNaN(minimumTemperaturesC.get(cell))) {
      throw new IllegalArgumentException(
          String.format("(r %.3g mm, z %.3g mm) lies inside the probe", radiusMm, axialMm));
    }
    return cell;
  }

  private static int index(List<Double> faces, double position, String what) {
    if (!(position >= faces.getFirst() && position <= faces.getLast())) {
      throw new IllegalArgumentException(
          what + " " + position + " mm lies outside the computed domain");
    }
    int found = Collections.binarySearch(faces, position);
    int face = found >= 0 ? found : -found - 2;
    return Math.min(face, faces.size() - 2);
  }
}
