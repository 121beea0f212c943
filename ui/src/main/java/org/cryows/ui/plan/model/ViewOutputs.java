package org.cryows.ui.plan.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.thermal.cartesian.SectionPlane;

/**
 * What the views need of each prediction besides what the checks read: contour planes (an
 * ultrasound image's plane) or the isotherm surfaces (which the plane views of a volume cut at
 * whatever plane they show, and the 3-D view draws).
 *
 * @param contourPlanes the planes to draw the isotherms on, for a plan
 * @param surfaces whether to ask for the isotherm surfaces
 */
public record ViewOutputs(Function<Plan, List<SectionPlane>> contourPlanes, boolean surfaces) {

  /** An ultrasound image: its plane around the probes. */
  public static final ViewOutputs IMAGE_PLANE = new ViewOutputs(ImagePlanes::around, false);

  /**
   * A volume's plane views and its 3-D view: the surfaces, cut by each view at its own plane, so a
   * move of the crosshair needs no new prediction.
   */
  public static final ViewOutputs ISOTHERM_SURFACES = new ViewOutputs(plan -> List.of(), true);

  public ViewOutputs {
    Objects.requireNonNull(contourPlanes, "contourPlanes");
  }
}
