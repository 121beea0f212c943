package org.cryows.ui.plan.model;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanStructure;

/** Something of the plan a drag moves, and how a move changes the plan. */
public sealed interface PlanHandle {

  /** Where the handle is, in the plan's frame. */
  Vector3 at(Plan plan);

  /** The plan with the handle moved by {@code delta} (mm, in the plan's frame). */
  Plan moved(Plan plan, Vector3 delta);

  /** What the handle is, for the window. */
  String describe(Plan plan);

  record ProbeTip(int target, int probe) implements PlanHandle {
    @Override
    public Vector3 at(Plan plan) {
      return plan.targets().get(target).probes().get(probe).tipMm();
    }

    @Override
    public Plan moved(Plan plan, Vector3 delta) {
      var p = plan.targets().get(target).probes().get(probe);
      return plan.withProbe(target, probe, p.withTip(p.tipMm().plus(delta)));
    }

    @Override
    public String describe(Plan plan) {
      return "tip of probe " + (probe + 1) + " (" + plan.targets().get(target).nerve() + ")";
    }
  }

  record ProbeEntry(int target, int probe) implements PlanHandle {
    @Override
    public Vector3 at(Plan plan) {
      return plan.targets().get(target).probes().get(probe).entryMm();
    }

    @Override
    public Plan moved(Plan plan, Vector3 delta) {
      var p = plan.targets().get(target).probes().get(probe);
      return plan.withProbe(target, probe, p.withEntry(p.entryMm().plus(delta)));
    }

    @Override
    public String describe(Plan plan) {
      return "entry of probe " + (probe + 1) + " (" + plan.targets().get(target).nerve() + ")";
    }
  }

  /** The whole probe, tip and entry together. */
  record Probe(int target, int probe) implements PlanHandle {
    @Override
    public Vector3 at(Plan plan) {
      return plan.targets().get(target).probes().get(probe).tipMm();
    }

    @Override
    public Plan moved(Plan plan, Vector3 delta) {
      var p = plan.targets().get(target).probes().get(probe);
      return plan.withProbe(
          target, probe, p.withTip(p.tipMm().plus(delta)).withEntry(p.entryMm().plus(delta)));
    }

    @Override
    public String describe(Plan plan) {
      return "probe " + (probe + 1) + " (" + plan.targets().get(target).nerve() + ")";
    }
  }

  /** The nerve's whole course. */
  record Nerve(int target, int point) implements PlanHandle {
    @Override
    public Vector3 at(Plan plan) {
      return plan.targets().get(target).pathMm().get(point);
    }

    @Override
    public Plan moved(Plan plan, Vector3 delta) {
      return plan.withNervePath(target, shifted(plan.targets().get(target).pathMm(), delta));
    }

    @Override
    public String describe(Plan plan) {
      return "nerve " + plan.targets().get(target).nerve();
    }
  }

  /** A vessel's whole centre line. */
  record Vessel(int structure, int point) implements PlanHandle {
    @Override
    public Vector3 at(Plan plan) {
      return ((PlanStructure.Vessel) plan.structures().get(structure)).pathMm().get(point);
    }

    @Override
    public Plan moved(Plan plan, Vector3 delta) {
      var v = (PlanStructure.Vessel) plan.structures().get(structure);
      List<PlanStructure> structures = new ArrayList<>(plan.structures());
      structures.set(
          structure,
          new PlanStructure.Vessel(v.vesselName(), shifted(v.pathMm(), delta), v.diameterMm()));
      return plan.withStructures(structures);
    }

    @Override
    public String describe(Plan plan) {
      return ((PlanStructure.Vessel) plan.structures().get(structure)).vesselName();
    }
  }

  private static List<Vector3> shifted(List<Vector3> points, Vector3 delta) {
    return points.stream().map(p -> p.plus(delta)).toList();
  }
}
