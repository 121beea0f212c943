package org.cryows.ui.planes.model;

import java.util.List;
import org.cryows.ui.planes.model.PlaneFrame.EdgeLabels;
import org.cryows.ui.planes.model.PlaneViewport.ScreenPoint;

/**
 * One plane view as it is to be drawn.
 *
 * @param title "Axial · as acquired", "Coronal · 10° tilt", "Oblique"
 * @param nativeSlices whether the view shows the slices as acquired
 * @param viewport the screen's place in the patient; null until the view has a size
 * @param labels the orientation letters at the edges, from the view's direction cosines
 * @param position "Slice 61 / 120" (standard views) or the oblique plane's tilt ("30° from axial")
 * @param crosshair where the crosshair is on screen; null until the view has a size
 * @param lines the other views' planes through the crosshair
 * @param image the latest picture rendered for this view (possibly for an earlier state); null when
 *     none yet
 * @param wanted what the picture should show now; null until the view has a size
 */
public record PlaneViewSnapshot(
    PlaneKind kind,
    String title,
    boolean nativeSlices,
    PlaneViewport viewport,
    EdgeLabels labels,
    String position,
    ScreenPoint crosshair,
    List<CrosshairLine> lines,
    PlaneImage image,
    PlaneImage.Key wanted) {

  public PlaneViewSnapshot {
    lines = List.copyOf(lines);
  }

  /** Whether the picture shows the current state. */
  public boolean imageCurrent() {
    return wanted == null || (image != null && image.key().equals(wanted));
  }
}
