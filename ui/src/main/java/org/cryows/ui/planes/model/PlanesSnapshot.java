package org.cryows.ui.planes.model;

import java.util.List;
import java.util.Map;
import org.cryows.imaging.volume.Vector3;

/**
 * The plane views as they are to be drawn, and what they show.
 *
 * @param state nothing asked for, loading, shown or failed
 * @param message what the views say while loading, or why there is no volume
 * @param description the volume ("CT 320 x 320 x 120 voxels of ...") when shown
 * @param problems what imaging reported about the series' geometry (gaps, tilt...) and display
 * @param views each view, by kind
 * @param crosshair_Patient the crosshair (a voxel centre), null when no volume is shown
 * @param crosshairText the crosshair's patient position, voxel and value
 * @param windowOptions the window menu
 * @param windowSelected the option in use, -1 when the window was dragged
 * @param windowText the window in use, "C 40 W 400 (CT soft tissue)"
 * @param active the view the keys act on
 */
public record PlanesSnapshot(
    long version,
    State state,
    String message,
    String description,
    List<String> problems,
    Map<PlaneKind, PlaneViewSnapshot> views,
    Vector3 crosshair_Patient,
    String crosshairText,
    List<String> windowOptions,
    int windowSelected,
    String windowText,
    PlaneKind active) {

  public PlanesSnapshot {
    problems = List.copyOf(problems);
    views = Map.copyOf(views);
    windowOptions = List.copyOf(windowOptions);
  }

  /** Where the plane views are. */
  public enum State {
    EMPTY,
    LOADING,
    SHOWN,
    FAILED
  }

  public PlaneViewSnapshot view(PlaneKind kind) {
    return views.get(kind);
  }

  /** Nothing under way: the load done, and every sized view's picture current. */
  public boolean settled() {
    return state != State.LOADING
        && views.values().stream().allMatch(PlaneViewSnapshot::imageCurrent);
  }
}
