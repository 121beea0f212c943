package org.cryows.ui.shell.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.cryows.ui.browser.model.BrowserSnapshot;
import org.cryows.ui.fx.FxRefresh;
import org.cryows.ui.plan.model.PlanDisplay;
import org.cryows.ui.plan.view.PlanWorkspaceView;
import org.cryows.ui.planes.model.PlanesModel;
import org.cryows.ui.shell.model.ShellModel;
import org.cryows.ui.shell.model.Workspace;
import org.cryows.ui.viewer.model.ViewerModel;
import org.cryows.ui.viewer.model.ViewerSnapshot;

/**
 * The workstation's frame: a header with the product and the case, one tab per workspace, a status
 * bar, and the shortcut sheet over everything when asked for. Keys are handled at the scene (see
 * {@link KeyboardShortcuts}); files dropped anywhere on the window are opened.
 */
public final class WorkstationWindow {
  public static final double WIDTH = 1280;
  public static final double HEIGHT = 800;

  private final ShellModel shell;
  private final ViewerModel viewer;
  private final Scene scene;
  private final TabPane tabs = new TabPane();
  private final Label caseLabel = new Label();
  private final Label loadStatus = new Label();
  private final Label imageStatus = new Label();
  private final Label consoleStatus = new Label();
  private final ShortcutSheetView sheet;
  private boolean selectingTab;

  /**
   * @param openFiles asks the user for files (a dialog) and opens them
   * @param openFolder asks the user for a folder and opens it
   * @param open opens paths given another way (dropped on the window)
   */
  public WorkstationWindow(
      ShellModel shell,
      PlanWorkspaceView plan,
      Runnable openFiles,
      Runnable openFolder,
      Consumer<List<Path>> open) {
    this.shell = shell;
    this.viewer = shell.plan().viewer();
    this.sheet = new ShortcutSheetView(shell);
    for (Workspace workspace : Workspace.values()) {
      Region content =
          workspace == Workspace.PLAN
              ? plan.node()
              : new UnavailableWorkspaceView(workspace).node();
      Tab tab =
          new Tab(
              workspace.available() ? workspace.title() : workspace.title() + " (not available)",
              content);
      tab.setId("workspace-" + workspace.id());
      tab.setUserData(workspace);
      tabs.getTabs().add(tab);
    }
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, b) -> {
              if (!selectingTab && b != null) {
                shell.selectWorkspace((Workspace) b.getUserData());
              }
            });

    BorderPane main = new BorderPane();
    main.setTop(header());
    main.setCenter(tabs);
    main.setBottom(statusBar());
    StackPane root = new StackPane(main, sheet.node());
    scene = new Scene(root, WIDTH, HEIGHT);
    scene
        .getStylesheets()
        .add(
            WorkstationWindow.class.getResource("/org/cryows/ui/workstation.css").toExternalForm());
    KeyboardShortcuts.install(scene, commands(openFiles, openFolder));
    acceptDrops(open);

    FxRefresh refresh = new FxRefresh(this::redraw);
    shell.addListener(refresh);
    viewer.addListener(refresh);
    redraw();
  }

  public Scene scene() {
    return scene;
  }

  private KeyboardShortcuts.Commands commands(Runnable openFiles, Runnable openFolder) {
    return new KeyboardShortcuts.Commands() {
      @Override
      public void togglePlay() {
        if (inPlan() && !inPlanes()) {
          viewer.togglePlay();
        }
      }

      @Override
      public void step(int delta) {
        if (inPlanes()) {
          shell.plan().planes().step(delta);
        } else if (inPlan()) {
          viewer.step(delta);
        }
      }

      @Override
      public void page(int delta) {
        step(delta);
      }

      @Override
      public void turnOblique(int direction) {
        if (inPlanes()) {
          shell.plan().planes().rotateOblique(direction * PlanesModel.OBLIQUE_KEY_DEGREES);
        }
      }

      @Override
      public void reset() {
        if (inPlanes()) {
          shell.plan().planes().reset();
          shell.plan().scene().resetView();
        }
      }

      @Override
      public void showWorkspace(Workspace workspace) {
        shell.selectWorkspace(workspace);
      }

      @Override
      public void openFiles() {
        openFiles.run();
      }

      @Override
      public void openFolder() {
        openFolder.run();
      }

      @Override
      public void fit() {
        if (inPlanes()) {
          shell.plan().planes().fit();
        } else if (inPlan()) {
          viewer.fit();
        }
      }

      @Override
      public void escape() {
        if (shell.shortcutSheetShown()) {
          shell.showShortcutSheet(false);
        } else {
          viewer.cancelGesture();
          shell.plan().planes().cancelGesture();
        }
      }

      @Override
      public void toggleShortcutSheet() {
        shell.showShortcutSheet(!shell.shortcutSheetShown());
      }

      private boolean inPlan() {
        return shell.workspace() == Workspace.PLAN && !shell.shortcutSheetShown();
      }

      private boolean inPlanes() {
        return inPlan() && shell.plan().display() == PlanDisplay.PLANES;
      }
    };
  }

  private void acceptDrops(Consumer<List<Path>> open) {
    scene.addEventFilter(
        DragEvent.DRAG_OVER,
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
          }
        });
    scene.addEventFilter(
        DragEvent.DRAG_DROPPED,
        e -> {
          boolean done = e.getDragboard().hasFiles();
          if (done) {
            open.accept(e.getDragboard().getFiles().stream().map(File::toPath).toList());
          }
          e.setDropCompleted(done);
          e.consume();
        });
  }

  private Region header() {
    Label title = new Label(ShellModel.PRODUCT);
    title.getStyleClass().add("product-title");
    caseLabel.setId("case-label");
    caseLabel.getStyleClass().add("case-label");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button help = new Button("Shortcuts (F1)");
    help.setId("show-shortcuts");
    help.setOnAction(e -> shell.showShortcutSheet(!shell.shortcutSheetShown()));
    help.setTooltip(new Tooltip("Keyboard and mouse shortcuts (F1 or ?)"));
    // The product name and the shortcuts button keep their full width; a long case label is the
    // one that gives way (ellipsis, whole text in its tooltip).
    title.setMinWidth(Region.USE_PREF_SIZE);
    help.setMinWidth(Region.USE_PREF_SIZE);
    caseLabel.setMinWidth(0);
    caseLabel
        .tooltipProperty()
        .bind(caseLabel.textProperty().map(text -> text.isBlank() ? null : new Tooltip(text)));
    HBox header = new HBox(16, title, spacer, caseLabel, help);
    header.getStyleClass().add("header");
    header.setPadding(new Insets(8, 16, 8, 16));
    return header;
  }

  private Region statusBar() {
    loadStatus.setId("status-load");
    imageStatus.setId("status-image");
    consoleStatus.setId("status-console");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(24, loadStatus, imageStatus, spacer, consoleStatus);
    bar.getStyleClass().add("status-bar");
    bar.setPadding(new Insets(4, 16, 4, 16));
    return bar;
  }

  private void redraw() {
    caseLabel.setText(shell.caseLabel());
    if (scene.getWindow() instanceof javafx.stage.Stage stage) {
      stage.setTitle(shell.title());
    }
    Workspace workspace = shell.workspace();
    Tab front =
        tabs.getTabs().stream().filter(t -> t.getUserData() == workspace).findFirst().orElseThrow();
    if (tabs.getSelectionModel().getSelectedItem() != front) {
      selectingTab = true;
      try {
        tabs.getSelectionModel().select(front);
      } finally {
        selectingTab = false;
      }
    }
    sheet.node().setVisible(shell.shortcutSheetShown());
    BrowserSnapshot browser = shell.plan().browser().snapshot();
    loadStatus.setText(
        browser.isLoading()
            ? browser.loading().describe()
            : browser.tree() == null ? "Nothing loaded" : browser.outcome());
    imageStatus.setText(
        shell.plan().display() == PlanDisplay.PLANES
            ? planesStatus(shell.plan().planes())
            : imageStatus(viewer.snapshot()));
    consoleStatus.setText(shell.console().describe());
  }

  /** The volume in the planes ("CT 320 x 320 x 120 voxels of ..."), or its load's progress. */
  private static String planesStatus(PlanesModel planes) {
    return planes.loaded().map(v -> "Volume: " + v.description()).orElse(planes.message());
  }

  private static String imageStatus(ViewerSnapshot s) {
    return switch (s.state()) {
      case EMPTY -> "";
      case OPENING, FAILED -> s.message();
      // While a cine plays its frame number is on the image; the status bar stays still.
      case SHOWING ->
          s.cine().playing()
              ? "Cine playing"
              : s.frames() > 1
                  ? "Frame " + (s.frame() + 1) + " of " + s.frames()
                  : "Image " + (s.position() + 1) + " of " + s.positions();
    };
  }

  /** The status bar's texts, for tests: load, image, console. */
  public List<String> statusTexts() {
    return List.of(loadStatus.getText(), imageStatus.getText(), consoleStatus.getText());
  }
}
