package org.cryows.imaging.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.pixels.FrameSource;

/**
 * One slice to load into a volume: the header that describes it, the frames of its file, and which
 * frame it is (0 for a classic image, the frame number minus 1 for an enhanced one).
 */
public record SliceSource(DicomDataset header, FrameSource frames, int frameIndex) {

  public SliceSource {
    Objects.requireNonNull(header);
    Objects.requireNonNull(frames);
    if (frameIndex < 0) {
      throw new IllegalArgumentException(header.origin() + ": frame index " + frameIndex);
    }
  }

  /** Every frame of one file: one slice for a classic image, all frames of an enhanced one. */
  public static List<SliceSource> allFrames(DicomDataset header, FrameSource frames) {
    int count = SliceHeaderReader.frameCount(header);
    List<SliceSource> slices = new ArrayList<>(count);
    for (int f = 0; f < count; f++) {
      slices.add(new SliceSource(header, frames, f));
    }
    return slices;
  }

  SliceGeometry geometry() {
    return SliceHeaderReader.geometry(header, frameIndex);
  }

  SliceAttributes attributes() {
    return SliceHeaderReader.attributes(header, frameIndex);
  }
}
