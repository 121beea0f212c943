package org.cryows.ui.planes.model;

import java.util.List;
import java.util.Locale;
import org.cryows.imaging.source.Series;
import org.cryows.imaging.volume.SeriesGeometry;
import org.cryows.imaging.volume.Volume;

/**
 * A series' volume as the plane views use it: the voxels, their grid in the patient, the frames of
 * the standard views, the values' range and the window menu.
 *
 * @param generation which load this is (results of an older load are dropped)
 */
public record LoadedVolume(
    long generation,
    Series series,
    Volume volume,
    String modality,
    VolumeGrid grid,
    ViewFrames frames,
    VolumeValues values,
    List<PlaneWindowOption> windows) {

  public LoadedVolume {
    windows = List.copyOf(windows);
  }

  static LoadedVolume of(long generation, Series series, Volume volume) {
    String modality = series.modality().toUpperCase(Locale.ROOT);
    VolumeGrid grid = VolumeGrid.of(volume);
    VolumeValues values = VolumeValues.of(volume);
    return new LoadedVolume(
        generation,
        series,
        volume,
        modality,
        grid,
        ViewFrames.of(grid),
        values,
        PlaneWindowOption.offeredFor(volume, modality, values));
  }

  /** "CT 320 x 320 x 120 voxels of 0.50 x 0.50 x 1.00 mm, as acquired" */
  public String description() {
    SeriesGeometry g = volume.geometry();
    String built =
        switch (g.decision()) {
          case AS_ACQUIRED -> "as acquired";
          case RESAMPLED -> "resampled onto a uniform grid";
          case REFUSED -> "refused";
        };
    return String.format(
        Locale.ROOT,
        "%s %d x %d x %d voxels of %.2f x %.2f x %.2f mm, %s",
        modality,
        volume.columns(),
        volume.rows(),
        volume.slices(),
        grid.spacingMm(0),
        grid.spacingMm(1),
        grid.spacingMm(2),
        built);
  }

  /** The unit of the values: HU for CT, none otherwise. */
  public String unit() {
    return modality.equals("CT") ? " HU" : "";
  }
}
