package org.cryows.ui.plan.model;

import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Side;

/**
 * A target being started: its nerve chosen from the catalog, its course traced, its first probe to
 * place. It joins the plan as a target once it has both (a plan's target needs a course and a
 * probe).
 */
public record PendingTarget(
    String nerve, Side side, List<Vector3> pathMm, List<PlannedProbe> probes) {

  public PendingTarget {
    pathMm = List.copyOf(pathMm);
    probes = List.copyOf(probes);
  }

  public boolean complete() {
    return pathMm.size() >= 2 && !probes.isEmpty();
  }

  public PendingTarget withPath(List<Vector3> newPath) {
    return new PendingTarget(nerve, side, newPath, probes);
  }

  public PendingTarget withProbe(PlannedProbe probe) {
    var more = new java.util.ArrayList<>(probes);
    more.add(probe);
    return new PendingTarget(nerve, side, pathMm, more);
  }

  /** What is still missing, for the window. */
  public String missing() {
    if (pathMm.size() < 2 && probes.isEmpty()) {
      return "trace the nerve (Nerve) and place a probe (Probe)";
    }
    if (pathMm.size() < 2) {
      return "trace the nerve (Nerve)";
    }
    return probes.isEmpty() ? "place a probe (Probe)" : "";
  }
}
