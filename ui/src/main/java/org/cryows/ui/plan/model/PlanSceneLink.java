package org.cryows.ui.plan.model;

import java.util.Objects;
import org.cryows.planner.plan.Plan;
import org.cryows.ui.scene.model.SceneContent;
import org.cryows.ui.scene.model.SceneLayer;
import org.cryows.ui.scene.model.SceneModel;

/**
 * Keeps the 3-D view's plan layer on the plan of a CT or MR series ({@link PlanScene}): rebuilt
 * when the committed plan, its answer or the time shown change, not while a drag moves a probe (the
 * layer follows the committed plan); empty for an ultrasound plan, whose image has no place in the
 * patient.
 */
public final class PlanSceneLink {
  private final PlanEditor editor;
  private final IceTime time;
  private final SceneModel scene;
  private Key shown;

  private record Key(
      PlanCase planCase,
      Plan committed,
      PendingTarget pending,
      Object drafts,
      long answeredAsk,
      PredictionStage stage,
      boolean running,
      double timeSec) {}

  public PlanSceneLink(PlanEditor editor, IceTime time, SceneModel scene) {
    this.editor = editor;
    this.time = time;
    this.scene = scene;
    editor.addListener(this::update);
    time.addListener(this::update);
  }

  private void update() {
    PlanEditorSnapshot s = editor.snapshot();
    double sec = time.orDefault(s.live());
    Key key =
        new Key(
            s.planCase(),
            s.committed(),
            s.pending(),
            s.draftStructures(),
            s.live().answeredAsk(),
            s.live().stage(),
            s.live().running(),
            sec);
    synchronized (this) {
      // Under the lock: two threads' updates reach the scene in the order they were seen.
      if (Objects.equals(key, shown)) {
        return;
      }
      shown = key;
      scene.setLayer(
          SceneLayer.PLAN, s.series() == null ? SceneContent.EMPTY : PlanScene.of(s, sec));
    }
  }
}
