package org.cryows.ui.browser.view;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cryows.imaging.source.DicomTree;
import org.cryows.imaging.source.Instance;
import org.cryows.imaging.source.LoadProblem;
import org.cryows.imaging.source.Patient;
import org.cryows.imaging.source.Series;
import org.cryows.imaging.source.Study;
import org.cryows.ui.browser.model.BrowserLabels;
import org.cryows.ui.browser.model.BrowserSnapshot;
import org.cryows.ui.browser.model.SeriesPreview;
import org.cryows.ui.browser.model.StudyBrowserModel;
import org.cryows.ui.fx.FxFrames;
import org.cryows.ui.fx.FxRefresh;
import org.cryows.ui.plan.model.PlanWorkspaceModel;

/**
 * The study browser: open buttons, load progress with Cancel, the patient / study / series / file
 * tree with a thumbnail per series, and beside each file that could not be loaded, the reason. A
 * PACS tab says plainly that querying a PACS is not built.
 */
public final class StudyBrowserView {

  /** A row of the tree: a patient, study, series, file, or a file that was not loaded. */
  private record Row(Object value, Series series) {}

  private final PlanWorkspaceModel plan;
  private final StudyBrowserModel browser;
  private final VBox root = new VBox(8);
  private final TreeView<Row> tree = new TreeView<>();
  private final ProgressBar progress = new ProgressBar();
  private final Label progressText = new Label();
  private final Button cancel = new Button("Cancel");
  private final HBox progressRow;
  private final Label outcome = new Label();
  private final Map<String, WritableImage> thumbnails = new HashMap<>();
  private DicomTree shownTree;
  private Map<String, SeriesPreview> shownPreviews = Map.of();
  private long drawnVersion = -1;
  private boolean selecting;

  public StudyBrowserView(PlanWorkspaceModel plan, Runnable openFiles, Runnable openFolder) {
    this.plan = plan;
    this.browser = plan.browser();
    Label heading = new Label("Studies");
    heading.getStyleClass().add("panel-heading");
    Button files = new Button("Open files…");
    files.setId("open-files");
    files.setOnAction(e -> openFiles.run());
    files.setTooltip(new Tooltip("DICOM files or a DICOMDIR (Ctrl+O); or drop them on the window"));
    Button folder = new Button("Open folder…");
    folder.setId("open-folder");
    folder.setOnAction(e -> openFolder.run());
    folder.setTooltip(new Tooltip("Every DICOM file under a folder (Ctrl+Shift+O)"));
    HBox buttons = new HBox(8, files, folder);

    progress.setId("load-progress");
    progress.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(progress, Priority.ALWAYS);
    cancel.setId("load-cancel");
    cancel.setOnAction(e -> browser.cancel());
    progressText.setId("load-progress-text");
    progressText.setWrapText(true);
    progressRow = new HBox(8, progress, cancel);
    VBox progressBox = new VBox(4, progressRow, progressText);

    outcome.setId("browser-outcome");
    outcome.setWrapText(true);
    outcome.getStyleClass().add("browser-outcome");

    tree.setId("study-tree");
    tree.setShowRoot(false);
    tree.setCellFactory(v -> new RowCell());
    tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> selected(b));
    VBox.setVgrow(tree, Priority.ALWAYS);

    VBox local = new VBox(8, buttons, progressBox, outcome, tree);
    local.setPadding(new Insets(8));
    progressBox.visibleProperty().bind(cancel.visibleProperty());
    progressBox.managedProperty().bind(cancel.visibleProperty());

    Label pacs =
        new Label(
            "Querying and retrieving from a PACS is not built yet. Images reach this workstation"
                + " from files, folders or a DICOMDIR (Local tab).");
    pacs.setId("pacs-not-available");
    pacs.setWrapText(true);
    VBox pacsBox = new VBox(pacs);
    pacsBox.setPadding(new Insets(12));
    Tab localTab = new Tab("Local", local);
    localTab.setId("browser-local");
    Tab pacsTab = new Tab("PACS (not built)", pacsBox);
    pacsTab.setId("browser-pacs");
    TabPane tabs = new TabPane(localTab, pacsTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(tabs, Priority.ALWAYS);

    root.getChildren().addAll(heading, tabs);
    root.setPadding(new Insets(8, 0, 0, 8));
    root.getStyleClass().add("study-browser");
    root.setMinWidth(240);

    FxRefresh refresh = new FxRefresh(this::redraw);
    browser.addListener(refresh);
    plan.addListener(refresh);
    redraw();
  }

  public Region node() {
    return root;
  }

  public boolean upToDate() {
    return drawnVersion == browser.snapshot().version();
  }

  private void redraw() {
    BrowserSnapshot s = browser.snapshot();
    drawnVersion = s.version();
    boolean loading = s.isLoading();
    cancel.setVisible(loading);
    if (loading) {
      double fraction = s.loading().fraction();
      progress.setProgress(fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : fraction);
      progressText.setText(s.loading().describe());
    }
    outcome.setText(s.outcome());
    if (s.tree() != shownTree) {
      shownTree = s.tree();
      thumbnails.clear();
      shownPreviews = s.previews();
      rebuild(s.tree());
    } else if (!s.previews().equals(shownPreviews)) {
      shownPreviews = s.previews();
      tree.refresh();
    }
    selectFromModel();
  }

  private void rebuild(DicomTree loaded) {
    TreeItem<Row> top = new TreeItem<>(new Row("root", null));
    if (loaded != null) {
      for (Patient patient : loaded.patients()) {
        TreeItem<Row> p = new TreeItem<>(new Row(patient, null));
        p.setExpanded(true);
        for (Study study : patient.studies()) {
          TreeItem<Row> st = new TreeItem<>(new Row(study, null));
          st.setExpanded(true);
          for (Series series : study.series()) {
            TreeItem<Row> se = new TreeItem<>(new Row(series, series));
            for (Instance instance : series.instances()) {
              se.getChildren().add(new TreeItem<>(new Row(instance, series)));
            }
            st.getChildren().add(se);
          }
          p.getChildren().add(st);
        }
        top.getChildren().add(p);
      }
      List<LoadProblem> notLoaded =
          loaded.problems().stream()
              .filter(pr -> loaded.instances().noneMatch(i -> i.path().equals(pr.path())))
              .toList();
      if (!notLoaded.isEmpty()) {
        TreeItem<Row> problems =
            new TreeItem<>(
                new Row(
                    "Not loaded: "
                        + notLoaded.size()
                        + (notLoaded.size() == 1 ? " file" : " files"),
                    null));
        problems.setExpanded(true);
        for (LoadProblem problem : notLoaded) {
          problems.getChildren().add(new TreeItem<>(new Row(problem, null)));
        }
        top.getChildren().add(problems);
      }
    }
    selecting = true;
    try {
      tree.setRoot(top);
    } finally {
      selecting = false;
    }
  }

  private void selectFromModel() {
    Series series = plan.selectedSeries().orElse(null);
    Instance instance = plan.selectedInstance().orElse(null);
    TreeItem<Row> target = find(tree.getRoot(), instance != null ? instance : series);
    if (target != null && tree.getSelectionModel().getSelectedItem() != target) {
      selecting = true;
      try {
        tree.getSelectionModel().select(target);
      } finally {
        selecting = false;
      }
    }
  }

  private static TreeItem<Row> find(TreeItem<Row> item, Object value) {
    if (item == null || value == null) {
      return null;
    }
    if (item.getValue() != null && item.getValue().value() == value) {
      return item;
    }
    for (TreeItem<Row> child : item.getChildren()) {
      TreeItem<Row> found = find(child, value);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private void selected(TreeItem<Row> item) {
    if (selecting || item == null) {
      return;
    }
    Row row = item.getValue();
    if (row.value() instanceof Series series) {
      plan.selectSeries(series);
    } else if (row.value() instanceof Instance instance) {
      plan.selectInstance(row.series(), instance);
    }
  }

  private List<LoadProblem> problemsOf(Path file) {
    return shownTree == null
        ? List.of()
        : shownTree.problems().stream().filter(p -> p.path().equals(file)).toList();
  }

  private final class RowCell extends TreeCell<Row> {
    RowCell() {
      // Long names and reasons wrap within the panel instead of running off to the right.
      setWrapText(true);
      prefWidthProperty().bind(tree.widthProperty().subtract(24));
    }

    @Override
    protected void updateItem(Row row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().removeAll("tree-problem", "tree-series");
      setTooltip(null);
      if (empty || row == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      setGraphic(null);
      switch (row.value()) {
        case Patient p -> setText(BrowserLabels.patient(p));
        case Study s -> setText(BrowserLabels.study(s));
        case Series s -> series(s);
        case Instance i -> instance(i);
        case LoadProblem pr -> {
          setText(name(pr.path()) + ": " + pr.reason());
          setTooltip(new Tooltip(pr.path() + "\n" + pr.reason()));
          getStyleClass().add("tree-problem");
        }
        default -> setText(String.valueOf(row.value()));
      }
    }

    private void series(Series s) {
      long doubtful = s.instances().stream().filter(i -> !problemsOf(i.path()).isEmpty()).count();
      if (doubtful > 0) {
        // The reasons are beside each file, one level down.
        setText(
            BrowserLabels.series(s)
                + "\n"
                + "problems: "
                + doubtful
                + (doubtful == 1 ? " file" : " files"));
        getStyleClass().add("tree-problem");
      } else {
        setText(BrowserLabels.series(s));
      }
      getStyleClass().add("tree-series");
      SeriesPreview preview = shownPreviews.get(s.seriesInstanceUid());
      switch (preview) {
        case SeriesPreview.Ready ready -> {
          WritableImage image =
              thumbnails.computeIfAbsent(
                  s.seriesInstanceUid(), uid -> FxFrames.write(ready.thumbnail(), null));
          setGraphic(new ImageView(image));
        }
        case SeriesPreview.Unavailable none -> {
          Label label = new Label("no preview");
          label.getStyleClass().add("tree-problem");
          setGraphic(label);
          setTooltip(new Tooltip("No preview: " + none.reason()));
        }
        case SeriesPreview.Pending pending -> setGraphic(new Label("…"));
        case null -> {}
      }
    }

    private void instance(Instance i) {
      List<LoadProblem> problems = problemsOf(i.path());
      String text = BrowserLabels.instance(i);
      if (!problems.isEmpty()) {
        text += ": " + String.join("; ", problems.stream().map(LoadProblem::reason).toList());
        getStyleClass().add("tree-problem");
      }
      setText(text);
      setTooltip(new Tooltip(i.path().toString()));
    }
  }

  private static String name(Path path) {
    return path.getFileName() == null ? path.toString() : path.getFileName().toString();
  }
}
