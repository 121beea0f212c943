package org.cryows.ui.viewer.model;

/** Where the viewer is with the image it was asked to show. */
public enum ViewerState {
  /** Nothing asked for yet. */
  EMPTY,
  /** The file is being opened or its frame decoded. */
  OPENING,
  /** An image is on screen (possibly with problems beside it). */
  SHOWING,
  /** The file holds nothing this workstation can show; the message says why. */
  FAILED
}
