package org.cryows.planner.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Target;

/**
 * {@code path}: whether a probe's shaft, from its entry point to its tip, runs through bone or a
 * vessel. The figure is the smallest clearance between a shaft's surface and a marked vessel's wall
 * or bone's surface, mm (0 for a probe resting on the bone, its axis outside it). Fail when a shaft
 * crosses a vessel (clearance below 0) or its axis enters bone (the depth, negative).
 */
final class PathCheck {

  static final String NAME = "path";

  private PathCheck() {}

  static CheckResult evaluate(Plan plan, Target target) {
    Optional<String> nerve = Optional.of(target.nerve());
    double smallest = Double.POSITIVE_INFINITY;
    List<String> problems = new ArrayList<>();
    String nearestWhat = "";
    for (int p = 0; p < target.probes().size(); p++) {
      PlannedProbe probe = target.probes().get(p);
      double radius = probe.probe().radiusMm();
      for (int s = 0; s < plan.structures().size(); s++) {
        PlanStructure structure = plan.structures().get(s);
        double clearance;
        String what;
        switch (structure) {
          case PlanStructure.Bone bone -> {
            double axisHeight =
                Math.min(bone.heightAboveMm(probe.tipMm()), bone.heightAboveMm(probe.entryMm()));
            // Resting on the bone (axis outside it) counts as 0; an axis inside it goes negative.
            clearance = axisHeight >= 0 ? Math.max(0, axisHeight - radius) : axisHeight;
            what = "bone (structures[" + s + "])";
            if (axisHeight < 0) {
              problems.add(
                  "probe "
                      + p
                      + " enters "
                      + what
                      + " by "
                      + CheckResult.text(-axisHeight)
                      + " mm");
            }
          }
          case PlanStructure.Vessel vessel -> {
            double centre = Double.POSITIVE_INFINITY;
            for (int i = 1; i < vessel.pathMm().size(); i++) {
              centre =
                  Math.min(
                      centre,
                      PlanGeometry.segmentDistanceMm(
                          probe.tipMm(),
                          probe.entryMm(),
                          vessel.pathMm().get(i - 1),
                          vessel.pathMm().get(i)));
            }
            clearance = centre - radius - vessel.diameterMm() / 2;
            what = "the " + vessel.vesselName();
            if (clearance < 0) {
              problems.add("probe " + p + " passes through " + what);
            }
          }
          default -> {
            continue;
          }
        }
        if (clearance < smallest) {
          smallest = clearance;
          nearestWhat = what;
        }
      }
    }
    if (smallest == Double.POSITIVE_INFINITY) {
      return new CheckResult(
          NAME,
          nerve,
          CheckStatus.PASS,
          OptionalDouble.empty(),
          "mm",
          OptionalDouble.of(0),
          "no bone or vessel marked: nothing for the probe path to cross",
          Map.of());
    }
    CheckStatus status = problems.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL;
    String message =
        problems.isEmpty()
            ? "no probe crosses bone or a vessel; nearest: "
                + nearestWhat
                + " at "
                + CheckResult.text(smallest)
                + " mm"
                + (smallest == 0 ? " (the probe rests on it)" : "")
            : String.join("; ", problems);
    return new CheckResult(
        NAME,
        nerve,
        status,
        OptionalDouble.of(smallest),
        "mm",
        OptionalDouble.of(0),
        message,
        Map.of());
  }
}
