package org.cryows.ui.plan.model;

import java.util.Optional;
import org.cryows.imaging.source.DicomTree;
import org.cryows.imaging.source.Instance;
import org.cryows.imaging.source.Series;
import org.cryows.ui.browser.model.BrowserSnapshot;
import org.cryows.ui.browser.model.CaseDescription;
import org.cryows.ui.browser.model.StudyBrowserModel;
import org.cryows.ui.model.ChangeListeners;
import org.cryows.ui.viewer.model.ImageStack;
import org.cryows.ui.viewer.model.ViewerModel;

/**
 * The Plan workspace as it stands: the study browser beside the 2-D viewer. When a load finishes,
 * its first series is shown; choosing a series or a file in the browser shows it. Planning itself
 * (targets, probes, predictions) grows here later.
 */
public final class PlanWorkspaceModel {

  private final StudyBrowserModel browser;
  private final ViewerModel viewer;
  private final ChangeListeners listeners = new ChangeListeners();

  private DicomTree shownTree;
  private Series selectedSeries;
  private Instance selectedInstance;

  public PlanWorkspaceModel(StudyBrowserModel browser, ViewerModel viewer) {
    this.browser = browser;
    this.viewer = viewer;
    browser.addListener(this::browserChanged);
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
    viewer.show(ImageStack.of(series, instance));
    listeners.fire();
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

  /** Nothing under way: loads, thumbnails, the image asked for and its frame. */
  public boolean settled() {
    return browser.snapshot().settled() && viewer.settled() && followsBrowser();
  }

  private synchronized boolean followsBrowser() {
    return browser.snapshot().tree() == shownTree;
  }
}
