package org.cryows.ui.plan.model;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Target;
import org.cryows.planner.thermal.cartesian.SectionPlane;

/**
 * The plane an ultrasound plan's isotherms are drawn on: the image plane (z = 0 of its frame), a
 * square around the probes' active segments, sampled finely enough for lines on screen.
 */
public final class ImagePlanes {

  /** The square's side, mm: wider than any catalog probe's 0 C ice (about 15 mm). */
  public static final double SIZE_MM = 36;

  /** The contours' sampling, mm (a fifth of the -20 C radius of the smallest probe). */
  public static final double SPACING_MM = 0.25;

  private ImagePlanes() {}

  /** The image plane around the plan's probes. */
  public static List<SectionPlane> around(Plan plan) {
    List<Vector3> middles = new ArrayList<>();
    for (Target target : plan.targets()) {
      for (PlannedProbe probe : target.probes()) {
        var model = probe.probe();
        double middle = (model.activeSegmentStartMm() + model.activeSegmentEndMm()) / 2;
        middles.add(probe.tipMm().plus(probe.towardHandle().times(middle)));
      }
    }
    Vector3 centre = Vector3.ZERO;
    for (Vector3 m : middles) {
      centre = centre.plus(m.times(1.0 / middles.size()));
    }
    centre = new Vector3(centre.x(), centre.y(), 0);
    return List.of(
        SectionPlane.centredOn(
            centre, new Vector3(1, 0, 0), new Vector3(0, 1, 0), SIZE_MM, SPACING_MM));
  }
}
