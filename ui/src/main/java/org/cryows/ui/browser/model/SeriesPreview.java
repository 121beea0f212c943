package org.cryows.ui.browser.model;

import org.cryows.ui.viewer.model.RenderedFrame;

/** A series' thumbnail in the study browser: coming, ready, or why there is none. */
public sealed interface SeriesPreview {
  record Pending() implements SeriesPreview {}

  record Ready(RenderedFrame thumbnail) implements SeriesPreview {}

  record Unavailable(String reason) implements SeriesPreview {}
}
