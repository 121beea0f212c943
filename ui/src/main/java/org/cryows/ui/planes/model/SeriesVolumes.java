package org.cryows.ui.planes.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.source.Instance;
import org.cryows.imaging.source.Series;
import org.cryows.imaging.volume.SliceSource;
import org.cryows.imaging.volume.Volume;
import org.cryows.imaging.volume.VolumeException;
import org.cryows.imaging.volume.VolumeLoader;

/**
 * Which series can be shown in planes, and their volumes: a CT or MR series of at least two slices
 * (classic images, or the frames of enhanced multi-frame objects) that imaging's volume loader
 * accepts. The loader decides the geometry (sorting, spacing, gaps, tilt) and says why it refuses.
 */
public final class SeriesVolumes {

  /** Fewer slices give no plane across them. */
  public static final int MIN_SLICES = 2;

  private SeriesVolumes() {}

  /** Whether the series is worth trying as a volume: CT or MR with two slices or more. */
  public static boolean candidate(Series series) {
    String modality = series.modality().toUpperCase(Locale.ROOT);
    if (!modality.equals("CT") && !modality.equals("MR")) {
      return false;
    }
    int slices = 0;
    for (Instance instance : series.instances()) {
      if (instance.image().isPresent()) {
        slices += instance.image().get().frameCount();
      }
    }
    return slices >= MIN_SLICES;
  }

  /**
   * Loads the series' volume.
   *
   * @throws VolumeProblem with the reason a user can read when it cannot be built
   */
  public static Volume load(Series series, VolumeLoader loader) throws VolumeProblem {
    List<SliceSource> slices = new ArrayList<>();
    for (Instance instance : series.instances()) {
      if (instance.image().isPresent()) {
        DicomImage image = instance.image().get();
        slices.addAll(SliceSource.allFrames(image.header(), image.frames()));
      }
    }
    if (slices.size() < MIN_SLICES) {
      throw new VolumeProblem(
          "the series has " + slices.size() + " slice" + (slices.size() == 1 ? "" : "s"));
    }
    try {
      return loader.load(slices);
    } catch (VolumeException e) {
      throw new VolumeProblem(e.getMessage());
    } catch (DicomReadException e) {
      throw new VolumeProblem(e.getMessage());
    } catch (DicomAttributeException e) {
      throw new VolumeProblem("not a volume: " + e.getMessage());
    }
  }

  /** Why a series gives no volume, worded for the window. */
  public static final class VolumeProblem extends Exception {
    private static final long serialVersionUID = 1L;

    public VolumeProblem(String reason) {
      super(reason);
    }
  }
}
