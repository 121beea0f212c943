package org.cryows.ui.shell.view;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cryows.ui.shell.model.Workspace;

/** A workspace that does not exist yet: its role, and plainly that it is not available. */
final class UnavailableWorkspaceView {
  private final VBox root;

  UnavailableWorkspaceView(Workspace workspace) {
    Label heading = new Label(workspace.title() + " workspace");
    heading.getStyleClass().add("workspace-heading");
    Label purpose = new Label(workspace.purpose());
    purpose.setWrapText(true);
    Label notAvailable = new Label(workspace.notAvailable());
    notAvailable.setWrapText(true);
    notAvailable.getStyleClass().add("workspace-not-available");
    notAvailable.setId(workspace.id() + "-not-available");
    root = new VBox(12, heading, purpose, notAvailable);
    root.getStyleClass().add("workspace");
    root.setPadding(new Insets(24));
  }

  Region node() {
    return root;
  }
}
