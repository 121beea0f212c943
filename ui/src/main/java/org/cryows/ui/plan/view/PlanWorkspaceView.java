package org.cryows.ui.plan.view;

import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.cryows.ui.browser.view.StudyBrowserView;
import org.cryows.ui.viewer.view.ImageViewerView;

/** The Plan workspace: the study browser on the left, the 2-D viewer filling the rest. */
public final class PlanWorkspaceView {
  private final SplitPane split;

  public PlanWorkspaceView(StudyBrowserView browser, ImageViewerView viewer) {
    split = new SplitPane(browser.node(), viewer.node());
    split.setDividerPositions(0.25);
    SplitPane.setResizableWithParent(browser.node(), false);
    split.setId("plan-workspace");
  }

  public Region node() {
    return split;
  }
}
