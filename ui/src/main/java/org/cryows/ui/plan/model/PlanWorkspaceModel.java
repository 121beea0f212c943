package org.cryows.ui.plan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cryows.imaging.source.DicomTree;
import org.cryows.imaging.source.Instance;
import org.cryows.imaging.source.Series;
import org.cryows.ui.browser.model.BrowserSnapshot;
import org.cryows.ui.browser.model.CaseDescription;
import org.cryows.ui.browser.model.StudyBrowserModel;
import org.cryows.ui.model.ChangeListeners;
import org.cryows.ui.planes.model.PlaneKind;
import org.cryows.ui.planes.model.PlanesModel;
import org.cryows.ui.planes.model.PlanesSnapshot;
import org.cryows.ui.planes.model.SeriesVolumes;
import org.cryows.ui.scene.model.SceneModel;
import org.cryows.ui.scene.model.SceneSnapshot;
import org.cryows.ui.viewer.model.ImageStack;
import org.cryows.ui.viewer.model.ViewerModel;

/**
 * The Plan workspace as it stands: the study browser beside either the 2-D viewer or, for a CT or
 * MR volume, its planes and the 3-D view. When a load finishes, its first series is shown; choosing
 * a series or a file in the browser shows it. A volume series opens in planes; the user can switch
 * to its images and back. A series whose volume cannot be built shows its images, and the reason.
 * An ultrasound image with a calibrated region, or a CT or MR series in its planes, is planned on
 * ({@link PlanEditor}): its nerve, vessels, skin and bone marked, probes placed, the ice ball and
 * the checks following them.
 */
public final class PlanWorkspaceModel {

  private final StudyBrowserModel browser;
  private final ViewerModel viewer;
  private final PlanesModel planes;
  private final SceneModel scene;
  private final PlanEditor editor;
  private final IceTime iceTime = new IceTime();
  private final ChangeListeners listeners = new ChangeListeners();

  private DicomTree shownTree;
  private Series selectedSeries;
  private Instance selectedInstance;
  private PlanDisplay chosen = PlanDisplay.IMAGES;
  private PlanesSnapshot.State planesState = PlanesSnapshot.State.EMPTY;

  public PlanWorkspaceModel(
      StudyBrowserModel browser,
      ViewerModel viewer,
      PlanesModel planes,
      SceneModel scene,
      PlanEditor editor) {
    this.browser = browser;
    this.viewer = viewer;
    this.planes = planes;
    this.scene = scene;
    this.editor = editor;
    browser.addListener(this::browserChanged);
    planes.addListener(this::planesChanged);
  }

  public PlanesModel planes() {
    return planes;
  }

  public SceneModel scene() {
    return scene;
  }

  /** The case's plan: marks, probes, the ice ball, checks, signing. */
  public PlanEditor editor() {
    return editor;
  }

  /** The time through the protocol at which the views show the ice ball. */
  public IceTime iceTime() {
    return iceTime;
  }

  public StudyBrowserModel browser() {
    return browser;
  }

  public ViewerModel viewer() {
    return viewer;
  }

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  private void browserChanged() {
    BrowserSnapshot snapshot = browser.snapshot();
    DicomTree tree = snapshot.tree();
    Series first;
    synchronized (this) {
      if (tree == null || tree == shownTree) {
        return;
      }
      shownTree = tree;
      first = tree.series().filter(s -> !s.instances().isEmpty()).findFirst().orElse(null);
      selectedSeries = first;
      selectedInstance = null;
    }
    showVolumeOf(first);
    if (first == null) {
      viewer.clear(
          tree.problems().isEmpty()
              ? "The opened files hold no images."
              : "None of the opened files holds an image this workstation can show: the study"
                  + " browser lists each file with the reason.");
    } else {
      viewer.show(ImageStack.of(first, null));
    }
    listeners.fire();
  }

  /** Shows {@code series} from its first image (its first multi-frame file). */
  public void selectSeries(Series series) {
    synchronized (this) {
      if (series == selectedSeries && selectedInstance == null) {
        return;
      }
      selectedSeries = series;
      selectedInstance = null;
    }
    showVolumeOf(series);
    viewer.show(ImageStack.of(series, null));
    listeners.fire();
  }

  /** Shows {@code instance} of {@code series}: its frames, or the series' images from it. */
  public void selectInstance(Series series, Instance instance) {
    synchronized (this) {
      if (series == selectedSeries && instance == selectedInstance) {
        return;
      }
      selectedSeries = series;
      selectedInstance = instance;
    }
    showVolumeOf(series);
    viewer.show(ImageStack.of(series, instance));
    listeners.fire();
  }

  /** A volume series opens in planes (its volume loads); any other shows its images. */
  private void showVolumeOf(Series series) {
    boolean volume = series != null && SeriesVolumes.candidate(series);
    if (volume) {
      planes.show(series);
    } else {
      planes.clear();
    }
    synchronized (this) {
      chosen = volume ? PlanDisplay.PLANES : PlanDisplay.IMAGES;
    }
  }

  private void planesChanged() {
    // Only the load's state (loading, shown, failed) changes what is displayed, not each crosshair
    // move or picture.
    PlanesSnapshot.State state = planes.state();
    synchronized (this) {
      if (state == planesState) {
        return;
      }
      planesState = state;
    }
    listeners.fire();
  }

  /** Whether the selected series can be shown in planes (its volume loading or shown). */
  public boolean planesOffered() {
    PlanesSnapshot.State state = planes.state();
    return state == PlanesSnapshot.State.LOADING || state == PlanesSnapshot.State.SHOWN;
  }

  /**
   * Why the selected series is not shown in planes, when it is a CT or MR series whose volume could
   * not be built; empty otherwise.
   */
  public String planesRefusal() {
    return planes.state() == PlanesSnapshot.State.FAILED ? planes.message() : "";
  }

  /** Shows the images or the planes (the planes only when the series has a volume). */
  public void choose(PlanDisplay display) {
    synchronized (this) {
      if (chosen == display) {
        return;
      }
      chosen = display;
    }
    listeners.fire();
  }

  /** What is displayed beside the browser: the planes when chosen and the volume has not failed. */
  public PlanDisplay display() {
    PlanDisplay wanted;
    synchronized (this) {
      wanted = chosen;
    }
    return wanted == PlanDisplay.PLANES && planesOffered()
        ? PlanDisplay.PLANES
        : PlanDisplay.IMAGES;
  }

  /**
   * The names of the views shown: "image" for the 2-D viewer; "axial", "coronal", "sagittal",
   * "oblique" and, when 3-D is available, "3d" for a volume.
   */
  public List<String> viewNames() {
    if (display() == PlanDisplay.IMAGES) {
      return List.of("image");
    }
    List<String> names = new ArrayList<>();
    for (PlaneKind kind : PlaneKind.values()) {
      names.add(kind.id());
    }
    if (scene.snapshot().availability() == SceneSnapshot.Availability.AVAILABLE) {
      names.add("3d");
    }
    return names;
  }

  public synchronized Optional<Series> selectedSeries() {
    return Optional.ofNullable(selectedSeries);
  }

  public synchronized Optional<Instance> selectedInstance() {
    return Optional.ofNullable(selectedInstance);
  }

  /** The header's case label, or empty when nothing is loaded. */
  public Optional<String> caseLabel() {
    return Optional.ofNullable(CaseDescription.of(browser.snapshot().tree()));
  }

  /**
   * Nothing under way: loads, thumbnails, the image asked for and its frame, the volume and its
   * planes, the 3-D picture.
   */
  public boolean settled() {
    return browser.snapshot().settled()
        && viewer.settled()
        && planes.settled()
        && scene.settled()
        && editor.settled()
        && followsBrowser();
  }

  private synchronized boolean followsBrowser() {
    return browser.snapshot().tree() == shownTree;
  }
}
