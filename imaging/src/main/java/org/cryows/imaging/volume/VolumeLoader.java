package org.cryows.imaging.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.VoiAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link Volume} from the slices of one series: analyses their geometry, then decodes the
 * frames in parallel straight into one 16-bit array per slice, resampling when the analysis says
 * so. Each decoded frame is dropped as soon as its values are copied, so at most one frame per
 * thread is held besides the volume.
 */
public final class VolumeLoader {

  private static final Logger LOG = LoggerFactory.getLogger(VolumeLoader.class);

  private final int threads;

  /** A loader decoding on {@code threads} threads. */
  public VolumeLoader(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread, not " + threads);
    }
    this.threads = threads;
  }

  /** A loader using every available processor. */
  public VolumeLoader() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /**
   * The volume of {@code slices}, in any order.
   *
   * @throws VolumeException when the series is refused (the problems say why) or a frame does not
   *     fit a 16-bit grey volume
   * @throws DicomReadException when a frame cannot be decoded
   */
  public Volume load(List<SliceSource> slices) throws VolumeException, DicomReadException {
    if (slices.isEmpty()) {
      throw new VolumeException("no slices to build a volume from");
    }
    List<SliceGeometry> geometries = new ArrayList<>(slices.size());
    List<SliceAttributes> attributes = new ArrayList<>(slices.size());
    for (SliceSource slice : slices) {
      geometries.add(slice.geometry());
      attributes.add(slice.attributes());
    }
    SeriesGeometry geometry = SeriesAnalyzer.analyze(geometries, attributes);
    if (geometry.refused()) {
      throw new VolumeException(
          "series refused: " + String.join("; ", geometry.problemTexts()), geometry.problems());
    }
    for (SeriesProblem problem : geometry.problems()) {
      LOG.info("{}: {}", geometry.sortedSlices().get(0).origin(), problem.text());
    }
    DicomDataset first = slices.get(geometry.order().get(0)).header();
    int storedOffset = storedOffset(first);
    List<SliceSource> sorted = geometry.order().stream().map(slices::get).toList();
    VoxelStore acquired = decodeAll(sorted, geometry, storedOffset);
    VoxelStore voxels =
        geometry.decision() == SeriesGeometry.Decision.RESAMPLED
            ? SliceResampler.resample(acquired, geometry)
            : acquired;
    SliceAttributes rescale = attributes.get(geometry.order().get(0));
    return new Volume(
        voxels,
        geometry.columns(),
        geometry.rows(),
        storedOffset,
        rescale.rescaleSlope(),
        rescale.rescaleIntercept(),
        geometry,
        VoiAttributes.read(first, true),
        "MONOCHROME1".equals(first.string(Tags.PHOTOMETRIC_INTERPRETATION).orElse("")));
  }

  /** Unsigned 16-bit values do not fit a short; they are kept shifted by 32768. */
  private static int storedOffset(DicomDataset header) throws VolumeException {
    int bitsStored = header.integer(Tags.BITS_STORED).orElse(16);
    boolean signed = header.integer(Tags.PIXEL_REPRESENTATION).orElse(0) == 1;
    if (bitsStored > 16) {
      throw new VolumeException(
          header.origin()
              + ": Bits Stored (0028,0101) is "
              + bitsStored
              + "; volumes hold 16 bits");
    }
    return !signed && bitsStored == 16 ? 32768 : 0;
  }

  private VoxelStore decodeAll(List<SliceSource> sorted, SeriesGeometry geometry, int storedOffset)
      throws VolumeException, DicomReadException {
    VoxelStore result = new VoxelStore(geometry.columns(), geometry.rows(), sorted.size());
    int poolSize = Math.min(threads, sorted.size());
    try (ExecutorService pool = Executors.newFixedThreadPool(poolSize)) {
      List<Future<Void>> futures = new ArrayList<>(sorted.size());
      for (int k = 0; k < sorted.size(); k++) {
        SliceSource slice = sorted.get(k);
        int sliceIndex = k;
        futures.add(
            pool.submit(
                () -> {
                  decode(slice, geometry, storedOffset, result, sliceIndex);
                  return null;
                }));
      }
      try {
        for (Future<Void> future : futures) {
          future.get();
        }
      } catch (ExecutionException e) {
        futures.forEach(f -> f.cancel(true));
        switch (e.getCause()) {
          case VolumeException v -> throw v;
          case DicomReadException d -> throw d;
          case RuntimeException r -> throw r;
          default -> throw new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        futures.forEach(f -> f.cancel(true));
        Thread.currentThread().interrupt();
        throw new VolumeException("loading was interrupted");
      }
    }
    return result;
  }

  /**
   * Decodes one frame into slice {@code k} of {@code into}; slices are disjoint, so threads can
   * share the store.
   */
  private static void decode(
      SliceSource slice, SeriesGeometry geometry, int storedOffset, VoxelStore into, int k)
      throws VolumeException, DicomReadException {
    Frame frame = slice.frames().frame(slice.frameIndex());
    String where = slice.header().origin() + " frame " + (slice.frameIndex() + 1);
    if (frame.rows() != geometry.rows() || frame.columns() != geometry.columns()) {
      throw new VolumeException(
          where
              + ": decoded "
              + frame.columns()
              + " x "
              + frame.rows()
              + " pixels, the header says "
              + geometry.columns()
              + " x "
              + geometry.rows());
    }
    if (frame.samplesPerPixel() != 1) {
      throw new VolumeException(
          where
              + ": "
              + frame.photometric()
              + " has "
              + frame.samplesPerPixel()
              + " samples per pixel; a volume holds grey values");
    }
    int columns = frame.columns();
    short[] values = into.slab(k);
    int base = into.base(k);
    for (int j = 0; j < frame.rows(); j++) {
      for (int i = 0; i < columns; i++) {
        int shifted = frame.sample(j, i, 0) - storedOffset;
        if (shifted < Short.MIN_VALUE || shifted > Short.MAX_VALUE) {
          throw new VolumeException(
              where
                  + ": stored value "
                  + (shifted + storedOffset)
                  + " at row "
                  + j
                  + ", column "
                  + i
                  + " does not fit 16 bits");
        }
        values[base + j * columns + i] = (short) shifted;
      }
    }
  }
}
