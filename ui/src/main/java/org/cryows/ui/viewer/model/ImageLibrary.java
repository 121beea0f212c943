package org.cryows.ui.viewer.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.ImageProblem;
import org.cryows.imaging.source.FrameCache;
import org.cryows.imaging.ultrasound.CineTiming;
import org.cryows.imaging.ultrasound.CineTimings;

/**
 * The viewer's side of an opened image: imaging's opened image, as the frame cache holds it (one
 * open per file), with its cine timing, calibration and notes worked out once. Thread-safe.
 */
public final class ImageLibrary {

  private final FrameCache frames;
  private final int capacity;
  private final Map<Path, OpenedImage> recent = new LinkedHashMap<>(16, 0.75f, true);

  public ImageLibrary(FrameCache frames, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("an image library keeps at least one image");
    }
    this.frames = frames;
    this.capacity = capacity;
  }

  /**
   * The image in {@code file}.
   *
   * @throws DicomReadException naming the file when it holds no image this workstation can show
   */
  public OpenedImage open(Path file) throws DicomReadException {
    DicomImage image = frames.image(file);
    synchronized (recent) {
      OpenedImage known = recent.get(file);
      if (known != null && known.image() == image) {
        return known;
      }
    }
    OpenedImage opened = read(image);
    synchronized (recent) {
      recent.put(file, opened);
      while (recent.size() > capacity) {
        recent.remove(recent.keySet().iterator().next());
      }
    }
    return opened;
  }

  /**
   * Imaging's problems as the viewer lists them: each warning (what is shown instead), and each run
   * of consecutive frames that cannot be shown as one line with the first reason, since a cut file
   * gives each lost frame its own byte positions.
   */
  static List<String> notesOf(List<ImageProblem> problems) {
    List<String> notes = new ArrayList<>();
    int i = 0;
    while (i < problems.size()) {
      ImageProblem problem = problems.get(i);
      if (problem.severity() == ImageProblem.Severity.WARNING || problem.frameNumber().isEmpty()) {
        String prefix = problem.severity() == ImageProblem.Severity.WARNING ? "Warning: " : "";
        notes.add(prefix + capitalised(problem.text()));
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < problems.size()
          && problems.get(j + 1).frameNumber().isPresent()
          && problems.get(j + 1).frameNumber().getAsInt()
              == problems.get(j).lastFrameNumber().getAsInt() + 1) {
        j++;
      }
      if (j == i) {
        notes.add(capitalised(problem.text()));
      } else {
        notes.add(
            "Frames "
                + problem.frameNumber().getAsInt()
                + " to "
                + problems.get(j).lastFrameNumber().getAsInt()
                + " cannot be shown; "
                + problem.text()
                + "; step onto a frame for its own reason");
      }
      i = j + 1;
    }
    return notes;
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static OpenedImage read(DicomImage image) {
    List<String> notes = notesOf(image.problems());
    int frameCount = image.frameCount();
    CineTiming timing;
    try {
      timing = CineTimings.read(image.header());
      // The frames of an enhanced CT or MR are slices, not a cine: no timing is expected there.
      boolean cine = "US".equals(image.header().string(Tags.MODALITY).orElse(""));
      if (!timing.note().isEmpty() && frameCount > 1 && (cine || timing.timed())) {
        notes.add("Cine timing: " + timing.note());
      }
    } catch (DicomAttributeException e) {
      timing = CineTiming.untimed(frameCount, "the frame timing cannot be read: " + e.getMessage());
      if (frameCount > 1) {
        notes.add(timing.note() + "; the frames can be stepped through, not played");
      }
    }
    if (timing.frameCount() != frameCount) {
      timing = CineTiming.untimed(frameCount, "the frame timing does not match the frames");
    }
    ImageCalibration calibration = ImageCalibration.of(image.header());
    return new OpenedImage(image, timing, calibration, notes);
  }
}
