package org.cryows.ui.vtk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.cartesian.IsothermSurface;
import org.cryows.ui.scene.model.ImageInSpace;
import org.cryows.ui.scene.model.NervePath;
import org.cryows.ui.scene.model.ProbeShape;
import org.cryows.ui.scene.model.SceneCamera;
import org.cryows.ui.scene.model.SceneColours;
import org.cryows.ui.scene.model.SceneContent;
import org.cryows.ui.scene.model.SceneFrame;
import org.cryows.ui.scene.model.SceneMarker;
import org.cryows.ui.scene.model.SceneRenderException;
import org.cryows.ui.scene.model.SceneRenderer;
import org.cryows.ui.scene.model.VesselTube;
import org.cryows.ui.scene.model.VolumeSurface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vtk.vtkActor;
import vtk.vtkCamera;
import vtk.vtkRenderWindow;
import vtk.vtkRenderer;
import vtk.vtkUnsignedCharArray;

/**
 * The scene port drawn by VTK 9 off screen: one {@link vtkRenderer} of its own with one actor per
 * item of the content, kept while the content holds the item (a volume's surface is extracted
 * once), the camera set from the port's, drawn in the process's one off-screen window ({@link
 * VtkWindow}) and the pixels read back and turned top row first into ARGB.
 *
 * <p>Every VTK call runs on the VTK thread of {@link VtkWindow}; as the port asks, a renderer is
 * used from one thread (the scene model's), the one that first rendered, and another is refused.
 */
public final class VtkSceneRenderer implements SceneRenderer {
  private static final Logger log = LoggerFactory.getLogger(VtkSceneRenderer.class);

  /** Extracted surfaces kept beyond those shown. */
  static final int KEPT_SURFACES = 4;

  private Thread owner;
  // Touched on the VTK thread only.
  private vtkRenderer renderer;
  private vtkUnsignedCharArray pixels;
  private final Map<Object, Item> items = new LinkedHashMap<>();

  /**
   * Surfaces extracted, kept while their volume is in the content (a surface switched off and on
   * again costs no new extraction, about a second), at most {@value #KEPT_SURFACES}; those of a
   * volume no longer shown are dropped with it, so its voxels can go.
   */
  private final Map<VolumeSurface, VtkSurfaceBuilder.Mesh> surfaces =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<VolumeSurface, VtkSurfaceBuilder.Mesh> e) {
          return size() > KEPT_SURFACES;
        }
      };

  VtkSceneRenderer() {}

  /** Actors drawn for one item of the content, and their triangles. */
  private record Item(List<vtkActor> actors, long triangles) {}

  @Override
  public SceneFrame render(
      SceneContent content, SceneCamera camera, int width, int height, long request)
      throws SceneRenderException {
    checkThread();
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("a picture of " + width + " x " + height);
    }
    return VtkWindow.call(() -> draw(content, camera, width, height, request));
  }

  /** On the VTK thread. */
  private SceneFrame draw(
      SceneContent content, SceneCamera camera, int width, int height, long request)
      throws SceneRenderException {
    if (renderer == null) {
      renderer = new vtkRenderer();
      renderer.SetBackground(
          VtkWindow.BACKGROUND[0], VtkWindow.BACKGROUND[1], VtkWindow.BACKGROUND[2]);
      renderer.TwoSidedLightingOn();
      pixels = new vtkUnsignedCharArray();
    }
    vtkRenderWindow window = VtkWindow.showing(renderer, width, height);
    long triangles = synchronise(content);
    // The picture's own time: drawing and reading back, not making new actors (a surface's
    // extraction is logged apart).
    long start = System.nanoTime();
    place(camera);
    window.Render();
    if (window.GetRGBACharPixelData(0, 0, width - 1, height - 1, 0, pixels, 0) == 0) {
      throw new SceneRenderException("VTK could not read the rendered pixels back");
    }
    int[] argb = VtkPixels.argbTopDown(pixels.GetJavaArray(), width, height);
    double ms = (System.nanoTime() - start) / 1e6;
    return new SceneFrame(request, width, height, argb, ms, triangles);
  }

  @Override
  public String description() {
    return VtkWindow.description();
  }

  private void checkThread() {
    if (owner == null) {
      owner = Thread.currentThread();
    } else if (owner != Thread.currentThread()) {
      throw new IllegalStateException(
          "VTK is used from " + Thread.currentThread().getName() + ", made on " + owner.getName());
    }
  }

  /** Actors for what the content holds, made for new items, dropped for items gone. */
  private long synchronise(SceneContent content) {
    List<Object> keys = new ArrayList<>();
    keys.addAll(content.surfaces());
    keys.addAll(content.images());
    keys.addAll(content.probes());
    keys.addAll(content.nerves());
    keys.addAll(content.vessels());
    keys.addAll(content.isotherms());
    keys.addAll(content.markers());
    if (!content.surfaces().isEmpty()) {
      var volumes = content.surfaces().stream().map(VolumeSurface::volume).toList();
      surfaces.keySet().removeIf(s -> volumes.stream().noneMatch(v -> v == s.volume()));
    }
    boolean changed = false;
    for (Object key : List.copyOf(items.keySet())) {
      if (!keys.contains(key)) {
        for (vtkActor a : items.remove(key).actors()) {
          renderer.RemoveActor(a);
        }
        changed = true;
      }
    }
    for (Object key : keys) {
      if (!items.containsKey(key)) {
        Item item = build(key);
        item.actors().forEach(renderer::AddActor);
        items.put(key, item);
        changed = true;
      }
    }
    if (changed) {
      VtkWindow.collectGarbage(); // frees the VTK objects no longer referenced
    }
    return items.values().stream().mapToLong(Item::triangles).sum();
  }

  private Item build(Object key) {
    return switch (key) {
      case VolumeSurface s -> {
        VtkSurfaceBuilder.Mesh mesh =
            surfaces.computeIfAbsent(
                s,
                v ->
                    VtkSurfaceBuilder.build(
                        v.volume(),
                        v.isoValue(),
                        v.opacity() < 1
                            ? VtkSurfaceBuilder.SEE_THROUGH_BUDGET
                            : VtkSurfaceBuilder.TRIANGLE_BUDGET));
        log.info(
            "surface '{}': {} triangles drawn of {} extracted (blocks of {} x {} voxels)",
            s.label(),
            mesh.polyData().GetNumberOfPolys(),
            mesh.extractedTriangles(),
            mesh.blockSize(),
            mesh.blockSize());
        yield new Item(
            List.of(VtkProps.actor(mesh.polyData(), s.colour(), s.opacity())),
            mesh.polyData().GetNumberOfPolys());
      }
      case ImageInSpace i -> new Item(List.of(VtkProps.image(i)), 2);
      case ProbeShape p -> probe(p);
      case NervePath n -> tube(n.points_Patient(), n.diameterMm(), SceneColours.NERVE);
      case VesselTube v -> tube(v.centreline_Patient(), v.diameterMm(), SceneColours.VESSEL);
      case IsothermSurface s -> {
        vtkActor actor = VtkProps.isotherm(s);
        yield new Item(List.of(actor), s.triangles().size());
      }
      case SceneMarker m -> new Item(List.of(VtkProps.marker(m)), 16 * 12 * 2);
      default -> throw new IllegalArgumentException("no VTK drawing for " + key);
    };
  }

  private static Item tube(
      List<Vector3> points, double diameterMm, org.cryows.ui.scene.model.SceneColour colour) {
    var polyData = VtkProps.tube(points, diameterMm);
    return new Item(List.of(VtkProps.actor(polyData, colour, 1)), polyData.GetNumberOfPolys());
  }

  /** The shaft in grey, the active segment a little wider and white. */
  private static Item probe(ProbeShape p) {
    var shaft =
        VtkProps.tube(
            List.of(p.tip_Patient(), p.axisPoint_Patient(p.shownLengthMm())), p.diameterMm());
    var active =
        VtkProps.tube(
            List.of(p.axisPoint_Patient(p.activeStartMm()), p.axisPoint_Patient(p.activeEndMm())),
            p.diameterMm() * 1.15);
    return new Item(
        List.of(
            VtkProps.actor(shaft, SceneColours.PROBE_SHAFT, 1),
            VtkProps.actor(active, SceneColours.PROBE_ACTIVE, 1)),
        shaft.GetNumberOfPolys() + active.GetNumberOfPolys());
  }

  private void place(SceneCamera camera) {
    vtkCamera c = renderer.GetActiveCamera();
    Vector3 focal = camera.focal_Patient();
    Vector3 eye = camera.position_Patient();
    c.SetFocalPoint(focal.x(), focal.y(), focal.z());
    c.SetPosition(eye.x(), eye.y(), eye.z());
    c.SetViewUp(camera.up().x(), camera.up().y(), camera.up().z());
    c.SetViewAngle(camera.viewAngleDeg());
    renderer.ResetCameraClippingRange();
  }

  @Override
  public void close() {
    if (owner != null && owner != Thread.currentThread()) {
      throw new IllegalStateException(
          "VTK is used from " + Thread.currentThread().getName() + ", made on " + owner.getName());
    }
    try {
      VtkWindow.call(
          () -> {
            if (renderer != null) {
              for (Item item : items.values()) {
                item.actors().forEach(renderer::RemoveActor);
              }
              VtkWindow.release(renderer);
            }
            items.clear();
            surfaces.clear();
            renderer = null;
            pixels = null;
            VtkWindow.collectGarbage();
            return null;
          });
    } catch (SceneRenderException e) {
      log.warn("the 3-D renderer was not released: {}", e.getMessage());
    }
  }
}
