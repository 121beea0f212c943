package org.cryows.ui.viewer.model;

/**
 * What the cine controls and overlay show.
 *
 * @param unavailableReason why the image cannot be played (empty when it can)
 * @param framesPerSecond the cine's own mean rate, 0 when it has none
 * @param timing where that rate comes from ("Frame Time 33.333 ms"), empty without one
 */
public record CineStatus(
    boolean playable,
    String unavailableReason,
    boolean playing,
    boolean loop,
    double speed,
    double framesPerSecond,
    String timing,
    long shownFrames,
    long droppedFrames,
    double maxLatenessMs) {}
