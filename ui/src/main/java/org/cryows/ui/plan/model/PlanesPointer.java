package org.cryows.ui.plan.model;

import org.cryows.imaging.volume.Vector3;
import org.cryows.ui.planes.model.PatientPointerTool;
import org.cryows.ui.planes.model.PlaneKind;
import org.cryows.ui.planes.model.PlaneViewport;
import org.cryows.ui.planes.model.PlanesModel;
import org.cryows.ui.viewer.model.PointerButton;

/**
 * The plan's gestures on a volume's plane views: with a plan tool chosen and a series open, the
 * primary button marks, places and moves in patient coordinates on the view pressed (its plane's
 * normal goes with the press: a single click of the nerve or a vessel crosses that plane). A press
 * the plan declines (the View tool, or Move where nothing of the plan lies) moves the crosshair.
 */
public final class PlanesPointer implements PatientPointerTool {

  /** How near (screen pixels) a press must be to take a handle. */
  public static final double PICK_PX = 10;

  private final PlanesModel planes;
  private final PlanEditor editor;

  public PlanesPointer(PlanesModel planes, PlanEditor editor) {
    this.planes = planes;
    this.editor = editor;
    planes.setPointerTool(this);
  }

  private PlaneViewport viewport(PlaneKind view) {
    var v = planes.snapshot().view(view);
    return v == null ? null : v.viewport();
  }

  private boolean planning() {
    var s = editor.snapshot();
    return s.series() != null && s.tool() != PlanTool.VIEW;
  }

  @Override
  public boolean press(PlaneKind view, Vector3 point_Patient, PointerButton button, int clicks) {
    PlaneViewport viewport = viewport(view);
    if (button != PointerButton.PRIMARY || viewport == null || !planning()) {
      return false;
    }
    return editor.press(
        point_Patient, viewport.frame().normal(), PICK_PX * viewport.mmPerPixel(), clicks);
  }

  @Override
  public void drag(PlaneKind view, Vector3 point_Patient) {
    editor.drag(point_Patient);
  }

  @Override
  public void release(PlaneKind view, Vector3 point_Patient) {
    editor.release(point_Patient);
  }

  @Override
  public void hover(PlaneKind view, Vector3 point_Patient) {
    if (planning() && editor.snapshot().tool() == PlanTool.NERVE) {
      editor.hover(point_Patient);
    }
  }
}
