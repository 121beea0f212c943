package org.cryows.planner.plan;

import java.util.Objects;

/**
 * The frame every point of a plan is given in.
 *
 * <ul>
 *   <li>{@link Patient}: the DICOM patient coordinate system of the images (LPS: x towards the
 *       patient's left, y posterior, z head), mm.
 *   <li>{@link Image}: one ultrasound image, which has no patient frame: x lateral (mm, to the
 *       right of the screen), y depth (mm, down the screen), z = x cross y (mm, out of the image
 *       plane, away from the viewer), the origin at the top-left corner of the calibrated region
 *       (its Region Location Min X0, Y0). The physical deltas of that region turn pixels into mm.
 * </ul>
 *
 * The thermal model runs in either frame as given: it only needs millimetres and right angles.
 */
public sealed interface PlanFrame {

  /** The name in PLAN.json's {@code "frame"}. */
  String jsonName();

  /** The DICOM patient frame (LPS, mm). */
  record Patient() implements PlanFrame {
    @Override
    public String jsonName() {
      return "patient";
    }
  }

  /**
   * One ultrasound image's frame.
   *
   * @param sopInstanceUid the image's SOP Instance UID; the plan's {@code images} must name it
   * @param frame the frame of a multi-frame image, from 1
   * @param region the calibrated region, its item in the Sequence of Ultrasound Regions counted
   *     from 1 (as imaging's {@code UltrasoundRegion.index} counts it)
   */
  record Image(String sopInstanceUid, int frame, int region) implements PlanFrame {
    public Image {
      Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
      if (sopInstanceUid.isBlank()) {
        throw new IllegalArgumentException("the image's SOP Instance UID is required");
      }
      if (frame < 1) {
        throw new IllegalArgumentException("frames are numbered from 1, was " + frame);
      }
      if (region < 1) {
        throw new IllegalArgumentException("regions are numbered from 1, was " + region);
      }
    }

    @Override
    public String jsonName() {
      return "image";
    }
  }
}
