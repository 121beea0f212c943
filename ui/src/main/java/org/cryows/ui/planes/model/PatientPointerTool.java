package org.cryows.ui.planes.model;

import org.cryows.imaging.volume.Vector3;
import org.cryows.ui.viewer.model.PointerButton;

/**
 * A tool of a later layer (marking a nerve, placing a probe) that takes the plane views' mouse
 * gestures in patient coordinates. While one is set, a press it takes is its own until the release;
 * a press it declines moves the crosshair as usual.
 */
public interface PatientPointerTool {

  /**
   * A button went down on view {@code view} over {@code point_Patient} (on the view's plane).
   *
   * @return whether the tool takes this gesture
   */
  boolean press(PlaneKind view, Vector3 point_Patient, PointerButton button, int clicks);

  void drag(PlaneKind view, Vector3 point_Patient);

  void release(PlaneKind view, Vector3 point_Patient);

  /** The pointer moved over view {@code view} with no button held (a trace follows it). */
  default void hover(PlaneKind view, Vector3 point_Patient) {}
}
