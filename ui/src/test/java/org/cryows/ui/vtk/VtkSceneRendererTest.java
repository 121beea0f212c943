package org.cryows.ui.vtk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cryows.imaging.source.DicomLoader;
import org.cryows.imaging.volume.Vector3;
import org.cryows.imaging.volume.Volume;
import org.cryows.imaging.volume.VolumeLoader;
import org.cryows.planner.thermal.cartesian.IsothermSurface;
import org.cryows.samples.SampleLibrary;
import org.cryows.testkit.Display;
import org.cryows.ui.planes.model.SeriesVolumes;
import org.cryows.ui.scene.model.NervePath;
import org.cryows.ui.scene.model.ProbeShape;
import org.cryows.ui.scene.model.SceneBounds;
import org.cryows.ui.scene.model.SceneCamera;
import org.cryows.ui.scene.model.SceneColours;
import org.cryows.ui.scene.model.SceneContent;
import org.cryows.ui.scene.model.SceneFrame;
import org.cryows.ui.scene.model.SceneRenderException;
import org.cryows.ui.scene.model.SceneRenderer;
import org.cryows.ui.scene.model.VesselTube;
import org.cryows.ui.scene.model.VolumeSurface;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The VTK adapter drawing real content off screen under the test's X display (Xvfb): the knee CT
 * phantom's bone surface, the plan's shapes in their colours, pictures that turn with the camera;
 * and the reasons given when VTK cannot be had. Every VTK call runs on one thread, as in the
 * window.
 */
class VtkSceneRendererTest {

  private static ExecutorService thread;
  private static SceneRenderer renderer;
  private static Volume knee;

  @BeforeAll
  static void open() throws Exception {
    Display.require();
    thread = Executors.newSingleThreadExecutor();
    renderer = onThread(() -> VtkSceneRenderers.fromSystem().open());
    var series =
        new DicomLoader()
            .load(SampleLibrary.forTests().resolve("ct-knee"))
            .series()
            .findFirst()
            .orElseThrow();
    knee = SeriesVolumes.load(series, new VolumeLoader(2));
  }

  @AfterAll
  static void close() throws Exception {
    if (renderer != null) {
      onThread(
          () -> {
            renderer.close();
            return null;
          });
    }
    if (thread != null) {
      thread.shutdown();
    }
  }

  private static <T> T onThread(java.util.concurrent.Callable<T> task) throws Exception {
    Future<T> result = thread.submit(task);
    try {
      return result.get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static SceneFrame render(SceneContent content, SceneCamera camera) throws Exception {
    return onThread(() -> renderer.render(content, camera, 320, 240, 1));
  }

  @Test
  void kneeBone_isDrawnWhereTheBonesAre_andTurnsWithTheCamera() throws Exception {
    VolumeSurface bone =
        new VolumeSurface(knee, 200, "Bone and contrast: 200 HU and above", SceneColours.BONE, 1);
    SceneContent content = SceneContent.ofSurfaces(List.of(bone));
    SceneCamera front = SceneCamera.anterior(content.bounds().orElseThrow(), 30);
    SceneFrame frame = render(content, front);
    save(frame, "vtk-knee-bone-front");
    assertEquals(320, frame.width());
    assertTrue(frame.triangles() > 10_000, "a knee's bones: " + frame.triangles());
    assertTrue(
        frame.triangles() <= 1.2 * VtkSurfaceBuilder.TRIANGLE_BUDGET, "" + frame.triangles());
    // The corners are background; the middle, where femur and tibia are, is lit ivory bone.
    int background = frame.argbAt(2, 2);
    assertEquals(background, frame.argbAt(317, 237));
    double boneShare = share(frame, p -> isIvory(p));
    assertTrue(boneShare > 0.05 && boneShare < 0.6, "bone covers " + boneShare);
    int ivoryOnMidLine = 0;
    for (int y = 80; y < 160; y++) {
      ivoryOnMidLine += isIvory(frame.argbAt(160, y)) ? 1 : 0;
    }
    assertTrue(ivoryOnMidLine > 40, "femur, patella and tibia on the mid-line: " + ivoryOnMidLine);
    // A quarter turn about the vertical shows the knee from the side: another picture.
    SceneFrame side = render(content, front.orbit(90 / SceneCamera.DEGREES_PER_PIXEL, 0));
    save(side, "vtk-knee-bone-side");
    assertTrue(differing(frame, side) > 0.05, "turned: " + differing(frame, side));
  }

  @Test
  void planShapes_areDrawnInTheirColours() throws Exception {
    Vector3 tip = new Vector3(0, 0, 0);
    ProbeShape probe = new ProbeShape(tip, new Vector3(0, 0, 1), 2.1, 60, 0, 20);
    VesselTube vessel =
        new VesselTube(
            "popliteal artery", List.of(new Vector3(-15, 5, -40), new Vector3(-15, 5, 40)), 6);
    NervePath nerve =
        new NervePath("SMGN", List.of(new Vector3(15, -5, -40), new Vector3(15, -5, 40)), 3);
    IsothermSurface ice = sphere(-40, new Vector3(0, 0, 10), 6);
    SceneContent content =
        SceneContent.EMPTY
            .withProbes(List.of(probe))
            .withVessels(List.of(vessel))
            .withNerves(List.of(nerve))
            .withIsotherms(List.of(ice));
    SceneBounds bounds = content.bounds().orElseThrow();
    SceneFrame frame = render(content, SceneCamera.anterior(bounds, 30));
    save(frame, "vtk-plan-shapes");
    assertTrue(
        share(frame, p -> green(p) > red(p) + 60 && green(p) > blue(p) + 40) > 0.005, "nerve");
    assertTrue(
        share(frame, p -> red(p) > green(p) + 40 && red(p) > blue(p) + 40) > 0.005, "vessel");
    assertTrue(
        share(frame, p -> blue(p) > green(p) + 60 && red(p) > green(p) + 30) > 0.002, "-40 C");
  }

  @Test
  void anotherRenderer_onAnotherThread_drawsInTurnAndLeavesThisOneWorking() throws Exception {
    VolumeSurface bone = new VolumeSurface(knee, 200, "Bone", SceneColours.BONE, 1);
    SceneContent content = SceneContent.ofSurfaces(List.of(bone));
    SceneCamera front = SceneCamera.anterior(content.bounds().orElseThrow(), 30);
    SceneFrame mine = render(content, front);
    // Another scene (another window of the workstation, a later test) on a thread of its own: it
    // draws in the process's one VTK window, then lets it go.
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      SceneFrame theirs =
          other
              .submit(
                  () -> {
                    SceneRenderer second = VtkSceneRenderers.fromSystem().open();
                    try {
                      return second.render(
                          SceneContent.EMPTY.withNerves(
                              List.of(
                                  new NervePath(
                                      "SMGN",
                                      List.of(new Vector3(0, 0, -20), new Vector3(0, 0, 20)),
                                      3))),
                          SceneCamera.anterior(
                              SceneBounds.around(
                                  List.of(new Vector3(-20, -20, -20), new Vector3(20, 20, 20))),
                              30),
                          200,
                          100,
                          7);
                    } finally {
                      second.close();
                    }
                  })
              .get();
      assertEquals(200, theirs.width());
      assertTrue(share(theirs, p -> green(p) > red(p) + 60) > 0.01, "the other scene's nerve");
    } finally {
      other.shutdown();
    }
    SceneFrame again = render(content, front);
    assertEquals(0, differing(mine, again), "this scene draws as before");
  }

  @Test
  void openGlVersion_isReadFromVtksReport() {
    String report =
        "OpenGL vendor string:  Mesa\n"
            + "OpenGL renderer string:  llvmpipe (LLVM 15.0.6, 256 bits)\n"
            + "OpenGL version string:  4.5 (Core Profile) Mesa 22.3.6\n";
    assertEquals(
        "OpenGL 4.5 (Core Profile) Mesa 22.3.6, llvmpipe (LLVM 15.0.6, 256 bits)",
        VtkWindow.openGl(report));
    assertTrue(VtkWindow.atLeast32(report));
    assertTrue(VtkWindow.atLeast32("OpenGL version string:  3.2 Mesa\n"));
    assertFalse(VtkWindow.atLeast32("OpenGL version string:  3.1 Mesa 22.3.6\n"));
    assertFalse(VtkWindow.atLeast32(""));
  }

  @Test
  void anotherThread_isRefused() {
    assertThrows(
        IllegalStateException.class,
        () -> renderer.render(SceneContent.EMPTY, cameraAtOrigin(), 10, 10, 1));
  }

  @Test
  void folderWithoutVtk_isRefusedWithTheReason(@TempDir Path empty) {
    SceneRenderException e =
        assertThrows(SceneRenderException.class, () -> VtkSceneRenderers.inDirectory(empty).open());
    assertTrue(
        e.getMessage().startsWith("VTK's Java libraries are not in " + empty), e.getMessage());
    assertTrue(e.getMessage().contains("libvtkCommonCoreJava.so is missing"), e.getMessage());
  }

  @Test
  void noDisplay_isNamedAsTheReason() {
    assertTrue(XDisplay.problem(null).orElseThrow().contains("DISPLAY is not set"));
    assertTrue(XDisplay.problem(":987").orElseThrow().contains("refuses connections"));
    assertTrue(XDisplay.problem(System.getenv("DISPLAY")).isEmpty(), "the test's own display");
  }

  private static SceneCamera cameraAtOrigin() {
    return new SceneCamera(Vector3.ZERO, new Vector3(0, 1, 0), new Vector3(0, 0, 1), 100, 30);
  }

  /** A closed icosphere-like mesh (a UV sphere) of the given isotherm. */
  private static IsothermSurface sphere(double isothermC, Vector3 centre, double radius) {
    List<Vector3> vertices = new ArrayList<>();
    List<IsothermSurface.Triangle> triangles = new ArrayList<>();
    int rings = 12;
    int sectors = 24;
    for (int r = 0; r <= rings; r++) {
      double theta = Math.PI * r / rings;
      for (int s = 0; s < sectors; s++) {
        double phi = 2 * Math.PI * s / sectors;
        vertices.add(
            centre.plus(
                new Vector3(
                    radius * Math.sin(theta) * Math.cos(phi),
                    radius * Math.sin(theta) * Math.sin(phi),
                    radius * Math.cos(theta))));
      }
    }
    for (int r = 0; r < rings; r++) {
      for (int s = 0; s < sectors; s++) {
        int a = r * sectors + s;
        int b = r * sectors + (s + 1) % sectors;
        int c = (r + 1) * sectors + s;
        int d = (r + 1) * sectors + (s + 1) % sectors;
        triangles.add(new IsothermSurface.Triangle(a, c, b));
        triangles.add(new IsothermSurface.Triangle(b, c, d));
      }
    }
    return new IsothermSurface(isothermC, vertices, triangles);
  }

  /** Saves the picture under target/screenshots, to be looked at. */
  private static void save(SceneFrame frame, String name) throws java.io.IOException {
    var image =
        new java.awt.image.BufferedImage(
            frame.width(), frame.height(), java.awt.image.BufferedImage.TYPE_INT_RGB);
    int[] pixels = new int[frame.width() * frame.height()];
    frame.argbPixels().get(pixels);
    image.setRGB(0, 0, frame.width(), frame.height(), pixels, 0, frame.width());
    Path file = Path.of("target", "screenshots", name + ".png");
    java.nio.file.Files.createDirectories(file.getParent());
    javax.imageio.ImageIO.write(image, "png", file.toFile());
  }

  private static int red(int p) {
    return (p >> 16) & 0xFF;
  }

  private static int green(int p) {
    return (p >> 8) & 0xFF;
  }

  private static int blue(int p) {
    return p & 0xFF;
  }

  /** Lit ivory: bright, red and green above blue, no strong hue. */
  private static boolean isIvory(int p) {
    return red(p) > 90
        && green(p) > 80
        && blue(p) > 50
        && red(p) >= blue(p)
        && red(p) - blue(p) < 70;
  }

  private static double share(SceneFrame frame, java.util.function.IntPredicate test) {
    int n = 0;
    for (int y = 0; y < frame.height(); y++) {
      for (int x = 0; x < frame.width(); x++) {
        if (test.test(frame.argbAt(x, y))) {
          n++;
        }
      }
    }
    return (double) n / (frame.width() * frame.height());
  }

  private static double differing(SceneFrame a, SceneFrame b) {
    int n = 0;
    for (int y = 0; y < a.height(); y++) {
      for (int x = 0; x < a.width(); x++) {
        if (a.argbAt(x, y) != b.argbAt(x, y)) {
          n++;
        }
      }
    }
    return (double) n / (a.width() * a.height());
  }
}
