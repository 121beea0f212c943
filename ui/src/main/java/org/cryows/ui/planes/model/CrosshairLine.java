package org.cryows.ui.planes.model;

import java.util.List;
import org.cryows.ui.planes.model.PlaneViewport.ScreenPoint;

/**
 * Where another view's plane cuts this view: a line through the crosshair, clipped to the viewport.
 * The oblique plane's line carries two handles (one at each side of the crosshair): dragging one
 * turns the oblique plane about this view's normal.
 *
 * @param of the view whose plane this is
 */
public record CrosshairLine(
    PlaneKind of, ScreenPoint from, ScreenPoint to, List<ScreenPoint> handles) {
  public CrosshairLine {
    handles = List.copyOf(handles);
  }
}
