package org.cryows.ui.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.InMemoryDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.FrameSource;
import org.cryows.imaging.volume.SliceSource;
import org.cryows.imaging.volume.Volume;
import org.cryows.imaging.volume.VolumeLoader;
import org.cryows.samples.ct.KneePhantom;
import org.cryows.ui.model.DaemonThreads;
import org.cryows.ui.plan.model.VolumeScene;
import org.cryows.ui.scene.model.SceneCamera;
import org.cryows.ui.scene.model.SceneColours;
import org.cryows.ui.scene.model.SceneContent;
import org.cryows.ui.scene.model.SceneFrame;
import org.cryows.ui.scene.model.SceneRenderer;
import org.cryows.ui.scene.model.VolumeSurface;
import org.cryows.ui.vtk.VtkSceneRenderers;

/**
 * The 3-D view's frame time: VTK drawing the bone surface of a 512 x 512 x 100 CT of a knee (the
 * samples' knee phantom sampled on that grid) off screen at 1280 x 800 and reading it back, as the
 * window does while the mouse turns the knee; one picture per 6 degrees of turn. Baseline, side by
 * side: the empty scene at the same size (clearing and reading back the pixels alone). Also the
 * window's default, bone with the see-through skin. Through the same port, adapter and thread as
 * the window; the renderer's own time per picture (drawing and reading back), medians of each.
 */
final class SceneRenderBenchmark {
  static final double GOAL_MS = 50;
  static final int WIDTH = 1280;
  static final int HEIGHT = 800;
  static final int SIZE = 512;
  static final int SLICES = 100;
  static final double PIXEL_MM = 0.35;
  static final double SLICE_MM = 1.2;
  static final double DEGREES_PER_PICTURE = 6;
  private static final int WARM_UP = 5;

  private SceneRenderBenchmark() {}

  static void run(PrintStream out, int pictures) throws Exception {
    out.printf(
        Locale.ROOT,
        "3-D render, in process: bone surface of a %d x %d x %d CT knee at %d x %d%n",
        SIZE,
        SIZE,
        SLICES,
        WIDTH,
        HEIGHT);
    out.println("  machine before: " + MachineLoad.describe());
    long start = System.nanoTime();
    Volume knee = new VolumeLoader().load(kneeSeries());
    out.printf(
        Locale.ROOT,
        "  volume: the samples' knee phantom on %d x %d pixels of %.2f mm, %d slices %.1f mm apart,"
            + " made and loaded in %.0f ms%n",
        SIZE,
        SIZE,
        PIXEL_MM,
        SLICES,
        SLICE_MM,
        (System.nanoTime() - start) / 1e6);
    ExecutorService thread = Executors.newSingleThreadExecutor(DaemonThreads.named("bench-3d"));
    try {
      SceneRenderer renderer = on(thread, () -> VtkSceneRenderers.fromSystem().open());
      try {
        measure(out, thread, renderer, knee, pictures);
      } finally {
        on(
            thread,
            () -> {
              renderer.close();
              return null;
            });
      }
    } finally {
      thread.shutdown();
    }
    out.println("  machine after: " + MachineLoad.describe());
  }

  private static void measure(
      PrintStream out, ExecutorService thread, SceneRenderer renderer, Volume knee, int pictures)
      throws Exception {
    VolumeSurface bone =
        new VolumeSurface(knee, VolumeScene.BONE_HU, "Bone (200 HU)", SceneColours.BONE, 1);
    VolumeSurface skin =
        new VolumeSurface(knee, VolumeScene.SKIN_HU, "Skin (-300 HU)", SceneColours.SKIN, 0.3);
    SceneContent boneOnly = SceneContent.ofSurfaces(List.of(bone));
    SceneContent boneAndSkin = SceneContent.ofSurfaces(List.of(bone, skin));
    SceneCamera front =
        SceneCamera.anterior(boneOnly.bounds().orElseThrow(), 30, (double) WIDTH / HEIGHT);

    long t = System.nanoTime();
    SceneFrame first = on(thread, () -> renderer.render(boneOnly, front, WIDTH, HEIGHT, 1));
    out.printf(
        Locale.ROOT,
        "  renderer: %s%n  bone surface: %,d triangles drawn; extracted and first drawn in %.0f ms%n",
        renderer.description(),
        first.triangles(),
        (System.nanoTime() - t) / 1e6);
    on(thread, () -> renderer.render(boneAndSkin, front, WIDTH, HEIGHT, 2)); // extracts the skin

    double[] empty = turn(thread, renderer, SceneContent.EMPTY, front, pictures);
    double[] boneMs = turn(thread, renderer, boneOnly, front, pictures);
    double[] both = turn(thread, renderer, boneAndSkin, front, pictures);
    long bothTriangles =
        on(thread, () -> renderer.render(boneAndSkin, front, WIDTH, HEIGHT, 3)).triangles();
    Samples emptySamples = new Samples(empty);
    Samples boneSamples = new Samples(boneMs);
    Samples bothSamples = new Samples(both);
    out.printf(
        Locale.ROOT,
        "  %d pictures each after %d warm-up, turning %.0f° a picture:%n",
        pictures,
        WARM_UP,
        DEGREES_PER_PICTURE);
    out.printf(
        Locale.ROOT,
        "  baseline, empty scene (clear and read back): median %.1f ms, 90th percentile %.1f ms%n",
        emptySamples.median(),
        percentile(empty, 90));
    out.printf(
        Locale.ROOT,
        "  bone surface: median %.1f ms, 90th percentile %.1f ms; ratio to the empty scene %.2f;"
            + " goal <= %.0f ms: %s%n",
        boneSamples.median(),
        percentile(boneMs, 90),
        boneSamples.median() / emptySamples.median(),
        GOAL_MS,
        boneSamples.median() <= GOAL_MS ? "met" : "NOT met");
    out.printf(
        Locale.ROOT,
        "  bone and see-through skin (the window's default, %,d triangles): median %.1f ms, 90th"
            + " percentile %.1f ms%n",
        bothTriangles,
        bothSamples.median(),
        percentile(both, 90));
  }

  /** The renderer's time for each picture of a turn round the content. */
  private static double[] turn(
      ExecutorService thread,
      SceneRenderer renderer,
      SceneContent content,
      SceneCamera front,
      int pictures)
      throws Exception {
    double pixelsPerPicture = DEGREES_PER_PICTURE / SceneCamera.DEGREES_PER_PIXEL;
    return on(
        thread,
        () -> {
          SceneCamera camera = front;
          double[] ms = new double[pictures];
          for (int i = -WARM_UP; i < pictures; i++) {
            camera = camera.orbit(pixelsPerPicture, 0);
            SceneFrame frame = renderer.render(content, camera, WIDTH, HEIGHT, 10 + i);
            if (i >= 0) {
              ms[i] = frame.renderMs();
            }
          }
          return ms;
        });
  }

  private static double percentile(double[] values, double percent) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
    return sorted[Math.clamp(index, 0, sorted.length - 1)];
  }

  private static <T> T on(ExecutorService thread, Callable<T> task) throws Exception {
    try {
      return thread.submit(task).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The knee phantom as axial CT slices (HU + 1024 in 12 bits), computed as the loader asks. */
  static List<SliceSource> kneeSeries() {
    KneePhantom phantom = new KneePhantom();
    double half = PIXEL_MM * (SIZE - 1) / 2;
    List<SliceSource> slices = new ArrayList<>(SLICES);
    for (int k = 0; k < SLICES; k++) {
      double z = (k - (SLICES - 1) / 2.0) * SLICE_MM;
      slices.add(new SliceSource(header(k, -half, z), frame(phantom, -half, z), 0));
    }
    return slices;
  }

  private static DicomDataset header(int k, double corner, double z) {
    return InMemoryDataset.builder("bench-ct-knee/" + k + ".dcm")
        .put(Tags.MODALITY, "CT")
        .put(Tags.PATIENT_ID, "BENCH-KNEE")
        .put(Tags.PATIENT_NAME, "Bench^Knee")
        .put(Tags.FRAME_OF_REFERENCE_UID, "2.25.2")
        .put(Tags.INSTANCE_NUMBER, k + 1)
        .put(Tags.ROWS, SIZE)
        .put(Tags.COLUMNS, SIZE)
        .put(Tags.BITS_ALLOCATED, 16)
        .put(Tags.BITS_STORED, 12)
        .put(Tags.PIXEL_REPRESENTATION, 0)
        .put(Tags.PIXEL_SPACING, PIXEL_MM, PIXEL_MM)
        .put(Tags.IMAGE_ORIENTATION_PATIENT, 1, 0, 0, 0, 1, 0)
        .put(Tags.IMAGE_POSITION_PATIENT, corner, corner, z)
        .put(Tags.SLICE_THICKNESS, SLICE_MM)
        .put(Tags.RESCALE_SLOPE, 1)
        .put(Tags.RESCALE_INTERCEPT, -1024)
        .build();
  }

  private static FrameSource frame(KneePhantom phantom, double corner, double z) {
    return new FrameSource() {
      @Override
      public int frameCount() {
        return 1;
      }

      @Override
      public Frame frame(int index) {
        double[] hu = phantom.slice(z, corner, corner, PIXEL_MM, SIZE, SIZE);
        int[] stored = new int[hu.length];
        for (int i = 0; i < hu.length; i++) {
          stored[i] = (int) Math.clamp(Math.round(hu[i]) + 1024, 0, 4095);
        }
        return new Frame(SIZE, SIZE, 1, "MONOCHROME2", 12, false, stored);
      }
    };
  }
}
