package org.cryows.ui.planes.view;

import javafx.scene.canvas.GraphicsContext;
import org.cryows.ui.planes.model.PlaneKind;
import org.cryows.ui.planes.model.PlaneViewport;

/**
 * What a later layer draws over a plane view in patient coordinates (a marked nerve, a probe, an
 * isotherm's contour): it is given the view's viewport, whose {@link PlaneViewport#screenOf} puts a
 * patient point on screen and {@link PlaneViewport#depthMm} says how far it lies from the plane.
 * Drawn on the JavaFX thread over the crosshair, whenever the view's overlay is redrawn; tell the
 * planes view {@link PlanesView#overlaysChanged()} when what it draws changes.
 */
@FunctionalInterface
public interface PlaneOverlay {
  void draw(GraphicsContext g, PlaneKind view, PlaneViewport viewport);
}
