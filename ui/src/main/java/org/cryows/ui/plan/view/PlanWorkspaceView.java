package org.cryows.ui.plan.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.cryows.ui.browser.view.StudyBrowserView;
import org.cryows.ui.fx.FxRefresh;
import org.cryows.ui.plan.model.PlanDisplay;
import org.cryows.ui.plan.model.PlanWorkspaceModel;
import org.cryows.ui.planes.view.PlanesView;
import org.cryows.ui.viewer.view.ImageViewerView;

/**
 * The Plan workspace: the study browser on the left; beside it the 2-D viewer or a volume's planes
 * and 3-D view, with a switch between them over both (the planes only for a series that has a
 * volume; when its volume cannot be built, the switch says why).
 */
public final class PlanWorkspaceView {
  private final PlanWorkspaceModel plan;
  private final SplitPane split;
  private final Region images;
  private final Region planesNode;
  private final ToggleButton showImages = new ToggleButton("Images");
  private final ToggleButton showPlanes = new ToggleButton("Planes and 3-D");
  private final Label note = new Label();
  private final HBox bar;
  private final PlanOverlay overlay;
  private final PlanPlanesOverlay planesOverlay;
  private final PlanPanel panel;
  private boolean selecting;
  private boolean narrowBrowser;
  private PlanDisplay drawn;

  /** The study browser's share of the width beside the image and its plan. */
  static final double BROWSER = 0.25;

  /** Its share beside a volume's planes and the plan's panel. */
  static final double NARROW_BROWSER = 0.17;

  public PlanWorkspaceView(
      PlanWorkspaceModel plan,
      StudyBrowserView browser,
      ImageViewerView viewer,
      PlanesView planes) {
    this.plan = plan;
    this.images = viewer.node();
    this.planesNode = planes.node();
    ToggleGroup group = new ToggleGroup();
    showImages.setToggleGroup(group);
    showPlanes.setToggleGroup(group);
    showImages.setId("plan-display-images");
    showPlanes.setId("plan-display-planes");
    showImages.setTooltip(new Tooltip("The series' images as stored, with measurement tools"));
    showPlanes.setTooltip(
        new Tooltip("Axial, coronal, sagittal and oblique planes of the volume, and 3-D"));
    showImages.setFocusTraversable(false);
    showPlanes.setFocusTraversable(false);
    showImages.setMinWidth(Region.USE_PREF_SIZE);
    showPlanes.setMinWidth(Region.USE_PREF_SIZE);
    group
        .selectedToggleProperty()
        .addListener(
            (o, was, now) -> {
              if (selecting) {
                return;
              }
              if (now == null) {
                // A toggle group lets its selected button be pressed off: keep one chosen.
                redraw();
              } else {
                plan.choose(now == showPlanes ? PlanDisplay.PLANES : PlanDisplay.IMAGES);
              }
            });
    note.setId("plan-display-note");
    note.getStyleClass().add("viewer-problem");
    note.setMinWidth(0);
    note.tooltipProperty().bind(note.textProperty().map(t -> t.isBlank() ? null : new Tooltip(t)));
    bar = new HBox(8, showImages, showPlanes, note);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 4, 8));
    bar.getStyleClass().add("plan-display-bar");

    overlay =
        new PlanOverlay(
            plan.editor(),
            plan.iceTime(),
            plan.viewer(),
            viewer.imageLayer(),
            viewer.bottomTextsTop());
    planesOverlay = new PlanPlanesOverlay(plan.editor(), plan.iceTime(), planes);
    panel = new PlanPanel(plan.editor(), plan.iceTime());
    BorderPane display = new BorderPane();
    display.setTop(bar);
    display.setCenter(new StackPane(images, planesNode));
    display.setRight(panel.node());
    split = new SplitPane(browser.node(), display);
    split.setDividerPositions(BROWSER);
    SplitPane.setResizableWithParent(browser.node(), false);
    split.setId("plan-workspace");
    FxRefresh refresh = new FxRefresh(this::redraw);
    plan.addListener(refresh);
    // The panel shows while a case is open: an ultrasound image's, or a series' over its planes.
    plan.editor().addListener(refresh);
    redraw();
  }

  public Region node() {
    return split;
  }

  /** System.nanoTime() when the ice ball's isotherms were first drawn over the image, 0 before. */
  public long firstIceNanos() {
    return overlay.firstIceNanos();
  }

  /** Whether the plan's drawing and panel show the latest state. */
  public boolean upToDate() {
    return overlay.upToDate() && planesOverlay.upToDate() && panel.upToDate();
  }

  /** What is on screen beside the browser now. */
  public PlanDisplay drawn() {
    return drawn;
  }

  private void redraw() {
    PlanDisplay display = plan.display();
    drawn = display;
    images.setVisible(display == PlanDisplay.IMAGES);
    boolean withPanel = display == PlanDisplay.IMAGES || plan.editor().snapshot().series() != null;
    if (panel.node().isVisible() != withPanel) {
      panel.node().setVisible(withPanel);
      panel.node().setManaged(withPanel);
    }
    boolean planesWithPanel = display == PlanDisplay.PLANES && withPanel;
    if (planesWithPanel != narrowBrowser) {
      // Four plane views and the 3-D view beside the plan's panel: the browser gives them room.
      narrowBrowser = planesWithPanel;
      split.setDividerPositions(planesWithPanel ? NARROW_BROWSER : BROWSER);
    }
    planesNode.setVisible(display == PlanDisplay.PLANES);
    selecting = true;
    try {
      showImages.setSelected(display == PlanDisplay.IMAGES);
      showPlanes.setSelected(display == PlanDisplay.PLANES);
    } finally {
      selecting = false;
    }
    showPlanes.setDisable(!plan.planesOffered());
    String refusal = plan.planesRefusal();
    note.setText(refusal);
    // Only a series with a volume (or one whose volume was refused) has anything to switch.
    boolean switchable = plan.planesOffered() || !refusal.isEmpty();
    bar.setVisible(switchable);
    bar.setManaged(switchable);
  }
}
