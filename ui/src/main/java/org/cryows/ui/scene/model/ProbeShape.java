package org.cryows.ui.scene.model;

import java.util.Objects;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.prediction.PlacedProbe;

/**
 * A cryoprobe in the scene: a cylinder from its tip towards its handle, with its active (freezing)
 * segment drawn apart from the rest of the shaft.
 *
 * @param tip_Patient the tip (LPS, mm)
 * @param towardHandle unit direction from the tip to the handle
 * @param shownLengthMm how much of the shaft is drawn from the tip
 * @param activeStartMm where the active segment starts, measured from the tip
 * @param activeEndMm where it ends
 */
public record ProbeShape(
    Vector3 tip_Patient,
    Vector3 towardHandle,
    double diameterMm,
    double shownLengthMm,
    double activeStartMm,
    double activeEndMm) {

  public ProbeShape {
    Objects.requireNonNull(tip_Patient, "tip_Patient");
    towardHandle = towardHandle.normalized();
    if (!(diameterMm > 0) || !(shownLengthMm > 0)) {
      throw new IllegalArgumentException("a probe has a positive diameter and length");
    }
    if (!(activeStartMm >= 0 && activeEndMm > activeStartMm && activeEndMm <= shownLengthMm)) {
      throw new IllegalArgumentException(
          "the active segment "
              + activeStartMm
              + "-"
              + activeEndMm
              + " mm lies on the "
              + shownLengthMm
              + " mm shown");
    }
  }

  /** A plan's probe with {@code shownLengthMm} of its shaft. */
  public static ProbeShape of(PlacedProbe placed, double shownLengthMm) {
    return new ProbeShape(
        placed.tipMm(),
        placed.towardHandle(),
        2 * placed.probe().radiusMm(),
        Math.max(shownLengthMm, placed.probe().activeSegmentEndMm()),
        placed.probe().activeSegmentStartMm(),
        placed.probe().activeSegmentEndMm());
  }

  /** The point of the axis at {@code distanceMm} from the tip. */
  public Vector3 axisPoint_Patient(double distanceMm) {
    return tip_Patient.plus(towardHandle.times(distanceMm));
  }
}
