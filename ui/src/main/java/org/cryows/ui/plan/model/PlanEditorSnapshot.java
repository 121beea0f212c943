package org.cryows.ui.plan.model;

import java.util.List;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.Nerve;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanStructure;

/**
 * What the Plan workspace shows of the plan, at one moment.
 *
 * @param version grows with every change
 * @param planCase what the plan is made on: an ultrasound image with a calibrated region or a CT or
 *     MR series (null when neither is shown)
 * @param plan the plan drawn: the current revision, or its preview while a drag moves something
 *     (null before the first target is complete)
 * @param committed the current revision in the history (null before the first target)
 * @param pending the target being started (its nerve chosen, traced, its probe to place), or null
 * @param draftStructures marks made before the plan exists
 * @param gesture what is being drawn now (a trace, a vessel's circle, a line, a probe), or null
 * @param selectedTarget the target new probes and traces go to, -1 when none
 * @param nerves the catalog's nerves for the case's region (all when the region is not known)
 * @param banner "Signed plan changed: new unsigned revision N", or empty
 * @param status the latest outcome of a command (saved, signed, refused and why), or empty
 * @param busy a save, sign, hand-over or report under way
 * @param live the ice ball and checks
 * @param handedOver the protocol handed over to the Console, if any
 */
public record PlanEditorSnapshot(
    long version,
    PlanCase planCase,
    int frameNumber,
    Plan plan,
    Plan committed,
    PendingTarget pending,
    List<PlanStructure> draftStructures,
    PlanTool tool,
    Gesture gesture,
    int selectedTarget,
    String probeModel,
    List<Nerve> nerves,
    boolean canUndo,
    boolean canRedo,
    boolean dirty,
    String banner,
    String status,
    boolean busy,
    LivePredictionSnapshot live,
    Optional<HandedOverProtocol> handedOver) {

  public PlanEditorSnapshot {
    draftStructures = List.copyOf(draftStructures);
    nerves = List.copyOf(nerves);
  }

  /** The ultrasound image the plan is made on, or null (no case, or a series). */
  public CaseImage image() {
    return planCase instanceof CaseImage image ? image : null;
  }

  /** The CT or MR series the plan is made on, or null (no case, or an ultrasound image). */
  public CaseSeries series() {
    return planCase instanceof CaseSeries series ? series : null;
  }

  /** The structures drawn: the plan's, or those marked before it exists. */
  public List<PlanStructure> structures() {
    return plan != null ? plan.structures() : draftStructures;
  }

  /** What is being drawn now, in the plan's frame. */
  public sealed interface Gesture {
    /** A nerve traced point by point, the pointer's place last. */
    record Trace(List<Vector3> points) implements Gesture {
      public Trace {
        points = List.copyOf(points);
      }
    }

    record Circle(Vector3 centre, double radiusMm) implements Gesture {}

    record Line(String kind, Vector3 from, Vector3 to) implements Gesture {}

    record NewProbe(String model, Vector3 tip, Vector3 entry) implements Gesture {}

    /** A handle being dragged (the plan shown is the preview). */
    record Moving(PlanHandle handle, Vector3 start, Vector3 now) implements Gesture {}
  }
}
