package org.cryows.imaging.volume;

import org.cryows.imaging.dataset.Tag;

/** Tags the volume code reads that the shared {@code Tags} list does not have. */
final class VolumeTags {

  static final Tag FRAME_ANATOMY_SEQUENCE = new Tag(0x0020, 0x9071);
  static final Tag FRAME_LATERALITY = new Tag(0x0020, 0x9072);

  private VolumeTags() {}
}
