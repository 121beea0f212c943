package org.cryows.ui.bench;

import java.nio.file.Path;
import java.util.Comparator;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.source.DicomLoader;
import org.cryows.imaging.source.Instance;

/** Finds the largest multi-frame ultrasound (most samples in all its frames) under a folder. */
final class CineFinder {
  private CineFinder() {}

  static Path largestUltrasoundCine(Path folder) {
    return new DicomLoader()
        .load(folder)
        .instances()
        .filter(i -> "US".equals(i.modality()) && i.frames() > 1 && i.image().isPresent())
        .max(Comparator.comparingLong(CineFinder::samples))
        .map(Instance::path)
        .orElseThrow(() -> new IllegalStateException("no multi-frame ultrasound under " + folder));
  }

  private static long samples(Instance instance) {
    DicomImage image = instance.image().orElseThrow();
    return image.description().samplesPerFrame() * image.frameCount();
  }
}
