package org.cryows.imaging.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.RealFileMutations;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.DisplayConverter;
import org.cryows.imaging.pixels.DisplayImage;
import org.cryows.imaging.pixels.ImageProblem;
import org.cryows.imaging.pixels.VoiChoice;
import org.cryows.imaging.pixels.WindowPreset;
import org.cryows.imaging.source.DicomLoader;
import org.cryows.imaging.source.DicomTree;
import org.cryows.imaging.source.Instance;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window and level on reslices: the real prostate MR series, loaded through the loader's opened
 * images, resliced on an acquired slice's own plane, shows as that slice's frame does, with the
 * series' window, a chosen one, or the one computed from the values.
 */
class ReslicedImageDisplayTest {

  private static final Path SERIES = SharedTestData.dicom("mr/prostate_adc_20slices");

  @Test
  void render_resliceOnASlicesPlane_showsAsThatFrameWithTheSeriesWindow() throws Exception {
    DicomTree tree = new DicomLoader(2).load(SERIES);
    List<DicomImage> images = tree.instances().map(i -> i.image().orElseThrow()).toList();
    Volume volume = new VolumeLoader(2).load(slices(images));
    assertEquals(List.of(new WindowPreset(1300, 2400, "")), volume.display().windows());
    DicomImage slice = images.get(7);
    ReslicedImage reslice = new Reslicer(volume, -1024).reslice(planeOf(slice.header()));

    assertEquals(
        Optional.of(new VoiChoice.Window(1300, 2400)),
        DisplayConverter.window(reslice, VoiChoice.defaultFor(reslice)));
    DisplayImage frame = DisplayConverter.render(slice.frames().frame(0), slice.description());
    assertAlike(frame, DisplayConverter.render(reslice));

    VoiChoice narrow = new VoiChoice.Window(900, 400);
    assertAlike(
        DisplayConverter.render(slice.frames().frame(0), slice.description(), narrow),
        DisplayConverter.render(reslice, narrow));
  }

  @Test
  void render_resliceOfASeriesWithWindowWidthZero_usesTheWindowComputedFromItsValues(
      @TempDir Path dir) throws Exception {
    try (Stream<Path> files = Files.list(SERIES)) {
      for (Path file : files.toList()) {
        Files.write(
            dir.resolve(file.getFileName()),
            RealFileMutations.withText(Files.readAllBytes(file), Tags.WINDOW_WIDTH, "0"));
      }
    }
    List<DicomImage> images =
        new DicomLoader(2).load(dir).instances().map(Instance::image).map(Optional::get).toList();
    Volume volume = new VolumeLoader(2).load(slices(images));
    assertEquals(List.of(), volume.display().windows());
    assertEquals(ImageProblem.Severity.WARNING, volume.display().problems().get(0).severity());

    ReslicedImage reslice =
        new Reslicer(volume, -1024).reslice(ReslicePlane.axial(volume, centreZ(volume)));
    assertEquals(new VoiChoice.MinMax(), VoiChoice.defaultFor(reslice));
    float[] values = reslice.copyValues();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (float v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    assertEquals(
        Optional.of(new VoiChoice.Window((min + max) / 2 + 0.5, max - min + 1)),
        DisplayConverter.window(reslice, new VoiChoice.MinMax()));
    DisplayImage shown = DisplayConverter.render(reslice);
    int darkest = 255;
    int brightest = 0;
    for (byte level : shown.pixels()) {
      darkest = Math.min(darkest, level & 0xFF);
      brightest = Math.max(brightest, level & 0xFF);
    }
    assertEquals(0, darkest);
    assertEquals(255, brightest);
  }

  private static List<SliceSource> slices(List<DicomImage> images) {
    List<SliceSource> slices = new ArrayList<>();
    for (DicomImage image : images) {
      slices.add(new SliceSource(image.header(), image.frames(), 0));
    }
    return slices;
  }

  private static double centreZ(Volume volume) {
    Vector3 first = volume.imageToPatient().apply(0, 0, 0);
    Vector3 last = volume.imageToPatient().apply(0, 0, volume.slices() - 1);
    return (first.z() + last.z()) / 2;
  }

  /** The slice's own plane: its position, its row and column directions, its size and spacing. */
  private static ReslicePlane planeOf(DicomDataset header) {
    double[] iop = header.decimals(Tags.IMAGE_ORIENTATION_PATIENT);
    double[] ipp = header.decimals(Tags.IMAGE_POSITION_PATIENT);
    double[] spacing = header.decimals(Tags.PIXEL_SPACING);
    Vector3 row = new Vector3(iop[0], iop[1], iop[2]).normalized();
    Vector3 column = new Vector3(iop[3], iop[4], iop[5]);
    column = column.minus(row.times(column.dot(row))).normalized();
    int rows = header.integer(Tags.ROWS).orElseThrow();
    int columns = header.integer(Tags.COLUMNS).orElseThrow();
    return new ReslicePlane(
        new Vector3(ipp[0], ipp[1], ipp[2]), row, column, columns, rows, spacing[1], spacing[0]);
  }

  /**
   * The reslice equals the slice to within a hundredth of a pixel of position (the stored positions
   * are rounded decimals, see RealSeriesVolumeTest), so display levels agree within 1 on all but a
   * few edge pixels.
   */
  private static void assertAlike(DisplayImage frame, DisplayImage reslice) {
    assertEquals(frame.width(), reslice.width());
    assertEquals(frame.height(), reslice.height());
    int off = 0;
    int total = 0;
    for (int r = 1; r < frame.height() - 1; r++) {
      for (int c = 1; c < frame.width() - 1; c++) {
        total++;
        if (Math.abs(frame.value(r, c, 0) - reslice.value(r, c, 0)) > 1) {
          off++;
        }
      }
    }
    assertTrue(off < total / 100, off + " of " + total + " pixels differ by more than 1 level");
  }
}
