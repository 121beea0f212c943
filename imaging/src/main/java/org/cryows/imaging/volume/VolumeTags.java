package org.cryows.imaging.volume;

import org.cryows.imaging.dataset.Tag;

/** Tags the volume code reads that the shared {@code Tags} list does not have. */
final class VolumeTags {

  static final Tag FRAME_ANATOMY_SEQUENCE = new Tag(0x0020, 0x9071);
  static final Tag FRAME_LATERALITY = new Tag(0x0020, 0x9072);

  private VolumeTags() {}

  /** {@code FrameLaterality (0020,9072)}: Tags.describe only knows the shared list. */
  static String describe(Tag tag) {
    if (tag.equals(FRAME_ANATOMY_SEQUENCE)) {
      return "FrameAnatomySequence " + tag;
    }
    if (tag.equals(FRAME_LATERALITY)) {
      return "FrameLaterality " + tag;
    }
    return org.cryows.imaging.dataset.Tags.describe(tag);
  }
}
