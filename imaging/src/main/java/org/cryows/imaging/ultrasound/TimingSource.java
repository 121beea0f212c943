package org.cryows.imaging.ultrasound;

import java.util.Optional;
import org.cryows.imaging.dataset.Tag;
import org.cryows.imaging.dataset.Tags;

/** The attribute a cine's frame times were taken from, best first. */
public enum TimingSource {
  /** Frame Time Vector (0018,1065): the increment before each frame, in ms, the first 0. */
  FRAME_TIME_VECTOR(Tags.FRAME_TIME_VECTOR),
  /** Frame Time (0018,1063): one interval for every frame, in ms. */
  FRAME_TIME(Tags.FRAME_TIME),
  /** Cine Rate (0018,0040): frames per second of the acquisition. */
  CINE_RATE(Tags.CINE_RATE),
  /**
   * Recommended Display Frame Rate (0008,2144): the rate the sender suggests for display, which
   * need not be the acquisition's; used only when nothing else gives a time.
   */
  RECOMMENDED_DISPLAY_FRAME_RATE(Tags.RECOMMENDED_DISPLAY_FRAME_RATE),
  /** No timing: frames can be stepped through but not played at a true rate. */
  NONE(null);

  private final Tag tag;

  TimingSource(Tag tag) {
    this.tag = tag;
  }

  public Optional<Tag> tag() {
    return Optional.ofNullable(tag);
  }
}
