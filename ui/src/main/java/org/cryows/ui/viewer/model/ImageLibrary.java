package org.cryows.ui.viewer.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.source.FrameSourceOpener;
import org.cryows.imaging.ultrasound.CineTiming;
import org.cryows.imaging.ultrasound.CineTimings;

/**
 * Opens image files through imaging and keeps the last few open, so that the viewer, the thumbnails
 * and the frame cache read each header once. Thread-safe; a file that fails is tried again next
 * time (it may have been copied in the meantime).
 */
public final class ImageLibrary {

  private final int capacity;
  private final Map<Path, OpenedImage> recent;

  public ImageLibrary(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("an image library keeps at least one image");
    }
    this.capacity = capacity;
    this.recent = new LinkedHashMap<>(16, 0.75f, true);
  }

  /**
   * The image in {@code file}, opened now or earlier.
   *
   * @throws DicomReadException naming the file when it holds no image this workstation can show
   */
  public OpenedImage open(Path file) throws DicomReadException {
    synchronized (recent) {
      OpenedImage known = recent.get(file);
      if (known != null) {
        return known;
      }
    }
    OpenedImage opened = read(file);
    synchronized (recent) {
      recent.put(file, opened);
      while (recent.size() > capacity) {
        recent.remove(recent.keySet().iterator().next());
      }
    }
    return opened;
  }

  /** The frames of a file, for imaging's frame cache. */
  public FrameSourceOpener frameSources() {
    return file -> open(file).image().frames();
  }

  private static OpenedImage read(Path file) throws DicomReadException {
    DicomImage image = DicomImages.open(file);
    List<String> notes = new ArrayList<>();
    CineTiming timing;
    try {
      timing = CineTimings.read(image.header());
      if (!timing.note().isEmpty() && image.description().frames() > 1) {
        notes.add("Cine timing: " + timing.note());
      }
    } catch (DicomAttributeException e) {
      timing =
          CineTiming.untimed(
              image.description().frames(), "the frame timing cannot be read: " + e.getMessage());
      if (image.description().frames() > 1) {
        notes.add(timing.note() + "; the frames can be stepped through, not played");
      }
    }
    ImageCalibration calibration = ImageCalibration.of(image.header());
    return new OpenedImage(image, timing, calibration, notes);
  }
}
