package org.cryows.ui.viewer.model;

/**
 * Which mouse button a gesture uses: the primary one does the chosen {@link Tool}, the secondary
 * one always drags the window, the middle one always pans.
 */
public enum PointerButton {
  PRIMARY,
  SECONDARY,
  MIDDLE
}
