package org.cryows.ui.shell.model;

import java.util.List;

/**
 * The keyboard and mouse shortcuts (UI.md), each saying whether it works now. The window's key
 * handler and this list are kept together by a test that presses each working key.
 */
public final class Shortcuts {
  private Shortcuts() {}

  public static final List<Shortcut> KEYBOARD =
      List.of(
          new Shortcut("Space", "Play or pause the cine", ""),
          new Shortcut("Left / Right", "Previous / next frame or image; in the planes, slice", ""),
          new Shortcut(
              "Page Up / Page Down",
              "Previous / next image; in the planes, slice of the view under the pointer",
              ""),
          new Shortcut(
              "[ / ]", "Turn the oblique plane by 5° about the view under the pointer", ""),
          new Shortcut(
              "R", "Planes: crosshair, views, oblique plane, window and 3-D view reset", ""),
          new Shortcut("Ctrl+1 / Ctrl+2 / Ctrl+3", "Plan / Console / Replay workspace", ""),
          new Shortcut("Ctrl+O", "Open files", ""),
          new Shortcut("Ctrl+Shift+O", "Open a folder or DICOMDIR", ""),
          new Shortcut("F", "Fit the image (or every plane) to its view", ""),
          new Shortcut("Escape", "Drop the measurement being drawn; close this sheet", ""),
          new Shortcut("F1 or ?", "This sheet", ""),
          new Shortcut("Ctrl+S", "Save the plan", "the Plan workspace's plans"),
          new Shortcut("Ctrl+Z / Ctrl+Y", "Undo / redo", "the Plan workspace's plans"));

  public static final List<Shortcut> MOUSE =
      List.of(
          new Shortcut("Left drag", "The tool chosen in the viewer's toolbar", ""),
          new Shortcut("Right drag", "Window/level: across for width, down for centre", ""),
          new Shortcut("Middle drag", "Pan", ""),
          new Shortcut("Wheel", "Previous / next frame or image", ""),
          new Shortcut("Ctrl+wheel", "Zoom at the pointer", ""),
          new Shortcut("Double click (area tool)", "Close the area", ""));

  public static final List<Shortcut> MOUSE_PLANES =
      List.of(
          new Shortcut("Left click or drag", "Move the crosshair there; every view follows", ""),
          new Shortcut("Left drag a round handle", "Turn the oblique plane", ""),
          new Shortcut("Wheel", "Previous / next slice", ""),
          new Shortcut("Ctrl+wheel", "Zoom at the pointer", ""),
          new Shortcut("Middle drag", "Pan", ""),
          new Shortcut("Right drag", "Window/level", ""));

  public static final List<Shortcut> MOUSE_3D =
      List.of(
          new Shortcut("Left drag", "Turn the volume", ""),
          new Shortcut("Middle drag", "Pan", ""),
          new Shortcut("Right drag or wheel", "Zoom", ""));
}
