package org.cryows.ui.plan.model;

import java.util.Objects;
import org.cryows.imaging.volume.Vector3;
import org.cryows.ui.planes.model.PlaneViewport;

/**
 * A plan in the patient frame on a plane view of a volume: the view's own {@link PlaneViewport}
 * puts a plan point's projection on screen and takes a screen point back to the patient point on
 * the view's plane. The plan's frame is the patient frame, so nothing else changes.
 */
public record PatientPlaneToViewport(PlaneViewport viewport) implements PlanToViewport {

  public PatientPlaneToViewport {
    Objects.requireNonNull(viewport, "viewport");
  }

  @Override
  public ViewportPoint apply(Vector3 point_Plan) {
    var p = viewport.screenOf(point_Plan);
    return new ViewportPoint(p.x(), p.y());
  }

  @Override
  public Vector3 inverse(ViewportPoint point_Viewport) {
    return viewport.patientAt(point_Viewport.x(), point_Viewport.y());
  }

  @Override
  public double pixelsPerMm() {
    return 1 / viewport.mmPerPixel();
  }

  @Override
  public double distanceOffPlaneMm(Vector3 point_Plan) {
    return Math.abs(viewport.depthMm(point_Plan));
  }

  @Override
  public Vector3 normal_Plan() {
    return viewport.frame().normal();
  }

  @Override
  public Vector3 up_Plan() {
    return viewport.frame().down().times(-1);
  }
}
