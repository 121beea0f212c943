package org.cryows.ui.plan.model;

import org.cryows.imaging.volume.Vector3;

/**
 * Where a view puts the plan's points, and which plan point lies under a point of the view. Each
 * view that shows a plan supplies its own: an ultrasound image through its calibrated region
 * ({@link ImageFrameToViewport}), a plane of a volume through its patient coordinates.
 */
public interface PlanToViewport {

  /** The view's point for a plan point (its projection onto the view's plane). */
  ViewportPoint apply(Vector3 point_Plan);

  /** The plan point under a point of the view, on the view's plane. */
  Vector3 inverse(ViewportPoint point_Viewport);

  /** Screen pixels per millimetre across the view, to size what is drawn to scale. */
  double pixelsPerMm();

  /** How far a plan point lies off the view's plane, mm (0 on it). */
  double distanceOffPlaneMm(Vector3 point_Plan);

  /** The plane's normal in the plan's frame (out of the view, towards the viewer or away). */
  Vector3 normal_Plan();

  /** The "up" direction of the view in the plan's frame (towards the top of the screen). */
  Vector3 up_Plan();
}
