package org.cryows.ui.plan.view;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.check.TargetPrediction;
import org.cryows.ui.fx.FxRefresh;
import org.cryows.ui.plan.model.IceDisplay;
import org.cryows.ui.plan.model.IceTime;
import org.cryows.ui.plan.model.LivePredictionSnapshot;
import org.cryows.ui.plan.model.PatientPlaneToViewport;
import org.cryows.ui.plan.model.PlanEditor;
import org.cryows.ui.plan.model.PlanEditorSnapshot;
import org.cryows.ui.planes.model.PlaneKind;
import org.cryows.ui.planes.model.PlaneViewport;
import org.cryows.ui.planes.view.PlaneOverlay;
import org.cryows.ui.planes.view.PlanesView;

/**
 * A plan in the patient frame over each plane view of its volume ({@link PlanDrawing} through the
 * view's own {@link PatientPlaneToViewport}), with the isotherms where the view's plane cuts the
 * answer's isotherm surfaces at the time chosen, and a compact legend in the axial view. The cut is
 * kept per view while its plane, the answer and the time stay the same (a drag's redraws and a pan
 * reuse it).
 */
final class PlanPlanesOverlay implements PlaneOverlay {

  private final PlanEditor editor;
  private final IceTime time;
  private final PlanesView planes;
  private final Map<PlaneKind, Cut> cuts = new EnumMap<>(PlaneKind.class);
  private long drawnVersion = -1;
  private double drawnTime = Double.NaN;

  /** The isotherms of one view's plane, for one answer at one time. */
  private record Cut(
      List<TargetPrediction> answer,
      Vector3 normal,
      double offsetMm,
      double timeSec,
      List<IceDisplay.ContourPiece> pieces) {

    boolean same(List<TargetPrediction> a, Vector3 n, double offset, double sec) {
      return answer == a && normal.equals(n) && offsetMm == offset && timeSec == sec;
    }
  }

  PlanPlanesOverlay(PlanEditor editor, IceTime time, PlanesView planes) {
    this.editor = editor;
    this.time = time;
    this.planes = planes;
    planes.addOverlay(this);
    FxRefresh refresh = new FxRefresh(this::changed);
    editor.addListener(refresh);
    time.addListener(refresh);
    changed();
  }

  private void changed() {
    long version = editor.snapshot().version();
    double sec = time.sec();
    if (version == drawnVersion && Double.compare(sec, drawnTime) == 0) {
      return;
    }
    drawnVersion = version;
    drawnTime = sec;
    planes.overlaysChanged();
  }

  /** Whether the latest plan is drawn over the planes. */
  boolean upToDate() {
    return drawnVersion == editor.snapshot().version();
  }

  @Override
  public void draw(GraphicsContext g, PlaneKind view, PlaneViewport viewport) {
    PlanEditorSnapshot s = editor.snapshot();
    if (s.series() == null) {
      return;
    }
    var t = new PatientPlaneToViewport(viewport);
    LivePredictionSnapshot live = s.live();
    List<IceDisplay.ContourPiece> contours =
        live.answeredPlan() == null ? List.of() : cut(view, viewport, live);
    PlanDrawing drawing = new PlanDrawing(g, t, viewport.width(), viewport.height());
    drawing.draw(s, contours, live.provisional());
    if (view == PlaneKind.AXIAL && live.answeredPlan() != null) {
      // Above the row of the bottom orientation letter.
      drawing.legend(4, viewport.height() - 24, live.provisional(), true);
    }
  }

  private List<IceDisplay.ContourPiece> cut(
      PlaneKind view, PlaneViewport viewport, LivePredictionSnapshot live) {
    Vector3 normal = viewport.frame().normal();
    double offset = viewport.centre_Patient().dot(normal);
    double sec = time.orDefault(live);
    Cut cut = cuts.get(view);
    if (cut == null || !cut.same(live.predictions(), normal, offset, sec)) {
      cut =
          new Cut(
              live.predictions(),
              normal,
              offset,
              sec,
              IceDisplay.sections(
                  live,
                  sec,
                  viewport.centre_Patient(),
                  viewport.frame().right(),
                  viewport.frame().down()));
      cuts.put(view, cut);
    }
    return cut.pieces();
  }
}
