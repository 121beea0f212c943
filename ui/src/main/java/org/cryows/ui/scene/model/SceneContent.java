package org.cryows.ui.scene.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.cartesian.IsothermSurface;

/**
 * What the 3-D scene shows, as immutable values in the patient frame (LPS, mm): surfaces of the
 * volume, images placed in space (an ultrasound plane with a patient frame), the plan's probes,
 * nerves and vessels, the predicted isotherm surfaces (the planner's triangle meshes), and markers.
 * Equal content renders the same picture.
 */
public record SceneContent(
    List<VolumeSurface> surfaces,
    List<ImageInSpace> images,
    List<ProbeShape> probes,
    List<NervePath> nerves,
    List<VesselTube> vessels,
    List<IsothermSurface> isotherms,
    List<SceneMarker> markers) {

  public static final SceneContent EMPTY =
      new SceneContent(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public SceneContent {
    surfaces = List.copyOf(surfaces);
    images = List.copyOf(images);
    probes = List.copyOf(probes);
    nerves = List.copyOf(nerves);
    vessels = List.copyOf(vessels);
    isotherms = List.copyOf(isotherms);
    markers = List.copyOf(markers);
    for (IsothermSurface s : isotherms) {
      SceneColours.isotherm(s.isothermC()); // refuses an isotherm no legend names
    }
  }

  public static SceneContent ofSurfaces(List<VolumeSurface> surfaces) {
    return EMPTY.withSurfaces(surfaces);
  }

  public SceneContent withSurfaces(List<VolumeSurface> surfaces) {
    return new SceneContent(surfaces, images, probes, nerves, vessels, isotherms, markers);
  }

  public SceneContent withImages(List<ImageInSpace> images) {
    return new SceneContent(surfaces, images, probes, nerves, vessels, isotherms, markers);
  }

  public SceneContent withProbes(List<ProbeShape> probes) {
    return new SceneContent(surfaces, images, probes, nerves, vessels, isotherms, markers);
  }

  public SceneContent withNerves(List<NervePath> nerves) {
    return new SceneContent(surfaces, images, probes, nerves, vessels, isotherms, markers);
  }

  public SceneContent withVessels(List<VesselTube> vessels) {
    return new SceneContent(surfaces, images, probes, nerves, vessels, isotherms, markers);
  }

  public SceneContent withIsotherms(List<IsothermSurface> isotherms) {
    return new SceneContent(surfaces, images, probes, nerves, vessels, isotherms, markers);
  }

  public SceneContent withMarkers(List<SceneMarker> markers) {
    return new SceneContent(surfaces, images, probes, nerves, vessels, isotherms, markers);
  }

  /** Both contents together (layers: the volume's, the plan's...). */
  public SceneContent plus(SceneContent other) {
    return new SceneContent(
        concat(surfaces, other.surfaces),
        concat(images, other.images),
        concat(probes, other.probes),
        concat(nerves, other.nerves),
        concat(vessels, other.vessels),
        concat(isotherms, other.isotherms),
        concat(markers, other.markers));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  public boolean isEmpty() {
    return surfaces.isEmpty()
        && images.isEmpty()
        && probes.isEmpty()
        && nerves.isEmpty()
        && vessels.isEmpty()
        && isotherms.isEmpty()
        && markers.isEmpty();
  }

  /** A box around everything shown (the volumes' grids, not only their surfaces); empty if none. */
  public Optional<SceneBounds> bounds() {
    List<Vector3> points = new ArrayList<>();
    surfaces.forEach(s -> points.addAll(s.corners_Patient()));
    images.forEach(i -> points.addAll(i.corners_Patient()));
    for (ProbeShape p : probes) {
      points.add(p.tip_Patient());
      points.add(p.axisPoint_Patient(p.shownLengthMm()));
    }
    nerves.forEach(n -> points.addAll(n.points_Patient()));
    vessels.forEach(v -> points.addAll(v.centreline_Patient()));
    isotherms.forEach(s -> points.addAll(s.verticesMm()));
    markers.forEach(m -> points.add(m.point_Patient()));
    return points.isEmpty() ? Optional.empty() : Optional.of(SceneBounds.around(points));
  }

  /**
   * A box around what this content is about: its isotherm surfaces and nerves when it has any (a
   * plan's probes reach far off to their entry points), else everything; empty if nothing.
   */
  public Optional<SceneBounds> focusBounds() {
    List<Vector3> points = new ArrayList<>();
    isotherms.forEach(s -> points.addAll(s.verticesMm()));
    nerves.forEach(n -> points.addAll(n.points_Patient()));
    return points.isEmpty() ? bounds() : Optional.of(SceneBounds.around(points));
  }

  /**
   * Which way to look at this content: along its probes from their handles' side, as the operator
   * sees them go in (their mean direction), else from the front.
   */
  public Vector3 focusDirection() {
    Vector3 sum = Vector3.ZERO;
    for (ProbeShape p : probes) {
      sum = sum.minus(p.towardHandle());
    }
    return sum.length() < 0.1 * Math.max(1, probes.size())
        ? new Vector3(0, 1, 0)
        : sum.normalized();
  }

  /** One legend line per kind of thing shown, with its colour. */
  public List<LegendEntry> legend() {
    List<LegendEntry> legend = new ArrayList<>();
    for (VolumeSurface s : surfaces) {
      if (legend.stream().noneMatch(e -> e.text().equals(s.label()))) {
        legend.add(new LegendEntry(s.label(), s.colour(), true));
      }
    }
    if (!probes.isEmpty()) {
      legend.add(
          new LegendEntry("Probe (active segment brighter)", SceneColours.PROBE_ACTIVE, false));
    }
    if (!nerves.isEmpty()) {
      legend.add(new LegendEntry("Nerve", SceneColours.NERVE, false));
    }
    if (!vessels.isEmpty()) {
      legend.add(new LegendEntry("Vessel", SceneColours.VESSEL, false));
    }
    isotherms.stream()
        .map(IsothermSurface::isothermC)
        .distinct()
        .sorted((a, b) -> Double.compare(b, a))
        .forEach(
            c ->
                legend.add(
                    new LegendEntry(
                        String.format(Locale.ROOT, "%.0f °C isotherm", c),
                        SceneColours.isotherm(c),
                        false)));
    markers.stream()
        .filter(m -> legend.stream().noneMatch(e -> e.text().equals(m.label())))
        .forEach(m -> legend.add(new LegendEntry(m.label(), m.colour(), false)));
    return legend;
  }

  /** Without the surfaces labelled as in {@code hidden} (the user switched them off). */
  public SceneContent withoutSurfaces(java.util.Set<String> hidden) {
    if (hidden.isEmpty()) {
      return this;
    }
    return withSurfaces(surfaces.stream().filter(s -> !hidden.contains(s.label())).toList());
  }

  /**
   * A legend line: what, in which colour.
   *
   * @param surface whether it names a volume surface (which the user can switch off by its label)
   */
  public record LegendEntry(String text, SceneColour colour, boolean surface) {}
}
