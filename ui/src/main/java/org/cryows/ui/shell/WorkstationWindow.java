package org.cryows.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The workstation's frame: a header naming the case, one workspace per role (Plan for the
 * radiologist, Console for the nurse, Replay for the trainer) and a status bar.
 */
public final class WorkstationWindow {
  static final double WIDTH = 1280;
  static final double HEIGHT = 800;

  public Scene scene() {
    var root = new BorderPane();
    root.setTop(header());
    root.setCenter(workspaces());
    root.setBottom(statusBar());
    var scene = new Scene(root, WIDTH, HEIGHT);
    scene
        .getStylesheets()
        .add(
            WorkstationWindow.class.getResource("/org/cryows/ui/workstation.css").toExternalForm());
    return scene;
  }

  private static Region header() {
    var title = new Label("Cryoneurolysis workstation");
    title.getStyleClass().add("product-title");
    var caseLabel = new Label("Case: sample knee (genicular nerves)");
    caseLabel.getStyleClass().add("case-label");
    var spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    var header = new HBox(16, title, spacer, caseLabel);
    header.getStyleClass().add("header");
    header.setPadding(new Insets(8, 16, 8, 16));
    return header;
  }

  private static Region workspaces() {
    var tabs =
        new TabPane(
            workspace(
                "Plan",
                "Radiologist: open images, mark the target nerve, place probes and review the"
                    + " predicted ice ball."),
            workspace(
                "Console",
                "Nurse: self-test, freeze and thaw cycles, live tip temperature and gas pressure,"
                    + " alarms."),
            workspace(
                "Replay",
                "Trainer: replay a recorded case on a timeline and run training scenarios."));
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    return tabs;
  }

  private static Tab workspace(String name, String purpose) {
    var heading = new Label(name + " workspace");
    heading.getStyleClass().add("workspace-heading");
    var description = new Label(purpose);
    description.setWrapText(true);
    var content = new VBox(12, heading, description);
    content.getStyleClass().add("workspace");
    content.setPadding(new Insets(24));
    var tab = new Tab(name, content);
    tab.setId("workspace-" + name.toLowerCase(java.util.Locale.ROOT));
    return tab;
  }

  private static Region statusBar() {
    var console = new Label("Console: simulated, not connected");
    var bar = new HBox(24, console);
    bar.getStyleClass().add("status-bar");
    bar.setPadding(new Insets(4, 16, 4, 16));
    return bar;
  }
}
