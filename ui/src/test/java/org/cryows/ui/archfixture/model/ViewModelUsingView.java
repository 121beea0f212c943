package org.cryows.ui.archfixture.model;

/** Breaks a rule on purpose: a view-model reaching into a view. Only imported, never loaded. */
public class ViewModelUsingView {
  org.cryows.ui.viewer.view.ImageViewerView view() {
    return null;
  }
}
