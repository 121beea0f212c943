package org.cryows.ui.plan.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Target;
import org.cryows.ui.plan.model.IceDisplay;
import org.cryows.ui.plan.model.PlanEditorSnapshot;
import org.cryows.ui.plan.model.PlanEditorSnapshot.Gesture;
import org.cryows.ui.plan.model.PlanToViewport;
import org.cryows.ui.plan.model.ViewportPoint;

/**
 * The plan drawn through one view's {@link PlanToViewport}: the skin and bone lines where their
 * planes cut the view, vessels as red-brown outlines (a circle where one crosses the view), the
 * nerve (coloured by its coldest temperature once predicted, a ring and its name where it crosses
 * the view), probes to scale (shaft grey, active segment white), the isotherms given, and what is
 * being drawn. What lies within {@link #IN_PLANE_MM} of the view's plane is drawn in it; what lies
 * further is drawn where it projects, faded (a probe's shaft dashed and labelled "projected"), so a
 * plan made in one plane of a volume can be followed in the others. On an ultrasound image every
 * mark lies in its plane but the crossings.
 */
final class PlanDrawing {

  /** Within this distance of a view's plane a mark is drawn as lying in it, mm (a CT slice). */
  static final double IN_PLANE_MM = 1.0;

  /** How opaque what lies off the view's plane is drawn. */
  static final double OFF_PLANE_OPACITY = 0.45;

  private static final Font LABEL_FONT = Font.font("System", FontWeight.BOLD, 14);
  private static final Font SMALL_FONT = Font.font("System", FontWeight.BOLD, 11);

  private final GraphicsContext g;
  private final PlanToViewport t;
  private final Vector3 origin;
  private final Vector3 normal;
  private final double width;
  private final double height;

  /** Where marks lie on screen, so that names are written beside them, not over them. */
  private final List<Bounds> taken = new ArrayList<>();

  /** Probes drawn projected from off the view's plane, labelled once everything is drawn. */
  private final List<Labelled> projectedProbes = new ArrayList<>();

  private record Labelled(Bounds anchor, String text) {}

  PlanDrawing(GraphicsContext g, PlanToViewport t, double width, double height) {
    this.g = g;
    this.t = t;
    this.origin = t.inverse(new ViewportPoint(0, 0));
    this.normal = t.normal_Plan().normalized();
    this.width = width;
    this.height = height;
  }

  /** Signed distance from the view's plane, mm. */
  private double depth(Vector3 p) {
    return p.minus(origin).dot(normal);
  }

  private boolean inPlane(Vector3 p) {
    return Math.abs(depth(p)) <= IN_PLANE_MM;
  }

  /** Everything of the plan shown in {@code s}, with these isotherms. */
  void draw(PlanEditorSnapshot s, List<IceDisplay.ContourPiece> contours, boolean provisional) {
    g.setLineCap(StrokeLineCap.ROUND);
    for (PlanStructure structure : s.structures()) {
      drawStructure(structure);
    }
    drawContours(contours, provisional);
    Plan plan = s.plan();
    if (plan != null) {
      int number = 0;
      for (Target target : plan.targets()) {
        for (PlannedProbe probe : target.probes()) {
          drawProbe(probe, ++number);
        }
      }
      // The nerve over the probe: it is what the plan is for.
      drawNerves(s, plan);
    }
    // Last, where they cover nothing drawn: which probes are seen projected from off the plane.
    for (Labelled l : projectedProbes) {
      beside(l.anchor(), l.text(), PlanColours.PROBE_SHAFT, SMALL_FONT);
    }
    if (s.pending() != null) {
      int number = 0;
      for (PlannedProbe p : s.pending().probes()) {
        drawProbe(p, ++number);
      }
      if (s.pending().pathMm().size() >= 2) {
        drawCourse(s.pending().pathMm(), PlanColours.NERVE);
        nerveMark(s.pending().pathMm(), s.pending().nerve(), null, true);
      }
    }
    drawGesture(s.gesture());
  }

  // ------------------------------------------------------------------ structures

  private void drawStructure(PlanStructure structure) {
    switch (structure) {
      case PlanStructure.Skin skin ->
          drawPlaneLine(skin.pointMm(), skin.normal(), PlanColours.SKIN);
      case PlanStructure.Bone bone ->
          drawPlaneLine(bone.pointMm(), bone.normal(), PlanColours.BONE);
      case PlanStructure.Vessel vessel -> drawVessel(vessel);
      case PlanStructure.Landmark landmark -> drawCourse(landmark.pointsMm(), PlanColours.GESTURE);
    }
  }

  /**
   * A plane (the skin, a bone's surface) where it cuts the view: a dashed line across it; nothing
   * when the plane lies along the view.
   */
  private void drawPlaneLine(Vector3 point, Vector3 planeNormal, Color colour) {
    Vector3 n1 = planeNormal.normalized();
    Vector3 along = n1.cross(normal);
    double sin = along.length();
    if (sin < 1e-3) {
      return;
    }
    along = along.times(1 / sin);
    // The point of both planes nearest the view's origin.
    double h1 = n1.dot(point);
    double h2 = normal.dot(origin);
    double c = n1.dot(normal);
    Vector3 onBoth =
        n1.times((h1 - h2 * c) / (sin * sin)).plus(normal.times((h2 - h1 * c) / (sin * sin)));
    double reach = 2 * (width + height) / t.pixelsPerMm();
    Vector3 centre = t.inverse(new ViewportPoint(width / 2, height / 2));
    Vector3 middle = onBoth.plus(along.times(centre.minus(onBoth).dot(along)));
    ViewportPoint a = t.apply(middle.minus(along.times(reach)));
    ViewportPoint b = t.apply(middle.plus(along.times(reach)));
    g.setLineDashes(10, 6);
    stroke(colour, 2, a, b);
    g.setLineDashes();
  }

  private void drawVessel(PlanStructure.Vessel vessel) {
    double radiusPx = Math.max(2, vessel.diameterMm() / 2 * t.pixelsPerMm());
    List<Vector3> path = vessel.pathMm();
    if (crossesView(path)) {
      Vector3 at = crossing(path).orElse(path.getFirst());
      circle(t.apply(at), radiusPx, PlanColours.VESSEL, opacity(crossing(path).isPresent()));
      return;
    }
    for (int i = 1; i < path.size(); i++) {
      for (Vector3[] piece : split(path.get(i - 1), path.get(i))) {
        ViewportPoint a = t.apply(piece[0]);
        ViewportPoint b = t.apply(piece[1]);
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
          continue;
        }
        double nx = -dy / length * radiusPx;
        double ny = dx / length * radiusPx;
        Color colour = faded(PlanColours.VESSEL, inPlane(mid(piece)));
        stroke(
            colour,
            2.5,
            new ViewportPoint(a.x() + nx, a.y() + ny),
            new ViewportPoint(b.x() + nx, b.y() + ny));
        stroke(
            colour,
            2.5,
            new ViewportPoint(a.x() - nx, a.y() - ny),
            new ViewportPoint(b.x() - nx, b.y() - ny));
        take(a, b, radiusPx);
      }
    }
    // Where its centre line passes through the view: its cross-section.
    for (Vector3 p : crossings(path)) {
      circle(t.apply(p), radiusPx, PlanColours.VESSEL, 1);
    }
  }

  private void circle(ViewportPoint c, double r, Color colour, double opacity) {
    g.setGlobalAlpha(opacity);
    g.setStroke(PlanColours.HALO);
    g.setLineWidth(4);
    g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
    g.setStroke(colour);
    g.setLineWidth(2.5);
    g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
    g.setGlobalAlpha(1);
    taken.add(new BoundingBox(c.x() - r - 3, c.y() - r - 3, 2 * r + 6, 2 * r + 6));
  }

  // ------------------------------------------------------------------ isotherms

  private void drawContours(List<IceDisplay.ContourPiece> pieces, boolean provisional) {
    // A dark halo under every line first, so the colours read over bright speckle and bone.
    g.setStroke(PlanColours.HALO);
    g.setLineWidth(4.5);
    g.beginPath();
    for (IceDisplay.ContourPiece p : pieces) {
      ViewportPoint a = t.apply(p.from());
      ViewportPoint b = t.apply(p.to());
      g.moveTo(a.x(), a.y());
      g.lineTo(b.x(), b.y());
    }
    g.stroke();
    for (double isotherm : IceDisplay.ISOTHERMS_C) {
      g.setStroke(PlanColours.isotherm(isotherm));
      g.setLineWidth(2.5);
      if (provisional) {
        g.setLineDashes(8, 5);
      }
      g.beginPath();
      for (IceDisplay.ContourPiece p : pieces) {
        if (Math.abs(p.isothermC() - isotherm) > 1e-6) {
          continue;
        }
        ViewportPoint a = t.apply(p.from());
        ViewportPoint b = t.apply(p.to());
        g.moveTo(a.x(), a.y());
        g.lineTo(b.x(), b.y());
      }
      g.stroke();
      g.setLineDashes();
    }
  }

  // ------------------------------------------------------------------ probes

  /** A probe to scale: the shaft grey to the entry, the active segment white from the tip. */
  private void drawProbe(PlannedProbe probe, int number) {
    var model = probe.probe();
    double widthPx = Math.max(2, model.outerDiameterMm() * t.pixelsPerMm());
    Vector3 axis = probe.towardHandle();
    Vector3 activeStart = probe.tipMm().plus(axis.times(model.activeSegmentStartMm()));
    Vector3 activeEnd = probe.tipMm().plus(axis.times(model.activeSegmentEndMm()));
    ViewportPoint tip = t.apply(probe.tipMm());
    ViewportPoint entry = t.apply(probe.entryMm());
    if (inPlane(probe.tipMm()) && inPlane(probe.entryMm())) {
      g.setLineCap(StrokeLineCap.BUTT);
      stroke(PlanColours.HALO, widthPx + 3, tip, entry);
      stroke(PlanColours.PROBE_SHAFT, widthPx, t.apply(activeEnd), entry);
      stroke(PlanColours.PROBE_ACTIVE, widthPx, t.apply(activeStart), t.apply(activeEnd));
      g.setLineCap(StrokeLineCap.ROUND);
      take(tip, entry, widthPx / 2 + 2);
    } else {
      // Out of the view's plane: its projection, dashed and thin, and where it crosses the plane
      // its cross-section to scale.
      g.setLineDashes(6, 5);
      stroke(PlanColours.HALO, 4, tip, entry);
      stroke(PlanColours.PROBE_SHAFT, 2, t.apply(activeEnd), entry);
      stroke(PlanColours.PROBE_ACTIVE, 2.5, t.apply(activeStart), t.apply(activeEnd));
      g.setLineDashes();
      double dTip = depth(probe.tipMm());
      double dEntry = depth(probe.entryMm());
      if (Math.signum(dTip) != Math.signum(dEntry)) {
        double f = dTip / (dTip - dEntry);
        Vector3 through = probe.tipMm().plus(probe.entryMm().minus(probe.tipMm()).times(f));
        double along = through.minus(probe.tipMm()).length();
        boolean active =
            along >= model.activeSegmentStartMm() && along <= model.activeSegmentEndMm();
        ViewportPoint c = t.apply(through);
        double r = widthPx / 2;
        g.setFill(PlanColours.HALO);
        g.fillOval(c.x() - r - 2, c.y() - r - 2, 2 * r + 4, 2 * r + 4);
        g.setFill(active ? PlanColours.PROBE_ACTIVE : PlanColours.PROBE_SHAFT);
        g.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
      }
      if (number > 0) {
        projectedProbes.add(
            new Labelled(
                new BoundingBox(tip.x() - 6, tip.y() - 6, 12, 12),
                String.format(Locale.ROOT, "P%d projected", number)));
      }
    }
    // The handles a drag takes: the tip and the entry point.
    handle(tip, inPlane(probe.tipMm()));
    handle(entry, inPlane(probe.entryMm()));
  }

  private void handle(ViewportPoint p, boolean solid) {
    g.setFill(PlanColours.HALO);
    g.fillOval(p.x() - 5, p.y() - 5, 10, 10);
    g.setStroke(PlanColours.PROBE_ACTIVE);
    g.setLineWidth(2);
    if (!solid) {
      g.setLineDashes(2, 2);
    }
    g.strokeOval(p.x() - 4, p.y() - 4, 8, 8);
    g.setLineDashes();
    taken.add(new BoundingBox(p.x() - 6, p.y() - 6, 12, 12));
  }

  // ------------------------------------------------------------------ nerves

  private void drawNerves(PlanEditorSnapshot s, Plan plan) {
    var live = s.live();
    boolean predicted =
        live.answeredPlan() != null
            && live.answeredPlan().targets().size() == plan.targets().size();
    for (int i = 0; i < plan.targets().size(); i++) {
      Target target = plan.targets().get(i);
      boolean samePath =
          predicted && live.answeredPlan().targets().get(i).pathMm().equals(target.pathMm());
      int index = i;
      List<IceDisplay.NervePiece> pieces =
          samePath
              ? IceDisplay.nerve(live).stream().filter(p -> p.target() == index).toList()
              : List.of();
      boolean selected = i == s.selectedTarget();
      if (crossesView(target.pathMm())) {
        nerveMark(target.pathMm(), target.nerve(), coldestInPlane(pieces), selected);
        continue;
      }
      if (pieces.isEmpty()) {
        drawCourse(target.pathMm(), PlanColours.NERVE);
      } else {
        for (IceDisplay.NervePiece p : pieces) {
          stroke(PlanColours.HALO, 6, t.apply(p.from()), t.apply(p.to()), inPlane(p.from()));
        }
        for (IceDisplay.NervePiece p : pieces) {
          stroke(
              PlanColours.nerve(p.coldestC()),
              3.5,
              t.apply(p.from()),
              t.apply(p.to()),
              inPlane(p.from()));
        }
      }
      nerveMark(target.pathMm(), target.nerve(), null, selected);
    }
  }

  /** The colour of the nerve's coldest temperature where it crosses the view, or null. */
  private Color coldestInPlane(List<IceDisplay.NervePiece> pieces) {
    IceDisplay.NervePiece nearest = null;
    double best = Double.MAX_VALUE;
    for (IceDisplay.NervePiece p : pieces) {
      double d = Math.min(Math.abs(depth(p.from())), Math.abs(depth(p.to())));
      if (d < best) {
        best = d;
        nearest = p;
      }
    }
    return nearest == null || best > IN_PLANE_MM ? null : PlanColours.nerve(nearest.coldestC());
  }

  /**
   * A green ring where the nerve crosses the view (filled with the colour of its coldest
   * temperature there once predicted) and its name beside it, away from the other marks; faded
   * where the nerve does not reach the view's plane.
   */
  private void nerveMark(List<Vector3> path, String name, Color fill, boolean selected) {
    Optional<Vector3> through = crossing(path);
    ViewportPoint c = t.apply(through.orElse(path.getFirst()));
    double r = Math.max(7, 0.8 * t.pixelsPerMm());
    double opacity = opacity(through.isPresent());
    g.setGlobalAlpha(opacity);
    g.setStroke(PlanColours.HALO);
    g.setLineWidth(6);
    g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
    if (fill != null) {
      g.setFill(fill.deriveColor(0, 1, 1, 0.55));
      g.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
    }
    g.setStroke(PlanColours.NERVE);
    g.setLineWidth(selected ? 3.5 : 2.5);
    g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
    g.setGlobalAlpha(1);
    Bounds ring = new BoundingBox(c.x() - r - 3, c.y() - r - 3, 2 * r + 6, 2 * r + 6);
    g.setGlobalAlpha(opacity);
    beside(ring, name, PlanColours.NERVE, LABEL_FONT);
    g.setGlobalAlpha(1);
    taken.add(ring);
  }

  /** A nerve's course: in the view's plane solid, off it faded. */
  private void drawCourse(List<Vector3> path, Color colour) {
    for (int halo = 1; halo >= 0; halo--) {
      for (int i = 1; i < path.size(); i++) {
        for (Vector3[] piece : split(path.get(i - 1), path.get(i))) {
          ViewportPoint a = t.apply(piece[0]);
          ViewportPoint b = t.apply(piece[1]);
          boolean in = inPlane(mid(piece));
          if (halo == 1) {
            stroke(PlanColours.HALO, 6, a, b, in);
          } else {
            stroke(colour, 3.5, a, b, in);
            take(a, b, 3);
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------ gestures

  private void drawGesture(Gesture gesture) {
    switch (gesture) {
      case null -> {}
      case Gesture.Trace trace -> {
        drawCourse(trace.points(), PlanColours.GESTURE);
        trace.points().forEach(p -> handle(t.apply(p), true));
      }
      case Gesture.Circle c -> {
        ViewportPoint centre = t.apply(c.centre());
        double r = c.radiusMm() * t.pixelsPerMm();
        g.setStroke(PlanColours.GESTURE);
        g.setLineWidth(2);
        g.strokeOval(centre.x() - r, centre.y() - r, 2 * r, 2 * r);
        label(
            centre,
            String.format(Locale.ROOT, "%.1f mm", 2 * c.radiusMm()),
            PlanColours.GESTURE,
            LABEL_FONT);
      }
      case Gesture.Line l -> {
        stroke(PlanColours.GESTURE, 2.5, t.apply(l.from()), t.apply(l.to()));
        label(t.apply(l.to()), l.kind(), PlanColours.GESTURE, LABEL_FONT);
      }
      case Gesture.NewProbe p -> {
        if (p.entry().minus(p.tip()).length() > 0) {
          drawProbe(new PlannedProbe(p.model(), p.tip(), p.entry()), 0);
        }
      }
      case Gesture.Moving m -> {}
    }
  }

  // ------------------------------------------------------------------ the legend

  /**
   * The isotherms' and the nerve's colours, from the bottom left corner; only the isotherms when
   * {@code compact} (a small plane view: the panel keys the nerve's colours).
   */
  void legend(double left, double bottom, boolean provisional, boolean compact) {
    String[] all = {
      "0 C", "-20 C", "-40 C", "nerve > 0 C", "nerve 0 to -20 C", "nerve <= -20 C (dose)"
    };
    Color[] colours = {
      PlanColours.ISOTHERM_0,
      PlanColours.ISOTHERM_20,
      PlanColours.ISOTHERM_40,
      PlanColours.NERVE,
      PlanColours.NERVE_FROZEN,
      PlanColours.NERVE_DOSE
    };
    int rows = compact ? 3 : all.length;
    Font font = Font.font("System", FontWeight.NORMAL, compact ? 11 : 13);
    double rowPx = compact ? 14 : 18;
    double line = compact ? 14 : 26;
    String note = "dashed: provisional";
    double legendWidth = 0;
    for (int i = 0; i < rows; i++) {
      legendWidth = Math.max(legendWidth, textWidth(all[i], font) + line + 20);
    }
    if (provisional) {
      legendWidth = Math.max(legendWidth, textWidth(note, font) + 12);
    }
    double legendHeight = rowPx * rows + (provisional ? rowPx : 0) + 6;
    double top = bottom - legendHeight;
    g.setFill(Color.rgb(0, 0, 0, 0.65));
    g.fillRect(left, top, legendWidth, legendHeight);
    g.setFont(font);
    for (int i = 0; i < rows; i++) {
      double y = top + 3 + rowPx * (i + 0.5);
      g.setStroke(colours[i]);
      g.setLineWidth(i < 3 ? 2.5 : 4);
      g.strokeLine(left + 6, y, left + 6 + line, y);
      g.setFill(Color.web("#E8EEF5"));
      g.fillText(all[i], left + 13 + line, y + 4.5);
    }
    if (provisional) {
      g.setFill(Color.web("#FFD58A"));
      g.fillText(note, left + 6, top + 3 + rowPx * (rows + 0.5) + 4);
    }
  }

  private static double textWidth(String text, Font font) {
    Text measure = new Text(text);
    measure.setFont(font);
    return measure.getLayoutBounds().getWidth();
  }

  // ------------------------------------------------------------------ geometry

  /** Whether the whole course projects to one point of the view: it crosses it at right angles. */
  private boolean crossesView(List<Vector3> path) {
    ViewportPoint first = t.apply(path.getFirst());
    return path.stream().allMatch(p -> t.apply(p).distanceTo(first) < 1.5);
  }

  /** Where the course first passes through the view's plane, if it does. */
  private Optional<Vector3> crossing(List<Vector3> path) {
    List<Vector3> all = crossings(path);
    if (!all.isEmpty()) {
      return Optional.of(all.getFirst());
    }
    return path.stream().filter(this::inPlane).findFirst();
  }

  /** Every point where the course passes from one side of the view's plane to the other. */
  private List<Vector3> crossings(List<Vector3> path) {
    List<Vector3> points = new ArrayList<>();
    for (int i = 1; i < path.size(); i++) {
      Vector3 a = path.get(i - 1);
      Vector3 b = path.get(i);
      double da = depth(a);
      double db = depth(b);
      if ((da <= 0 && db >= 0) || (da >= 0 && db <= 0)) {
        double f = da == db ? 0 : da / (da - db);
        points.add(a.plus(b.minus(a).times(f)));
      }
    }
    return points;
  }

  /** The segment cut where it enters and leaves the slab around the view's plane. */
  private List<Vector3[]> split(Vector3 a, Vector3 b) {
    double da = depth(a);
    double db = depth(b);
    List<Double> cuts = new ArrayList<>(List.of(0.0));
    for (double level : new double[] {-IN_PLANE_MM, IN_PLANE_MM}) {
      if ((da - level) * (db - level) < 0) {
        cuts.add((level - da) / (db - da));
      }
    }
    cuts.add(1.0);
    cuts.sort(Double::compare);
    List<Vector3[]> pieces = new ArrayList<>();
    Vector3 ab = b.minus(a);
    for (int i = 1; i < cuts.size(); i++) {
      pieces.add(new Vector3[] {a.plus(ab.times(cuts.get(i - 1))), a.plus(ab.times(cuts.get(i)))});
    }
    return pieces;
  }

  private static Vector3 mid(Vector3[] piece) {
    return piece[0].plus(piece[1]).times(0.5);
  }

  private static double opacity(boolean inPlane) {
    return inPlane ? 1 : OFF_PLANE_OPACITY;
  }

  private static Color faded(Color c, boolean inPlane) {
    return inPlane ? c : c.deriveColor(0, 1, 1, OFF_PLANE_OPACITY);
  }

  // ------------------------------------------------------------------ text and strokes

  /**
   * A text beside a mark, at the first of eight places around it (below left first) that covers no
   * mark or text drawn so far and stays inside the view.
   */
  private void beside(Bounds ring, String text, Color colour, Font font) {
    Text measure = new Text(text);
    measure.setFont(font);
    double w = measure.getLayoutBounds().getWidth();
    double h = measure.getLayoutBounds().getHeight();
    double[] chosen = null;
    // Eight places around the mark, then the same further out, where marks crowd it.
    for (double gap = 3; gap <= 48 && chosen == null; gap += 15) {
      double[][] places = {
        {ring.getMinX() - w - gap, ring.getMaxY() + gap},
        {ring.getMaxX() + gap, ring.getMaxY() + gap},
        {ring.getMinX() - w - gap, ring.getMinY() - h - gap},
        {ring.getMaxX() + gap, ring.getMinY() - h - gap},
        {ring.getMinX() - w - gap, ring.getCenterY() - h / 2},
        {ring.getMaxX() + gap, ring.getCenterY() - h / 2},
        {ring.getCenterX() - w / 2, ring.getMaxY() + gap},
        {ring.getCenterX() - w / 2, ring.getMinY() - h - gap},
      };
      for (double[] place : places) {
        Bounds box = new BoundingBox(place[0], place[1], w, h);
        boolean inside =
            box.getMinX() >= 0
                && box.getMinY() >= 0
                && box.getMaxX() <= width
                && box.getMaxY() <= height;
        if (inside && taken.stream().noneMatch(box::intersects)) {
          chosen = place;
          break;
        }
      }
    }
    if (chosen == null) {
      chosen = new double[] {ring.getMinX() - w - 3, ring.getMaxY() + 3};
    }
    taken.add(new BoundingBox(chosen[0], chosen[1], w, h));
    outlined(text, chosen[0], chosen[1] + h * 0.78, colour, font);
  }

  /** A text with a dark outline, readable over bright bone and dark fat alike. */
  private void outlined(String text, double x, double baseline, Color colour, Font font) {
    g.setFont(font);
    g.setStroke(PlanColours.HALO);
    g.setLineWidth(3);
    g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
    g.strokeText(text, x, baseline);
    g.setFill(colour);
    g.fillText(text, x, baseline);
  }

  private void label(ViewportPoint at, String text, Color colour, Font font) {
    outlined(text, at.x() + 8, at.y() - 8, colour, font);
  }

  /** Marks the screen around a drawn segment as taken (sampled every 8 px). */
  private void take(ViewportPoint a, ViewportPoint b, double halfWidth) {
    double length = a.distanceTo(b);
    int steps = Math.max(1, (int) Math.ceil(length / 8));
    for (int i = 0; i <= steps; i++) {
      double x = a.x() + (b.x() - a.x()) * i / steps;
      double y = a.y() + (b.y() - a.y()) * i / steps;
      taken.add(new BoundingBox(x - halfWidth, y - halfWidth, 2 * halfWidth, 2 * halfWidth));
    }
  }

  private void stroke(Color colour, double lineWidth, ViewportPoint a, ViewportPoint b) {
    g.setStroke(colour);
    g.setLineWidth(lineWidth);
    g.strokeLine(a.x(), a.y(), b.x(), b.y());
  }

  private void stroke(
      Color colour, double lineWidth, ViewportPoint a, ViewportPoint b, boolean inPlane) {
    stroke(faded(colour, inPlane), inPlane ? lineWidth : lineWidth * 0.7, a, b);
  }
}
