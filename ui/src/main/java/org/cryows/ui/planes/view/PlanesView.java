package org.cryows.ui.planes.view;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.cryows.ui.fx.FxRefresh;
import org.cryows.ui.planes.model.PlaneKind;
import org.cryows.ui.planes.model.PlanesModel;
import org.cryows.ui.planes.model.PlanesSnapshot;

/**
 * The planes of a volume on screen: a toolbar (window menu, reset, fit, turning the oblique plane),
 * axial, coronal and sagittal side by side over the oblique view and a second view given by the
 * caller (the 3-D view), and under them the crosshair's position and value, the window, and what
 * imaging reported about the volume's geometry.
 */
public final class PlanesView {
  private final PlanesModel planes;
  private final BorderPane root = new BorderPane();
  private final Map<PlaneKind, PlaneView> views = new EnumMap<>(PlaneKind.class);
  private final List<PlaneOverlay> overlays = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ComboBox<String> windows = new ComboBox<>();
  private final Label crosshair = new Label();
  private final Label windowText = new Label();
  private final Label problems = new Label();
  private List<String> shownOptions = List.of();
  private boolean choosing;
  private long drawnVersion = -1;

  /**
   * @param beside the view in the grid's last two cells (the 3-D view)
   */
  public PlanesView(PlanesModel planes, Node beside) {
    this.planes = planes;
    for (PlaneKind kind : PlaneKind.values()) {
      views.put(kind, new PlaneView(planes, kind, overlays));
    }
    GridPane grid = new GridPane();
    grid.setHgap(2);
    grid.setVgap(2);
    grid.getStyleClass().add("planes-grid");
    for (int c = 0; c < 3; c++) {
      ColumnConstraints column = new ColumnConstraints();
      column.setPercentWidth(100.0 / 3);
      column.setHgrow(Priority.ALWAYS);
      grid.getColumnConstraints().add(column);
    }
    for (int r = 0; r < 2; r++) {
      RowConstraints row = new RowConstraints();
      row.setPercentHeight(50);
      row.setVgrow(Priority.ALWAYS);
      grid.getRowConstraints().add(row);
    }
    grid.add(views.get(PlaneKind.AXIAL).node(), 0, 0);
    grid.add(views.get(PlaneKind.CORONAL).node(), 1, 0);
    grid.add(views.get(PlaneKind.SAGITTAL).node(), 2, 0);
    grid.add(views.get(PlaneKind.OBLIQUE).node(), 0, 1);
    grid.add(beside, 1, 1, 2, 1);
    for (Node n : grid.getChildren()) {
      if (n instanceof Region r) {
        r.setMinSize(0, 0);
        r.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
      }
    }

    root.setTop(toolbar());
    root.setCenter(grid);
    root.setBottom(statusLines());
    root.setId("planes");
    root.getStyleClass().add("planes");
    planes.addListener(new FxRefresh(this::redraw));
    redraw();
  }

  public Region node() {
    return root;
  }

  /** Draws {@code overlay} over every plane view from now on; on the JavaFX thread. */
  public void addOverlay(PlaneOverlay overlay) {
    overlays.add(overlay);
    overlaysChanged();
  }

  /** What an overlay draws changed: every view draws its overlays again; on the JavaFX thread. */
  public void overlaysChanged() {
    PlanesSnapshot s = planes.snapshot();
    for (PlaneView view : views.values()) {
      view.redrawOverlay(s);
    }
  }

  /** Whether the latest state of the planes is what is drawn. */
  public boolean upToDate() {
    return drawnVersion == planes.version();
  }

  private Region toolbar() {
    Label windowLabel = new Label("Window");
    windows.setId("planes-window");
    windows.setTooltip(new Tooltip("The series' own windows, CT presets, the volume's range"));
    windows
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, a, b) -> {
              if (!choosing && b.intValue() >= 0) {
                planes.chooseWindow(b.intValue());
              }
            });
    Button reset =
        button(
            "planes-reset",
            "Reset",
            "Crosshair to the centre, views fitted, oblique plane and window reset (R)");
    reset.setOnAction(e -> planes.reset());
    Button fit = button("planes-fit", "Fit", "Fit every view to the volume (F)");
    fit.setOnAction(e -> planes.fit());
    Button turnBack =
        button(
            "planes-oblique-back",
            "Oblique −" + degrees(),
            "Turn the oblique plane back about the active view's normal ([)");
    turnBack.setOnAction(e -> planes.rotateOblique(-PlanesModel.OBLIQUE_KEY_DEGREES));
    Button turnOn =
        button(
            "planes-oblique-on",
            "+" + degrees(),
            "Turn the oblique plane on about the active view's normal (])");
    turnOn.setOnAction(e -> planes.rotateOblique(PlanesModel.OBLIQUE_KEY_DEGREES));
    HBox bar = new HBox(8, windowLabel, windows, reset, fit, turnBack, turnOn);
    for (Node n : bar.getChildren()) {
      ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
    }
    // The window menu gives way first when the views share the width with a panel beside them.
    windows.setMinWidth(140);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 4, 8));
    bar.getStyleClass().add("viewer-toolbar");
    return bar;
  }

  private static String degrees() {
    return String.format(java.util.Locale.ROOT, "%.0f°", PlanesModel.OBLIQUE_KEY_DEGREES);
  }

  private static Button button(String id, String text, String tip) {
    Button b = new Button(text);
    b.setId(id);
    b.setTooltip(new Tooltip(tip));
    b.setFocusTraversable(false);
    return b;
  }

  private Region statusLines() {
    crosshair.setId("planes-crosshair");
    windowText.setId("planes-window-text");
    problems.setId("planes-problems");
    problems.getStyleClass().add("viewer-problem");
    problems.setWrapText(true);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox first = new HBox(16, crosshair, spacer, windowText);
    VBox lines = new VBox(2, first, problems);
    lines.setPadding(new Insets(4, 8, 4, 8));
    lines.getStyleClass().add("viewer-notes");
    return lines;
  }

  private void redraw() {
    PlanesSnapshot s = planes.snapshot();
    drawnVersion = s.version();
    for (PlaneView view : views.values()) {
      view.draw(s);
    }
    crosshair.setText(s.crosshairText());
    windowText.setText(s.windowText().isEmpty() ? "" : "Window " + s.windowText());
    problems.setText(String.join("\n", s.problems()));
    problems.setVisible(!s.problems().isEmpty());
    problems.setManaged(!s.problems().isEmpty());
    choosing = true;
    try {
      if (!s.windowOptions().equals(shownOptions)) {
        shownOptions = s.windowOptions();
        windows.getItems().setAll(shownOptions);
      }
      if (s.windowSelected() >= 0) {
        windows.getSelectionModel().select(s.windowSelected());
      } else {
        windows.getSelectionModel().clearSelection();
        windows.setPromptText("Dragged");
      }
    } finally {
      choosing = false;
    }
    windows.setDisable(shownOptions.isEmpty());
  }
}
