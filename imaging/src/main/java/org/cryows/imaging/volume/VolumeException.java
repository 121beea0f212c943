package org.cryows.imaging.volume;

import java.util.List;

/**
 * A series cannot become a volume: refused for the problems listed, or a frame that does not fit
 * (wrong size, colour, more than 16 bits). The message says which slice and why.
 */
public final class VolumeException extends Exception {

  private final transient List<SeriesProblem> problems;

  public VolumeException(String message, List<SeriesProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public VolumeException(String message) {
    this(message, List.of());
  }

  /** The problems that refused the series; empty when a frame was the cause. */
  public List<SeriesProblem> problems() {
    return problems;
  }
}
