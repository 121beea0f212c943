package org.cryows.ui.shell.view;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.cryows.ui.shell.model.Workspace;

/**
 * The window's keys, caught by an event filter on the scene before any control sees them, so that a
 * focused button, check box or the study tree does not swallow Space or the arrows (UI.md). Keys go
 * to a text field untouched while one has the focus.
 */
final class KeyboardShortcuts {

  /** What the keys do. */
  interface Commands {
    void togglePlay();

    void step(int delta);

    /** Page Up / Page Down: the previous or next image, or slice of the plane view in use. */
    void page(int delta);

    /** [ and ]: turn the oblique plane back or on. */
    void turnOblique(int direction);

    /** R: the planes and the 3-D view back to their start. */
    void reset();

    void showWorkspace(Workspace workspace);

    void openFiles();

    void openFolder();

    void fit();

    void escape();

    void toggleShortcutSheet();
  }

  private KeyboardShortcuts() {}

  static void install(Scene scene, Commands commands) {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed(scene, e, commands));
    // A button arms on Space pressed and fires on Space released: the release is kept from it too.
    scene.addEventFilter(
        KeyEvent.KEY_RELEASED,
        e -> {
          if (e.getCode() == KeyCode.SPACE && !typing(scene)) {
            e.consume();
          }
        });
    scene.addEventFilter(
        KeyEvent.KEY_TYPED,
        e -> {
          if ("?".equals(e.getCharacter()) && !typing(scene)) {
            commands.toggleShortcutSheet();
            e.consume();
          } else if (" ".equals(e.getCharacter()) && !typing(scene)) {
            e.consume();
          }
        });
  }

  private static void pressed(Scene scene, KeyEvent e, Commands commands) {
    if (typing(scene)) {
      return;
    }
    boolean shortcut = e.isShortcutDown();
    KeyCode code = e.getCode();
    if (shortcut) {
      switch (code) {
        case DIGIT1, NUMPAD1 -> done(e, () -> commands.showWorkspace(Workspace.PLAN));
        case DIGIT2, NUMPAD2 -> done(e, () -> commands.showWorkspace(Workspace.CONSOLE));
        case DIGIT3, NUMPAD3 -> done(e, () -> commands.showWorkspace(Workspace.REPLAY));
        case O -> done(e, e.isShiftDown() ? commands::openFolder : commands::openFiles);
        default -> {}
      }
      return;
    }
    if (e.isAltDown() || e.isMetaDown()) {
      return;
    }
    switch (code) {
      case SPACE -> done(e, commands::togglePlay);
      case LEFT -> done(e, () -> commands.step(-1));
      case RIGHT -> done(e, () -> commands.step(1));
      case PAGE_UP -> done(e, () -> commands.page(-1));
      case PAGE_DOWN -> done(e, () -> commands.page(1));
      case OPEN_BRACKET -> done(e, () -> commands.turnOblique(-1));
      case CLOSE_BRACKET -> done(e, () -> commands.turnOblique(1));
      case R -> done(e, commands::reset);
      case F1 -> done(e, commands::toggleShortcutSheet);
      case ESCAPE -> done(e, commands::escape);
      case F -> done(e, commands::fit);
      default -> {}
    }
  }

  private static void done(Event e, Runnable command) {
    e.consume();
    command.run();
  }

  private static boolean typing(Scene scene) {
    Node focus = scene.getFocusOwner();
    return focus instanceof TextInputControl;
  }
}
