package org.cryows.ui.shell.model;

import org.cryows.ui.console.model.ConsoleStatus;
import org.cryows.ui.model.ChangeListeners;
import org.cryows.ui.plan.model.PlanWorkspaceModel;

/**
 * The window frame without JavaFX: which workspace is in front, whether the shortcut sheet is open,
 * and the title, case label and console state from what is loaded and live.
 */
public final class ShellModel {

  public static final String PRODUCT = "Cryoneurolysis workstation";

  private final PlanWorkspaceModel plan;
  private final ConsoleStatus console;
  private final ChangeListeners listeners = new ChangeListeners();
  private Workspace workspace = Workspace.PLAN;
  private boolean shortcutSheet;

  public ShellModel(PlanWorkspaceModel plan, ConsoleStatus console) {
    this.plan = plan;
    this.console = console;
    plan.addListener(listeners::fire);
    plan.browser().addListener(listeners::fire);
  }

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public PlanWorkspaceModel plan() {
    return plan;
  }

  public synchronized Workspace workspace() {
    return workspace;
  }

  public void selectWorkspace(Workspace workspace) {
    synchronized (this) {
      if (this.workspace == workspace) {
        return;
      }
      this.workspace = workspace;
    }
    listeners.fire();
  }

  public synchronized boolean shortcutSheetShown() {
    return shortcutSheet;
  }

  public void showShortcutSheet(boolean shown) {
    synchronized (this) {
      if (shortcutSheet == shown) {
        return;
      }
      shortcutSheet = shown;
    }
    listeners.fire();
  }

  public ConsoleStatus console() {
    return console;
  }

  /** "Case: …" from the loaded images, or that nothing is open. */
  public String caseLabel() {
    return plan.caseLabel().map(c -> "Case: " + c).orElse("No case open");
  }

  /** The window title: the product, then the case when one is open. */
  public String title() {
    return plan.caseLabel().map(c -> PRODUCT + " — " + c).orElse(PRODUCT);
  }
}
