package org.cryows.ui.scene.model;

import java.util.List;
import java.util.Set;

/**
 * The 3-D view as it is to be drawn.
 *
 * @param availability whether 3-D can be shown; while CHECKING the renderer is being opened
 * @param note what renders ("VTK 9.1.0 · OpenGL llvmpipe"), or why 3-D is not available
 * @param frame the latest picture (possibly of an earlier request); null when none yet
 * @param wanted the number of the request the picture should answer now
 * @param hasContent whether there is anything to show
 * @param legend what the colours mean, whether shown or switched off
 * @param hiddenSurfaces the labels of the surfaces the user switched off
 * @param camera where the view looks from; null until there is content
 */
public record SceneSnapshot(
    long version,
    Availability availability,
    String note,
    SceneFrame frame,
    long wanted,
    boolean hasContent,
    List<SceneContent.LegendEntry> legend,
    Set<String> hiddenSurfaces,
    SceneCamera camera) {

  public SceneSnapshot {
    legend = List.copyOf(legend);
    hiddenSurfaces = Set.copyOf(hiddenSurfaces);
  }

  /** Whether 3-D can be shown. */
  public enum Availability {
    CHECKING,
    AVAILABLE,
    UNAVAILABLE
  }

  /** The picture answers the latest request (or there is nothing to wait for). */
  public boolean settled() {
    return switch (availability) {
      case CHECKING -> false;
      case UNAVAILABLE -> true;
      case AVAILABLE -> !hasContent || wanted == 0 || (frame != null && frame.request() == wanted);
    };
  }
}
