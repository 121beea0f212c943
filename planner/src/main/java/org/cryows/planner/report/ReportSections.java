package org.cryows.planner.report;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.DisplayConverter;
import org.cryows.imaging.pixels.DisplayImage;
import org.cryows.imaging.ultrasound.UltrasoundRegion;
import org.cryows.imaging.ultrasound.UltrasoundRegions;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.check.ImageIdentities;
import org.cryows.planner.plan.NamedImage;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFrame;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Target;
import org.cryows.planner.thermal.cartesian.SectionPlane;

/**
 * Which section of each target the report draws its isotherms on. A plan in an ultrasound image's
 * frame whose image file can be read: the image itself, its calibrated region (the plane z = 0 of
 * the plan's frame). Otherwise a schematic section through the target's first probe's axis, to
 * scale, with the skin's side up (the plane through the axis and the skin's normal; without a skin,
 * through the axis and the nerve), and the report says which it shows and why.
 *
 * @param background the image's region, when the section is the image
 * @param description what the section is, for the figure's caption
 */
public record ReportSections(List<Section> sections) {

  /** The section of the schematic: its sides, mm. */
  static final double SCHEMATIC_SIDE_MM = 40;

  /** The part of an ultrasound image shown: at most this square around the first probe, mm. */
  static final double IMAGE_WINDOW_MM = 50;

  /** Contour sampling on a section, mm. */
  static final double SPACING_MM = 0.2;

  /** One target's section. */
  public record Section(
      SectionPlane plane, Optional<BufferedImage> background, String description) {}

  public ReportSections {
    sections = List.copyOf(sections);
  }

  public Section of(int targetIndex) {
    return sections.get(targetIndex);
  }

  public static ReportSections of(Plan plan, Path planFolder) {
    String why = "the plan is in the patient frame and the report reads no volume";
    Optional<Section> image = Optional.empty();
    if (plan.frame() instanceof PlanFrame.Image frame) {
      var read = ultrasound(plan, frame, planFolder);
      if (read instanceof Either.Ok ok) {
        image = Optional.of(ok.section());
      } else {
        why = ((Either.Why) read).why();
      }
    }
    List<Section> sections = new ArrayList<>();
    for (Target target : plan.targets()) {
      sections.add(
          image.map(whole -> around(whole, target)).orElseGet(schematicFor(plan, target, why)));
    }
    return new ReportSections(sections);
  }

  /**
   * The part of an image section around a target's first probe: a square of at most {@value
   * #IMAGE_WINDOW_MM} mm centred on its active segment, kept inside the image.
   */
  static Section around(Section whole, Target target) {
    SectionPlane plane = whole.plane();
    BufferedImage image = whole.background().orElseThrow();
    PlannedProbe probe = target.probes().getFirst();
    Vector3 centre =
        probe.tipMm().plus(probe.towardHandle().times(probe.probe().activeLengthMm() / 2));
    double width = Math.min(IMAGE_WINDOW_MM, plane.widthMm());
    double height = Math.min(IMAGE_WINDOW_MM, plane.heightMm());
    double u0 = Math.clamp(centre.x() - width / 2, 0, plane.widthMm() - width);
    double v0 = Math.clamp(centre.y() - height / 2, 0, plane.heightMm() - height);
    double mmPerPixelX = plane.widthMm() / (image.getWidth() - 1);
    double mmPerPixelY = plane.heightMm() / (image.getHeight() - 1);
    int c0 = (int) Math.round(u0 / mmPerPixelX);
    int r0 = (int) Math.round(v0 / mmPerPixelY);
    int c1 = Math.min(image.getWidth() - 1, (int) Math.round((u0 + width) / mmPerPixelX));
    int r1 = Math.min(image.getHeight() - 1, (int) Math.round((v0 + height) / mmPerPixelY));
    BufferedImage crop = image.getSubimage(c0, r0, c1 - c0 + 1, r1 - r0 + 1);
    var window =
        new SectionPlane(
            new Vector3(c0 * mmPerPixelX, r0 * mmPerPixelY, 0),
            plane.uAxis(),
            plane.vAxis(),
            (c1 - c0) * mmPerPixelX,
            (r1 - r0) * mmPerPixelY,
            SPACING_MM);
    String part =
        String.format(
            java.util.Locale.ROOT,
            "; shown: x %.0f to %.0f mm, y %.0f to %.0f mm of the region",
            window.originMm().x(),
            window.originMm().x() + window.widthMm(),
            window.originMm().y(),
            window.originMm().y() + window.heightMm());
    return new Section(window, Optional.of(crop), whole.description() + part);
  }

  private sealed interface Either {
    record Ok(Section section) implements Either {}

    record Why(String why) implements Either {}
  }

  private static Either ultrasound(Plan plan, PlanFrame.Image frame, Path planFolder) {
    NamedImage named = plan.frameImage().orElseThrow();
    if (named.file().isEmpty()) {
      return new Either.Why("the plan names no file for its image");
    }
    Path file = ImageIdentities.resolve(planFolder, named.file().get());
    try {
      DicomImage image = DicomImages.open(file);
      List<UltrasoundRegion> regions = UltrasoundRegions.read(image.header());
      if (frame.region() > regions.size()) {
        return new Either.Why(
            file + " has " + regions.size() + " ultrasound regions, not " + frame.region());
      }
      UltrasoundRegion region = regions.get(frame.region() - 1);
      if (region.deltaXmm().isEmpty() || region.deltaYmm().isEmpty()) {
        return new Either.Why(
            "region " + frame.region() + " of " + file + " is not calibrated in mm");
      }
      if (frame.frame() > image.frameCount()) {
        return new Either.Why(
            file + " has " + image.frameCount() + " frames, not " + frame.frame());
      }
      DisplayImage shown =
          DisplayConverter.render(image.frames().frame(frame.frame() - 1), image.description());
      double dx = region.deltaXmm().getAsDouble();
      double dy = region.deltaYmm().getAsDouble();
      int x0 = (int) region.x0();
      int y0 = (int) region.y0();
      int x1 = (int) Math.min(region.x1(), shown.width() - 1);
      int y1 = (int) Math.min(region.y1(), shown.height() - 1);
      BufferedImage crop = new BufferedImage(x1 - x0 + 1, y1 - y0 + 1, BufferedImage.TYPE_INT_RGB);
      for (int row = y0; row <= y1; row++) {
        for (int column = x0; column <= x1; column++) {
          int r = shown.value(row, column, 0);
          int g = shown.color() ? shown.value(row, column, 1) : r;
          int b = shown.color() ? shown.value(row, column, 2) : r;
          crop.setRGB(column - x0, row - y0, (r << 16) | (g << 8) | b);
        }
      }
      var plane =
          new SectionPlane(
              Vector3.ZERO,
              new Vector3(1, 0, 0),
              new Vector3(0, 1, 0),
              (x1 - x0) * dx,
              (y1 - y0) * dy,
              SPACING_MM);
      String description =
          String.format(
              java.util.Locale.ROOT,
              "Ultrasound image %s, frame %d, region %d (%.3f x %.3f mm per pixel): the plane of the"
                  + " plan's image frame",
              file.getFileName(),
              frame.frame(),
              frame.region(),
              dx,
              dy);
      return new Either.Ok(new Section(plane, Optional.of(crop), description));
    } catch (DicomReadException | RuntimeException e) {
      return new Either.Why("its image " + file + " could not be read: " + e.getMessage());
    }
  }

  private static java.util.function.Supplier<Section> schematicFor(
      Plan plan, Target target, String why) {
    return () -> schematic(plan, target, why);
  }

  /**
   * The plane through the first probe's axis and the nerve's direction where it passes nearest the
   * active segment (so the nerve's course shows), else through the axis and the skin's normal; the
   * skin's side up when there is a skin, else the handle up; centred on the active segment.
   */
  static Section schematic(Plan plan, Target target, String why) {
    PlannedProbe probe = target.probes().getFirst();
    Vector3 axis = probe.towardHandle();
    Vector3 centre = probe.tipMm().plus(axis.times(probe.probe().activeLengthMm() / 2));
    Optional<PlanStructure.Skin> skin = plan.skin();
    Vector3 nerve = nerveDirectionNear(target.pathMm(), centre);
    Vector3 across = nerve.minus(axis.times(nerve.dot(axis)));
    String through = "the nerve's course";
    if (across.length() < 0.2 && skin.isPresent()) {
      Vector3 n = skin.get().normal().normalized();
      across = n.minus(axis.times(n.dot(axis)));
      through = "the skin's normal";
    }
    if (across.length() < 1e-3) {
      across = anyPerpendicular(axis);
      through = "a direction across it";
    }
    across = across.normalized();
    Vector3 up = axis;
    if (skin.isPresent()) {
      Vector3 n = skin.get().normal().normalized();
      Vector3 inPlane = axis.times(n.dot(axis)).plus(across.times(n.dot(across)));
      if (inPlane.length() > 1e-6) {
        up = inPlane.normalized();
      }
    }
    Vector3 planeNormal = axis.cross(across).normalized();
    Vector3 right = up.cross(planeNormal).normalized();
    Vector3 down = up.times(-1);
    double half = SCHEMATIC_SIDE_MM / 2;
    Vector3 origin = centre.minus(right.times(half)).minus(down.times(half));
    var plane =
        new SectionPlane(origin, right, down, SCHEMATIC_SIDE_MM, SCHEMATIC_SIDE_MM, SPACING_MM);
    String description =
        "Schematic section through probe 0's axis and "
            + through
            + ", to scale, "
            + (skin.isPresent() ? "the skin's side up" : "the handle up")
            + " (no image: "
            + why
            + ")";
    return new Section(plane, Optional.empty(), description);
  }

  /** The direction of the nerve's segment nearest a point. */
  private static Vector3 nerveDirectionNear(List<Vector3> path, Vector3 point) {
    Vector3 best = path.get(1).minus(path.getFirst());
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int i = 1; i < path.size(); i++) {
      Vector3 a = path.get(i - 1);
      Vector3 ab = path.get(i).minus(a);
      double t = Math.clamp(point.minus(a).dot(ab) / ab.dot(ab), 0.0, 1.0);
      double distance = a.plus(ab.times(t)).minus(point).length();
      if (distance < bestDistance) {
        bestDistance = distance;
        best = ab;
      }
    }
    return best.normalized();
  }

  private static Vector3 anyPerpendicular(Vector3 direction) {
    Vector3 helper = Math.abs(direction.x()) < 0.9 ? new Vector3(1, 0, 0) : new Vector3(0, 1, 0);
    return direction.cross(helper).normalized();
  }
}
