package org.cryows.imaging.ultrasound;

import java.util.List;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.InMemoryDataset;
import org.cryows.imaging.dataset.Tags;

/** Ultrasound region items and images built in memory for the edge cases no sample file shows. */
final class RegionFixtures {

  static final int CM = 3;
  static final int SECONDS = 4;
  static final int NONE = 0;

  private RegionFixtures() {}

  static InMemoryDataset.Builder region(
      int x0, int y0, int x1, int y1, int unitsX, int unitsY, double deltaX, double deltaY) {
    return InMemoryDataset.builder("region")
        .put(Tags.REGION_SPATIAL_FORMAT, 1)
        .put(Tags.REGION_DATA_TYPE, 1)
        .put(Tags.REGION_FLAGS, 2)
        .put(Tags.REGION_LOCATION_MIN_X0, x0)
        .put(Tags.REGION_LOCATION_MIN_Y0, y0)
        .put(Tags.REGION_LOCATION_MAX_X1, x1)
        .put(Tags.REGION_LOCATION_MAX_Y1, y1)
        .put(Tags.PHYSICAL_UNITS_X_DIRECTION, unitsX)
        .put(Tags.PHYSICAL_UNITS_Y_DIRECTION, unitsY)
        .put(Tags.PHYSICAL_DELTA_X, deltaX)
        .put(Tags.PHYSICAL_DELTA_Y, deltaY);
  }

  static DicomDataset image(int columns, int rows, InMemoryDataset.Builder... regions) {
    List<DicomDataset> items =
        java.util.Arrays.stream(regions).map(r -> (DicomDataset) r.build()).toList();
    return InMemoryDataset.builder("synthetic.dcm")
        .put(Tags.MODALITY, "US")
        .put(Tags.COLUMNS, columns)
        .put(Tags.ROWS, rows)
        .putSequence(Tags.SEQUENCE_OF_ULTRASOUND_REGIONS, items)
        .build();
  }
}
