package org.cryows.imaging.pixels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tag;
import org.cryows.imaging.dataset.Tags;

/**
 * The optional display attributes of a grayscale image (PS3.3 C.11.2 VOI LUT module): window
 * presets and the VOI LUT, read so that an invalid one is left out with a warning instead of
 * refusing the image, as dcmtk and Weasis do. What is shown instead follows {@link
 * VoiChoice#defaultFor}: the first valid window, else a valid VOI LUT, else a window computed from
 * each frame's minimum and maximum ({@link VoiChoice.MinMax}); each warning says which.
 *
 * <p>Left out, each with a warning naming its tag: a Window Center or Width that is not a number;
 * Window Center and Window Width value counts that disagree (which width goes with which center is
 * unknown, so no header window is used, as Weasis does); a window whose width is below 1 or whose
 * values are not finite (PS3.3 C.11.2.1.2.1; the others are kept); a VOI LUT whose descriptor or
 * data is missing, malformed or of the wrong length.
 *
 * @param windows the valid window presets, in header order
 * @param voiLut the first VOI LUT, when valid
 * @param problems one warning per attribute left out
 */
public record VoiAttributes(
    List<WindowPreset> windows, Optional<LookupTable> voiLut, List<ImageProblem> problems) {

  /** How the computed window is described in warnings and to the user. */
  public static final String COMPUTED_WINDOW =
      "a window computed from each frame's minimum and maximum";

  public VoiAttributes {
    windows = List.copyOf(windows);
    problems = List.copyOf(problems);
  }

  /**
   * The windows and VOI LUT of {@code top}; for an enhanced image without top-level values, those
   * of the Frame VOI LUT Sequence in the Shared Functional Groups (values per frame are not read).
   *
   * @param warn whether to report what is left out: only grayscale images use these attributes
   */
  public static VoiAttributes read(DicomDataset top, boolean warn) {
    DicomDataset header =
        PixelDescription.sharedGroup(top, Tags.WINDOW_CENTER, Tags.FRAME_VOILUT_SEQUENCE);
    List<Fault> windowFaults = new ArrayList<>();
    List<WindowPreset> windows = windows(header, windowFaults);
    List<Fault> lutFaults = new ArrayList<>();
    Optional<LookupTable> lut = voiLut(top, lutFaults);
    List<ImageProblem> problems = new ArrayList<>();
    if (warn) {
      String instead =
          !windows.isEmpty()
              ? "the other window presets are kept"
              : lut.isPresent() ? "shown with the VOI LUT" : "shown with " + COMPUTED_WINDOW;
      for (Fault fault : windowFaults) {
        problems.add(ImageProblem.attributeWarning(fault.tag(), fault.why() + "; " + instead));
      }
      String lutInstead =
          !windows.isEmpty() ? "shown with the window presets" : "shown with " + COMPUTED_WINDOW;
      for (Fault fault : lutFaults) {
        problems.add(
            ImageProblem.attributeWarning(
                fault.tag(), fault.why() + ": the VOI LUT is ignored; " + lutInstead));
      }
    }
    return new VoiAttributes(windows, lut, problems);
  }

  private record Fault(Tag tag, String why) {}

  private static List<WindowPreset> windows(DicomDataset header, List<Fault> faults) {
    double[] centers;
    double[] widths;
    try {
      centers = header.decimals(Tags.WINDOW_CENTER);
      widths = header.decimals(Tags.WINDOW_WIDTH);
    } catch (DicomAttributeException e) {
      faults.add(new Fault(e.tag(), e.why() + ": no window of the header is used"));
      return List.of();
    }
    if (centers.length != widths.length) {
      faults.add(
          new Fault(
              Tags.WINDOW_WIDTH,
              widths.length
                  + " width(s) for "
                  + centers.length
                  + " window center(s): which width goes with which center is unknown, so no"
                  + " window of the header is used"));
      return List.of();
    }
    List<String> explanations = header.strings(Tags.WINDOW_CENTER_WIDTH_EXPLANATION);
    List<WindowPreset> presets = new ArrayList<>();
    for (int i = 0; i < centers.length; i++) {
      if (!(widths[i] >= 1) || !Double.isFinite(widths[i]) || !Double.isFinite(centers[i])) {
        faults.add(
            new Fault(
                Tags.WINDOW_WIDTH,
                "window "
                    + (i + 1)
                    + " has center "
                    + NumberText.of(centers[i])
                    + " and width "
                    + NumberText.of(widths[i])
                    + "; a width is at least 1 (PS3.3 C.11.2.1.2.1): this window is ignored"));
        continue;
      }
      String explanation = i < explanations.size() ? explanations.get(i) : "";
      presets.add(new WindowPreset(centers[i], widths[i], explanation));
    }
    return presets;
  }

  private static Optional<LookupTable> voiLut(DicomDataset header, List<Fault> faults) {
    List<DicomDataset> items = header.sequence(Tags.VOILUT_SEQUENCE);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    DicomDataset item = items.get(0);
    try {
      int[] descriptor = item.integers(Tags.LUT_DESCRIPTOR);
      int[] data = item.integers(Tags.LUT_DATA);
      if (data.length == 0) {
        faults.add(new Fault(Tags.LUT_DATA, "missing from VOI LUT Sequence item 1"));
        return Optional.empty();
      }
      return Optional.of(
          PixelDescription.table(
              item,
              Tags.LUT_DESCRIPTOR,
              descriptor,
              Tags.LUT_DATA,
              data,
              item.string(Tags.LUT_EXPLANATION).orElse("")));
    } catch (DicomAttributeException e) {
      faults.add(new Fault(e.tag(), e.why()));
      return Optional.empty();
    }
  }

  /** Numbers in messages as the header writes them: 0, not 0.0; 149.5 stays. */
  private static final class NumberText {
    private NumberText() {}

    static String of(double value) {
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? Long.toString((long) value)
          : Double.toString(value);
    }
  }
}
