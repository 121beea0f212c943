package org.cryows.ui.vtk;

import java.util.ArrayList;
import java.util.HashMap;
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
import vtk.vtkObjectBase;
import vtk.vtkRenderWindow;
import vtk.vtkRenderer;
import vtk.vtkUnsignedCharArray;
import vtk.vtkVersion;

/**
 * The scene port drawn by VTK 9 off screen: an off-screen render window (no window on the desktop,
 * no multisampling: in software rendering 8 samples cost 30 times the frame), one actor per item of
 * the content, kept while the content holds the item (a volume's surface is extracted once), the
 * camera set from the port's, and the pixels read back and turned top row first into ARGB.
 *
 * <p>VTK objects and the OpenGL context belong to the thread that made them: every call after
 * construction must come from the thread of the first {@link #render} (the scene model's render
 * thread); another thread is refused.
 */
public final class VtkSceneRenderer implements SceneRenderer {
  private static final Logger log = LoggerFactory.getLogger(VtkSceneRenderer.class);

  /** The scene's background: the dark grey-blue of the procedure-room theme. */
  static final double[] BACKGROUND = {0.08, 0.09, 0.11};

  private Thread owner;
  private vtkRenderWindow window;
  private vtkRenderer renderer;
  private final vtkUnsignedCharArray pixels = new vtkUnsignedCharArray();
  private final Map<Object, Item> items = new LinkedHashMap<>();
  private final Map<VolumeSurface, VtkSurfaceBuilder.Mesh> surfaces = new HashMap<>();
  private String description;

  VtkSceneRenderer() {
    description = "VTK " + new vtkVersion().GetVTKVersion();
  }

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
    long start = System.nanoTime();
    ensureWindow(width, height);
    long triangles = synchronise(content);
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
    return description;
  }

  private void checkThread() {
    if (owner == null) {
      owner = Thread.currentThread();
    } else if (owner != Thread.currentThread()) {
      throw new IllegalStateException(
          "VTK is used from " + Thread.currentThread().getName() + ", made on " + owner.getName());
    }
  }

  private void ensureWindow(int width, int height) throws SceneRenderException {
    if (window == null) {
      renderer = new vtkRenderer();
      renderer.SetBackground(BACKGROUND[0], BACKGROUND[1], BACKGROUND[2]);
      renderer.TwoSidedLightingOn();
      window = new vtkRenderWindow();
      window.SetOffScreenRendering(1);
      window.SetShowWindow(false);
      window.SetMultiSamples(0);
      window.AddRenderer(renderer);
      window.SetSize(width, height);
      if (window.SupportsOpenGL() == 0) {
        throw new SceneRenderException(
            "OpenGL 3.2 is not available on the X display " + System.getenv("DISPLAY"));
      }
      window.Render();
      description =
          "VTK " + new vtkVersion().GetVTKVersion() + " · " + openGl(window.ReportCapabilities());
      log.info("3-D rendering: {}", description);
      return;
    }
    int[] size = window.GetSize();
    if (size[0] != width || size[1] != height) {
      window.SetSize(width, height);
    }
  }

  /** "OpenGL 4.5 (Core Profile) Mesa 22.3.6, llvmpipe (LLVM 15.0.6, 256 bits)" */
  static String openGl(String capabilities) {
    String version = "";
    String renderer = "";
    for (String line : capabilities.lines().toList()) {
      if (line.startsWith("OpenGL version string:")) {
        version = line.substring(line.indexOf(':') + 1).strip();
      } else if (line.startsWith("OpenGL renderer string:")) {
        renderer = line.substring(line.indexOf(':') + 1).strip();
      }
    }
    return "OpenGL " + version + (renderer.isEmpty() ? "" : ", " + renderer);
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
    boolean changed = false;
    for (Object key : List.copyOf(items.keySet())) {
      if (!keys.contains(key)) {
        for (vtkActor a : items.remove(key).actors()) {
          renderer.RemoveActor(a);
        }
        changed = true;
      }
    }
    surfaces.keySet().retainAll(content.surfaces());
    for (Object key : keys) {
      if (!items.containsKey(key)) {
        Item item = build(key);
        item.actors().forEach(renderer::AddActor);
        items.put(key, item);
        changed = true;
      }
    }
    if (changed) {
      vtkObjectBase.JAVA_OBJECT_MANAGER.gc(false); // frees the VTK objects no longer referenced
    }
    return items.values().stream().mapToLong(Item::triangles).sum();
  }

  private Item build(Object key) {
    return switch (key) {
      case VolumeSurface s -> {
        VtkSurfaceBuilder.Mesh mesh =
            surfaces.computeIfAbsent(s, v -> VtkSurfaceBuilder.build(v.volume(), v.isoValue()));
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
    if (window == null) {
      return;
    }
    checkThread();
    for (Item item : items.values()) {
      item.actors().forEach(renderer::RemoveActor);
    }
    items.clear();
    surfaces.clear();
    window.Finalize();
    window = null;
    renderer = null;
    vtkObjectBase.JAVA_OBJECT_MANAGER.gc(false);
  }
}
