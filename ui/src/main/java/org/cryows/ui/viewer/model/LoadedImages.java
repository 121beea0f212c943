package org.cryows.ui.viewer.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.source.DicomTree;
import org.cryows.imaging.source.ImageOpener;
import org.cryows.imaging.source.Instance;

/**
 * Where the frame cache gets its images: those the loader already opened for the tree on screen (so
 * no file's header is read twice), else a fresh open. Thread-safe; a new tree replaces the last.
 */
public final class LoadedImages implements ImageOpener {
  private volatile Map<Path, DicomImage> fromTree = Map.of();

  /** The images of {@code tree} are used from now on. */
  public void useTree(DicomTree tree) {
    fromTree =
        tree.instances()
            .filter(i -> i.image().isPresent())
            .collect(Collectors.toMap(Instance::path, i -> i.image().get(), (a, b) -> a));
  }

  @Override
  public DicomImage open(Path file) throws DicomReadException {
    DicomImage image = fromTree.get(file);
    return image != null ? image : DicomImages.open(file);
  }
}
