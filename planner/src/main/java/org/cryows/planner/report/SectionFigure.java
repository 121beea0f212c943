package org.cryows.planner.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Target;
import org.cryows.planner.thermal.cartesian.IsothermContour;
import org.cryows.planner.thermal.cartesian.SectionPlane;

/**
 * Draws one target's section to scale: the ultrasound image or a dark schematic field with a 5 mm
 * grid, the isotherms at the moment of the widest ice, the probes (active segment white, shaft
 * grey, a probe off the section dashed), the nerve (green; dashed where it lies more than 1 mm off
 * the section, a dot where it crosses it), the vessels (red-brown), the skin and bone lines, a 10
 * mm scale bar, and a legend below.
 */
final class SectionFigure {

  /** A nerve or vessel further than this from the section is drawn dashed. */
  static final double OFF_SECTION_MM = 1;

  private final PdfLayout layout;
  private final SectionPlane plane;
  private final Vector3 normal;
  private final float left;
  private final float top;
  private final float scale;
  private final float boxWidth;
  private final float boxHeight;
  private boolean hasImage;

  private SectionFigure(PdfLayout layout, SectionPlane plane, float left, float top, float width) {
    this.layout = layout;
    this.plane = plane;
    this.normal = plane.uAxis().cross(plane.vAxis()).normalized();
    this.left = left;
    this.top = top;
    this.scale = (float) (width / plane.widthMm());
    this.boxWidth = width;
    this.boxHeight = (float) (plane.heightMm() * scale);
  }

  /**
   * Draws the figure at the cursor and moves below it.
   *
   * @param contours the isotherms on the section at the chosen time
   */
  static void draw(
      PdfLayout layout,
      ReportSections.Section section,
      Plan plan,
      Target target,
      List<IsothermContour> contours,
      String when,
      float width) {
    float height = (float) (section.plane().heightMm() * width / section.plane().widthMm());
    layout.ensureRoom(height + 60);
    float left = PdfLayout.MARGIN + (PdfLayout.WIDTH - width) / 2;
    var figure = new SectionFigure(layout, section.plane(), left, layout.y(), width);
    figure.background(section);
    figure.clipped(
        () -> {
          figure.tints(plan);
          for (PlanStructure structure : plan.structures()) {
            figure.structure(structure);
          }
          for (IsothermContour contour : contours) {
            figure.contour(contour);
          }
          for (PlannedProbe probe : target.probes()) {
            figure.probe(probe);
          }
          figure.nerve(target.pathMm());
        });
    figure.scaleBar();
    layout.moveDown(figure.boxHeight + 6);
    figure.legend(plan, when);
    layout.paragraph(
        section.description(), layout.regular(), 7.5f, 0, PdfLayout.WIDTH, PdfLayout.MUTED);
  }

  private PDPageContentStream cs() {
    return layout.stream();
  }

  private float x(double u) {
    return (float) (left + u * scale);
  }

  private float pdfY(double v) {
    return PdfLayout.pdfY((float) (top + v * scale));
  }

  private double u(Vector3 p) {
    return p.minus(plane.originMm()).dot(plane.uAxis());
  }

  private double v(Vector3 p) {
    return p.minus(plane.originMm()).dot(plane.vAxis());
  }

  private double off(Vector3 p) {
    return p.minus(plane.originMm()).dot(normal);
  }

  private void background(ReportSections.Section section) {
    hasImage = section.background().isPresent();
    try {
      if (section.background().isPresent()) {
        PDImageXObject image =
            LosslessFactory.createFromImage(layout.document(), section.background().get());
        cs().drawImage(image, left, PdfLayout.pdfY(top + boxHeight), boxWidth, boxHeight);
        return;
      }
      layout.fillRect(left, top, boxWidth, boxHeight, ReportColors.SECTION_BACKGROUND);
      for (double g = 0; g <= plane.widthMm() + 1e-9; g += 5) {
        layout.strokeLine(x(g), top, x(g), top + boxHeight, ReportColors.SECTION_GRID, 0.4f);
      }
      for (double g = 0; g <= plane.heightMm() + 1e-9; g += 5) {
        float at = top + (float) (g * scale);
        layout.strokeLine(left, at, left + boxWidth, at, ReportColors.SECTION_GRID, 0.4f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void clipped(Runnable drawing) {
    try {
      cs().saveGraphicsState();
      cs().addRect(left, PdfLayout.pdfY(top + boxHeight), boxWidth, boxHeight);
      cs().clip();
      drawing.run();
      cs().restoreGraphicsState();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void segment(
      double u0, double v0, double u1, double v1, Color color, float width, boolean dashed) {
    try {
      cs().setStrokingColor(color);
      cs().setLineWidth(width);
      cs().setLineCapStyle(1);
      if (dashed) {
        cs().setLineDashPattern(new float[] {3, 2}, 0);
      }
      cs().moveTo(x(u0), pdfY(v0));
      cs().lineTo(x(u1), pdfY(v1));
      cs().stroke();
      if (dashed) {
        cs().setLineDashPattern(new float[] {}, 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void disc(double u, double v, float radius, Color color, boolean filled) {
    try {
      float cx = x(u);
      float cy = pdfY(v);
      float k = 0.5523f * radius;
      cs().moveTo(cx + radius, cy);
      cs().curveTo(cx + radius, cy + k, cx + k, cy + radius, cx, cy + radius);
      cs().curveTo(cx - k, cy + radius, cx - radius, cy + k, cx - radius, cy);
      cs().curveTo(cx - radius, cy - k, cx - k, cy - radius, cx, cy - radius);
      cs().curveTo(cx + k, cy - radius, cx + radius, cy - k, cx + radius, cy);
      if (filled) {
        cs().setNonStrokingColor(color);
        cs().fill();
      } else {
        cs().setStrokingColor(color);
        cs().setLineWidth(1.2f);
        cs().stroke();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void contour(IsothermContour contour) {
    Color color = ReportColors.isotherm(contour.isothermC());
    for (IsothermContour.Segment s : contour.segments()) {
      segment(s.u0Mm(), s.v0Mm(), s.u1Mm(), s.v1Mm(), color, 2f, false);
    }
  }

  /** A polyline projected on the section, dashed where it lies off it, dots where it crosses. */
  private void polyline(List<Vector3> points, Color color, float width, float crossingRadius) {
    for (int i = 1; i < points.size(); i++) {
      Vector3 a = points.get(i - 1);
      Vector3 b = points.get(i);
      int pieces = Math.max(1, (int) Math.ceil(b.minus(a).length() / 0.5));
      for (int k = 0; k < pieces; k++) {
        Vector3 p = a.plus(b.minus(a).times((double) k / pieces));
        Vector3 q = a.plus(b.minus(a).times((double) (k + 1) / pieces));
        boolean off = Math.abs(off(p.plus(q).times(0.5))) > OFF_SECTION_MM;
        segment(u(p), v(p), u(q), v(q), color, width, off);
      }
      double offA = off(a);
      double offB = off(b);
      if (offA == 0 || offA * offB < 0) {
        Vector3 crossing = a.plus(b.minus(a).times(offA / (offA - offB)));
        disc(u(crossing), v(crossing), crossingRadius, color, true);
      }
    }
  }

  private void nerve(List<Vector3> path) {
    polyline(path, ReportColors.NERVE, 1.8f, Math.max(2.5f, 0.6f * scale));
  }

  private void probe(PlannedProbe probe) {
    Vector3 tip = probe.tipMm();
    Vector3 activeEnd = tip.plus(probe.towardHandle().times(probe.probe().activeLengthMm()));
    boolean offSection = Math.abs(off(tip.plus(activeEnd).times(0.5))) > probe.probe().radiusMm();
    float diameter = Math.max(1.5f, (float) (probe.probe().outerDiameterMm() * scale));
    segment(
        u(activeEnd),
        v(activeEnd),
        u(probe.entryMm()),
        v(probe.entryMm()),
        ReportColors.PROBE_SHAFT,
        diameter,
        offSection);
    segment(
        u(tip),
        v(tip),
        u(activeEnd),
        v(activeEnd),
        ReportColors.PROBE_ACTIVE,
        diameter,
        offSection);
  }

  /** The side of a plane its normal points to, tinted: outside the skin, inside the bone. */
  private void tint(Vector3 point, Vector3 normalOfPlane, boolean outward, Color color) {
    Vector3 n = normalOfPlane.normalized();
    double[][] corners = {
      {0, 0}, {plane.widthMm(), 0}, {plane.widthMm(), plane.heightMm()}, {0, plane.heightMm()}
    };
    java.util.List<double[]> kept = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      double[] a = corners[i];
      double[] b = corners[(i + 1) % 4];
      double ha = side(point, n, a, outward);
      double hb = side(point, n, b, outward);
      if (ha >= 0) {
        kept.add(a);
      }
      if ((ha >= 0) != (hb >= 0)) {
        double t = ha / (ha - hb);
        kept.add(new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
      }
    }
    if (kept.size() < 3) {
      return;
    }
    try {
      cs().setNonStrokingColor(color);
      cs().moveTo(x(kept.getFirst()[0]), pdfY(kept.getFirst()[1]));
      for (double[] corner : kept.subList(1, kept.size())) {
        cs().lineTo(x(corner[0]), pdfY(corner[1]));
      }
      cs().closePath();
      cs().fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Height of a section point (u, v) on the chosen side of a plane. */
  private double side(Vector3 point, Vector3 n, double[] uv, boolean outward) {
    Vector3 p = plane.pointMm(uv[0], uv[1]);
    double height = p.minus(point).dot(n);
    return outward ? height : -height;
  }

  /** Tints the body's outside beyond the skin and the bone's inside, on a schematic. */
  private void tints(Plan plan) {
    if (hasImage) {
      return;
    }
    for (PlanStructure structure : plan.structures()) {
      switch (structure) {
        case PlanStructure.Skin skin ->
            tint(skin.pointMm(), skin.normal(), true, ReportColors.OUTSIDE);
        case PlanStructure.Bone bone ->
            tint(bone.pointMm(), bone.normal(), false, ReportColors.BONE_TINT);
        default -> {}
      }
    }
  }

  private void structure(PlanStructure structure) {
    switch (structure) {
      case PlanStructure.Skin skin ->
          planeLine(skin.pointMm(), skin.normal(), ReportColors.SKIN, "skin");
      case PlanStructure.Bone bone ->
          planeLine(bone.pointMm(), bone.normal(), ReportColors.BONE, "bone");
      case PlanStructure.Vessel vessel ->
          polyline(
              vessel.pathMm(),
              ReportColors.VESSEL,
              1.2f,
              Math.max(2f, (float) (vessel.diameterMm() / 2 * scale)));
      case PlanStructure.Landmark landmark ->
          polyline(landmark.pointsMm(), ReportColors.SKIN, 1f, 2f);
    }
  }

  /** Where a plane (a point and a normal) cuts the section, with its name where it enters. */
  private void planeLine(Vector3 point, Vector3 normalOfPlane, Color color, String name) {
    Vector3 n = normalOfPlane.normalized();
    double a = plane.uAxis().dot(n);
    double b = plane.vAxis().dot(n);
    double c = point.minus(plane.originMm()).dot(n);
    double length = Math.hypot(a, b);
    if (length < 1e-9) {
      return; // the plane is parallel to the section
    }
    // The line a u + b v = c: a point on it and its direction, clipped to the box.
    double pu = a * c / (length * length);
    double pv = b * c / (length * length);
    double du = -b / length;
    double dv = a / length;
    double[] range = {-1e9, 1e9};
    if (!clip(pu, du, plane.widthMm(), range) || !clip(pv, dv, plane.heightMm(), range)) {
      return;
    }
    double u0 = pu + range[0] * du;
    double v0 = pv + range[0] * dv;
    segment(u0, v0, pu + range[1] * du, pv + range[1] * dv, color, 1.6f, false);
    // The name near the entry, on the side the normal points to (outside the body or the bone).
    double side = 2.5;
    double labelU = u0 + 2 * du + (a / length) * side;
    double labelV = v0 + 2 * dv + (b / length) * side;
    labelU = Math.clamp(labelU, 0.5, plane.widthMm() - 6);
    labelV = Math.clamp(labelV, 2.5, plane.heightMm() - 1);
    layout.text(name, layout.regular(), 7, x(labelU), top + (float) (labelV * scale), color);
  }

  /** Narrows [t0, t1] to where p + t d lies in [0, size]; false when nowhere. */
  private static boolean clip(double p, double d, double size, double[] range) {
    if (Math.abs(d) < 1e-12) {
      return p >= 0 && p <= size;
    }
    double t0 = (0 - p) / d;
    double t1 = (size - p) / d;
    range[0] = Math.max(range[0], Math.min(t0, t1));
    range[1] = Math.min(range[1], Math.max(t0, t1));
    return range[0] <= range[1];
  }

  private void scaleBar() {
    float barLeft = left + 8;
    float barTop = top + boxHeight - 10;
    float length = 10 * scale;
    Color color = Color.WHITE;
    layout.strokeLine(barLeft, barTop, barLeft + length, barTop, color, 1.5f);
    layout.strokeLine(barLeft, barTop - 3, barLeft, barTop + 3, color, 1f);
    layout.strokeLine(barLeft + length, barTop - 3, barLeft + length, barTop + 3, color, 1f);
    layout.text("10 mm", layout.regular(), 7, barLeft + length + 4, barTop + 2.5f, color);
  }

  private void legend(Plan plan, String when) {
    layout.ensureRoom(12);
    float at = layout.y() + 7;
    float x = PdfLayout.MARGIN;
    java.util.List<Object[]> items = new java.util.ArrayList<>();
    items.add(new Object[] {"0 C", ReportColors.ISOTHERM_0});
    items.add(new Object[] {"-20 C", ReportColors.ISOTHERM_20});
    items.add(new Object[] {"-40 C", ReportColors.ISOTHERM_40});
    items.add(new Object[] {"nerve", ReportColors.NERVE});
    items.add(new Object[] {"probe: active segment white, shaft grey", ReportColors.PROBE_SHAFT});
    for (PlanStructure structure : plan.structures()) {
      Object[] item =
          switch (structure) {
            case PlanStructure.Vessel _ -> new Object[] {"vessel", ReportColors.VESSEL};
            case PlanStructure.Skin _ -> new Object[] {"skin", ReportColors.SKIN};
            case PlanStructure.Bone _ -> new Object[] {"bone", ReportColors.BONE};
            case PlanStructure.Landmark _ -> new Object[] {"landmark", ReportColors.SKIN};
          };
      if (items.stream().noneMatch(existing -> existing[0].equals(item[0]))) {
        items.add(item);
      }
    }
    for (Object[] item : items) {
      Color color = (Color) item[1];
      layout.fillRect(x, at - 5, 12, 4, color);
      layout.text((String) item[0], layout.regular(), 7.5f, x + 15, at, PdfLayout.TEXT);
      x += 15 + PdfLayout.width((String) item[0], layout.regular(), 7.5f) + 10;
    }
    layout.moveDown(12);
    layout.paragraph(
        String.format(
            Locale.ROOT,
            "Isotherms %s. Dashed: more than %.0f mm off the section; a dot: where the nerve or a"
                + " vessel crosses it.",
            when,
            OFF_SECTION_MM),
        layout.regular(),
        7.5f,
        0,
        PdfLayout.WIDTH,
        PdfLayout.MUTED);
  }
}
