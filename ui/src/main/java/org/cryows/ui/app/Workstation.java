package org.cryows.ui.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.stage.Stage;
import org.cryows.imaging.source.DicomLoader;
import org.cryows.imaging.source.FrameCache;
import org.cryows.imaging.volume.VolumeLoader;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.ui.browser.model.StudyBrowserModel;
import org.cryows.ui.browser.model.StudyLoad;
import org.cryows.ui.browser.view.FileDialogs;
import org.cryows.ui.browser.view.StudyBrowserView;
import org.cryows.ui.console.model.ConsoleStatus;
import org.cryows.ui.model.DaemonThreads;
import org.cryows.ui.model.MonotonicClock;
import org.cryows.ui.plan.model.LivePrediction;
import org.cryows.ui.plan.model.PlanCaseLink;
import org.cryows.ui.plan.model.PlanEditor;
import org.cryows.ui.plan.model.PlanSceneLink;
import org.cryows.ui.plan.model.PlanWorkspaceModel;
import org.cryows.ui.plan.model.PlanesPointer;
import org.cryows.ui.plan.model.SignedProtocolSource;
import org.cryows.ui.plan.model.ViewOutputs;
import org.cryows.ui.plan.model.VolumeSceneLink;
import org.cryows.ui.plan.view.PlanWorkspaceView;
import org.cryows.ui.planes.model.PlaneRenderer;
import org.cryows.ui.planes.model.PlanesModel;
import org.cryows.ui.planes.view.PlanesView;
import org.cryows.ui.scene.model.SceneModel;
import org.cryows.ui.scene.model.SceneRendererFactory;
import org.cryows.ui.scene.view.SceneView;
import org.cryows.ui.shell.model.ShellModel;
import org.cryows.ui.shell.view.WorkstationWindow;
import org.cryows.ui.viewer.model.FramePipeline;
import org.cryows.ui.viewer.model.ImageLibrary;
import org.cryows.ui.viewer.model.LoadedImages;
import org.cryows.ui.viewer.model.ViewerModel;
import org.cryows.ui.viewer.view.ImageViewerView;
import org.cryows.ui.vtk.VtkSceneRenderers;

/**
 * The composition root: the one place where services, view-models and views are made and wired. The
 * demo, the tests and the benchmark all start the workstation through here, so they run the same
 * window; they differ only in what they open and how they end.
 */
public final class Workstation implements AutoCloseable {

  /** Decoded frames kept (imaging's frame cache), in bytes. */
  static final long DECODED_FRAME_BYTES = 512L << 20;

  /** Rendered (screen-ready) frames kept, in bytes. */
  static final long RENDERED_FRAME_BYTES = 256L << 20;

  public static final String NO_SAMPLE_CASE =
      "No case open: open files or a folder (Ctrl+O), or drop them on the window.";

  private final ExecutorService loading =
      Executors.newSingleThreadExecutor(DaemonThreads.named("study-load"));
  private final ExecutorService opening =
      Executors.newSingleThreadExecutor(DaemonThreads.named("image-open"));
  private final ExecutorService thumbnails =
      Executors.newSingleThreadExecutor(DaemonThreads.named("thumbnail"));
  private final ExecutorService volumes =
      Executors.newSingleThreadExecutor(DaemonThreads.named("volume-load"));
  private final ExecutorService planFiles =
      Executors.newSingleThreadExecutor(DaemonThreads.named("plan-file"));
  private final PredictionService predictions = new PredictionService();

  /** The quick answers' own service: never queued behind a 3-D run being replaced. */
  private final PredictionService quickPredictions = new PredictionService();

  private final SignedProtocolSource signedProtocols = new SignedProtocolSource();
  private final PlanEditor editor;
  private final FrameCache frameCache;
  private final FramePipeline pipeline;
  private final StudyBrowserModel browser;
  private final ViewerModel viewer;
  private final PlaneRenderer planeRenderer;
  private final PlanesModel planes;
  private final SceneModel scene;
  private final PlanWorkspaceModel plan;
  private final ShellModel shell;
  private ImageViewerView viewerView;
  private StudyBrowserView browserView;
  private PlanesView planesView;
  private SceneView sceneView;
  private PlanWorkspaceView planView;
  private WorkstationWindow window;

  /** The workstation with VTK found as {@link VtkSceneRenderers#fromSystem()} finds it. */
  public Workstation(MonotonicClock clock) {
    this(clock, VtkSceneRenderers.fromSystem());
  }

  /**
   * @param threeD opens the 3-D renderer (VTK; a test gives one that cannot be had)
   */
  public Workstation(MonotonicClock clock, SceneRendererFactory threeD) {
    LoadedImages loaded = new LoadedImages();
    frameCache = new FrameCache(loaded, DECODED_FRAME_BYTES, 16, 2);
    ImageLibrary images = new ImageLibrary(frameCache, 64);
    pipeline = new FramePipeline(images, frameCache, RENDERED_FRAME_BYTES);
    browser =
        new StudyBrowserModel(
            new StudyLoad(new DicomLoader()), loaded, images, pipeline, loading, thumbnails);
    viewer = new ViewerModel(images, pipeline, opening, clock);
    planeRenderer = new PlaneRenderer();
    planes = new PlanesModel(volumes, new VolumeLoader(), planeRenderer);
    scene = new SceneModel(threeD);
    new VolumeSceneLink(planes, scene);
    editor =
        new PlanEditor(
            new LivePrediction(predictions, quickPredictions, ViewOutputs.IMAGE_PLANE, clock),
            planFiles,
            Clock.systemUTC(),
            System.getProperty("user.name", ""),
            signedProtocols);
    new PlanCaseLink(viewer, planes, editor);
    new PlanesPointer(planes, editor);
    plan = new PlanWorkspaceModel(browser, viewer, planes, scene, editor);
    new PlanSceneLink(editor, plan.iceTime(), scene);
    shell = new ShellModel(plan, ConsoleStatus.notAvailable());
  }

  /** Makes the views and shows them in {@code stage}; on the JavaFX thread. */
  public WorkstationWindow showIn(Stage stage) {
    FileDialogs dialogs = new FileDialogs();
    Runnable openFiles = () -> open(dialogs.chooseFiles(stage));
    Runnable openFolder = () -> open(dialogs.chooseFolder(stage));
    viewerView = new ImageViewerView(viewer);
    browserView = new StudyBrowserView(plan, openFiles, openFolder);
    sceneView = new SceneView(scene);
    planesView = new PlanesView(planes, sceneView.node());
    planView = new PlanWorkspaceView(plan, browserView, viewerView, planesView);
    window = new WorkstationWindow(shell, planView, openFiles, openFolder, this::open);
    stage.setTitle(shell.title());
    stage.setScene(window.scene());
    stage.show();
    return window;
  }

  /** Opens files, folders or DICOMDIRs (the first series is shown once they are loaded). */
  public void open(List<Path> paths) {
    if (!paths.isEmpty()) {
      browser.open(paths.stream().map(p -> p.toAbsolutePath().normalize()).toList());
    }
  }

  /** Says in the window that nothing is open and how to open something. */
  public void showNoCase() {
    browser.setIdleMessage(NO_SAMPLE_CASE);
    viewer.clear(NO_SAMPLE_CASE);
  }

  /**
   * Whether the window shows what was asked for: loads and thumbnails done, the image decoded, and
   * the views have drawn the latest state. On the JavaFX thread.
   */
  public boolean settled() {
    if (!plan.settled() || viewerView == null) {
      return false;
    }
    var s = viewer.snapshot();
    boolean frameDrawn =
        s.displayed() == null
            || !s.frameProblem().isEmpty()
            || s.displayed().key().equals(viewerView.drawnKey());
    return frameDrawn
        && viewerView.upToDate()
        && browserView.upToDate()
        && planesView.upToDate()
        && sceneView.upToDate()
        && planView.upToDate()
        && planView.drawn() == plan.display();
  }

  public ShellModel shell() {
    return shell;
  }

  public PlanWorkspaceModel plan() {
    return plan;
  }

  public StudyBrowserModel browser() {
    return browser;
  }

  public ViewerModel viewer() {
    return viewer;
  }

  public PlanesModel planes() {
    return planes;
  }

  /** The case's plan as the Plan workspace edits it. */
  public PlanEditor editor() {
    return editor;
  }

  /**
   * The signed protocols the Plan workspace hands over; the Console workspace reads them here when
   * it is built.
   */
  public SignedProtocolSource signedProtocols() {
    return signedProtocols;
  }

  public SceneModel scene() {
    return scene;
  }

  public SceneView sceneView() {
    return sceneView;
  }

  /** The plane views, for a later layer's overlays; null until the window is shown. */
  public PlanesView planesView() {
    return planesView;
  }

  /** The Plan workspace's view; null until the window is shown. */
  public PlanWorkspaceView planView() {
    return planView;
  }

  public ImageViewerView viewerView() {
    return viewerView;
  }

  public WorkstationWindow window() {
    return window;
  }

  public FrameCache frameCache() {
    return frameCache;
  }

  @Override
  public void close() {
    loading.shutdownNow();
    opening.shutdownNow();
    thumbnails.shutdownNow();
    volumes.shutdownNow();
    planFiles.shutdownNow();
    predictions.close();
    quickPredictions.close();
    planeRenderer.close();
    scene.close();
    pipeline.close();
    frameCache.close();
  }
}
