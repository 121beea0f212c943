package org.cryows.ui.shell.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cryows.ui.shell.model.ShellModel;
import org.cryows.ui.shell.model.Shortcut;
import org.cryows.ui.shell.model.Shortcuts;

/**
 * The shortcut sheet, drawn over the window rather than in a dialog (so it can never hide an alarm
 * behind a modal window): what works now, and what comes with a later workspace.
 */
final class ShortcutSheetView {
  private final StackPane root;

  ShortcutSheetView(ShellModel shell) {
    VBox panel = new VBox(10);
    panel.getStyleClass().add("shortcut-sheet");
    panel.setPadding(new Insets(20));
    panel.setMaxWidth(900);
    panel.setMaxHeight(Region.USE_PREF_SIZE);
    Label title = new Label("Keyboard and mouse");
    title.getStyleClass().add("workspace-heading");
    panel.getChildren().addAll(title, table(Shortcuts.KEYBOARD, true), mouseTables());
    List<Shortcut> coming = Shortcuts.KEYBOARD.stream().filter(s -> !s.works()).toList();
    if (!coming.isEmpty()) {
      panel.getChildren().addAll(sub("Not working yet"), table(coming, false));
    }
    Button close = new Button("Close (Escape)");
    close.setId("shortcut-sheet-close");
    close.setOnAction(e -> shell.showShortcutSheet(false));
    panel.getChildren().add(close);
    root = new StackPane(panel);
    root.getStyleClass().add("shortcut-sheet-backdrop");
    root.setId("shortcut-sheet");
    StackPane.setAlignment(panel, Pos.CENTER);
  }

  /** The mouse on the image, the planes and the 3-D view, side by side. */
  private static javafx.scene.layout.HBox mouseTables() {
    javafx.scene.layout.HBox tables =
        new javafx.scene.layout.HBox(
            24,
            new VBox(4, sub("Mouse on the image"), table(Shortcuts.MOUSE, true)),
            new VBox(4, sub("Mouse on the planes"), table(Shortcuts.MOUSE_PLANES, true)),
            new VBox(4, sub("Mouse in 3-D"), table(Shortcuts.MOUSE_3D, true)));
    for (javafx.scene.Node n : tables.getChildren()) {
      javafx.scene.layout.HBox.setHgrow(n, javafx.scene.layout.Priority.ALWAYS);
      ((VBox) n).setPrefWidth(250);
    }
    return tables;
  }

  private static Label sub(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("shortcut-sheet-section");
    return label;
  }

  private static GridPane table(List<Shortcut> shortcuts, boolean working) {
    GridPane grid = new GridPane();
    grid.setHgap(24);
    grid.setVgap(4);
    int row = 0;
    for (Shortcut s : shortcuts) {
      if (s.works() != working) {
        continue;
      }
      Label keys = new Label(s.keys());
      keys.getStyleClass().add("shortcut-keys");
      String action = working ? s.action() : s.action() + " (comes with " + s.comingWith() + ")";
      Label what = new Label(action);
      what.setWrapText(true);
      grid.addRow(row++, keys, what);
    }
    return grid;
  }

  Region node() {
    return root;
  }
}
