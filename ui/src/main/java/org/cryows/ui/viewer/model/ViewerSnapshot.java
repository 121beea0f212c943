package org.cryows.ui.viewer.model;

import java.nio.file.Path;
import java.util.List;
import org.cryows.imaging.ultrasound.UltrasoundRegion;

/**
 * Everything the 2-D viewer shows, at one moment. Immutable; the view draws it and nothing else.
 *
 * @param message what the viewport says when it shows no image (nothing open, opening, why not)
 * @param file the file of the image asked for, null when none
 * @param position the position asked for in the stack (from 0); {@code positions} its size
 * @param frame the frame of {@code file} asked for (from 0); {@code frames} how many it has
 * @param displayed the frame drawn now, null when none; it may still be the previous image while
 *     the one asked for ({@code wanted}) is decoded
 * @param transform image to viewport for {@code displayed}, null when nothing is displayed
 * @param frameProblem why the frame asked for cannot be shown, empty when it can
 * @param problems what the user should know about this image (timing, calibration, bad frames)
 */
public record ViewerSnapshot(
    long version,
    ViewerState state,
    String message,
    String stackLabel,
    Path file,
    int position,
    int positions,
    int frame,
    int frames,
    RenderedFrame displayed,
    RenderKey wanted,
    ImageToViewport transform,
    double zoom,
    CineStatus cine,
    WindowStatus window,
    Tool tool,
    List<DrawnMeasurement> measurements,
    DrawnMeasurement inProgress,
    String calibration,
    List<UltrasoundRegion> calibratedRegions,
    String frameProblem,
    List<String> problems) {

  public ViewerSnapshot {
    measurements = List.copyOf(measurements);
    calibratedRegions = List.copyOf(calibratedRegions);
    problems = List.copyOf(problems);
  }

  /** Whether what was asked for is on screen, or the reason it cannot be is (nothing pending). */
  public boolean settled() {
    return switch (state) {
      case EMPTY, FAILED -> true;
      case OPENING -> false;
      case SHOWING ->
          !frameProblem.isEmpty() || (displayed != null && displayed.key().equals(wanted));
    };
  }
}
