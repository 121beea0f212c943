package org.cryows.ui.plan.model;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Target;
import org.cryows.planner.prediction.PlacedProbe;
import org.cryows.planner.prediction.TimedSurface;
import org.cryows.planner.thermal.cartesian.IsothermSurface;
import org.cryows.ui.scene.model.NervePath;
import org.cryows.ui.scene.model.ProbeShape;
import org.cryows.ui.scene.model.SceneContent;
import org.cryows.ui.scene.model.VesselTube;

/**
 * What the 3-D view shows of a plan in the patient frame: each probe from its tip to its entry
 * point with its active segment, each nerve's course, each vessel as a tube of its diameter, and
 * the final answer's isotherm surfaces at the time shown. The surfaces come only with the final
 * answer of the plan shown: a quick answer (each probe alone, while a probe moves) would redraw the
 * 3-D picture on every drag step, on the cores the prediction needs; a stale final answer would
 * show ice where the probes no longer are.
 */
public final class PlanScene {

  /**
   * A nerve's tube across, mm: about a genicular nerve's (1-2 mm), wide enough to see beside a 2.1
   * mm probe.
   */
  static final double NERVE_DIAMETER_MM = 1.5;

  private PlanScene() {}

  /** The plan's layer of the scene, for the plan shown and its answer, at {@code timeSec}. */
  public static SceneContent of(PlanEditorSnapshot s, double timeSec) {
    List<ProbeShape> probes = new ArrayList<>();
    List<NervePath> nerves = new ArrayList<>();
    List<VesselTube> vessels = new ArrayList<>();
    Plan plan = s.committed();
    if (plan != null) {
      for (Target target : plan.targets()) {
        target.probes().forEach(p -> probes.add(probe(p)));
        nerves.add(new NervePath(target.nerve(), target.pathMm(), NERVE_DIAMETER_MM));
      }
    }
    if (s.pending() != null) {
      s.pending().probes().forEach(p -> probes.add(probe(p)));
      if (s.pending().pathMm().size() >= 2) {
        nerves.add(new NervePath(s.pending().nerve(), s.pending().pathMm(), NERVE_DIAMETER_MM));
      }
    }
    for (PlanStructure structure : plan != null ? plan.structures() : s.draftStructures()) {
      if (structure instanceof PlanStructure.Vessel v && v.pathMm().size() >= 2) {
        vessels.add(new VesselTube(v.vesselName(), v.pathMm(), v.diameterMm()));
      }
    }
    List<IsothermSurface> isotherms = new ArrayList<>();
    if (plan != null && s.live().finalFor(plan)) {
      IceDisplay.nearestTime(s.live(), timeSec)
          .ifPresent(
              t ->
                  IceDisplay.surfaces(s.live(), t).stream()
                      .map(TimedSurface::surface)
                      .filter(surface -> !surface.isEmpty())
                      .forEach(isotherms::add));
    }
    return SceneContent.EMPTY
        .withProbes(probes)
        .withNerves(nerves)
        .withVessels(vessels)
        .withIsotherms(isotherms);
  }

  private static ProbeShape probe(PlannedProbe p) {
    Vector3 toward = p.towardHandle();
    double length = p.entryMm().minus(p.tipMm()).length();
    return ProbeShape.of(new PlacedProbe(p.probe(), p.tipMm(), toward), length);
  }
}
