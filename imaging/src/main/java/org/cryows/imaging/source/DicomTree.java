package org.cryows.imaging.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;

/**
 * What a file, folder or DICOMDIR holds: patients, their studies, series and instances (each image
 * opened once by the loader), and the files that could not be loaded or loaded with a doubt. One
 * bad file never hides the others.
 */
public record DicomTree(List<Patient> patients, List<LoadProblem> problems) {

  public DicomTree {
    patients = List.copyOf(patients);
    problems = List.copyOf(problems);
  }

  /** The image the loader opened for {@code file}; empty for a file not in the tree or no image. */
  public Optional<DicomImage> image(Path file) {
    return instances().filter(i -> i.path().equals(file)).findFirst().flatMap(Instance::image);
  }

  /**
   * Opens images from this tree without reading their files again; a file not in the tree is read
   * with {@link DicomImages#open}. For a {@link FrameCache}.
   */
  public ImageOpener imageOpener() {
    Map<Path, DicomImage> opened =
        instances()
            .filter(i -> i.image().isPresent())
            .collect(Collectors.toMap(Instance::path, i -> i.image().get(), (a, b) -> a));
    return file -> {
      DicomImage image = opened.get(file);
      return image != null ? image : DicomImages.open(file);
    };
  }

  /** Every series, in tree order. */
  public Stream<Series> series() {
    return patients.stream().flatMap(p -> p.studies().stream()).flatMap(s -> s.series().stream());
  }

  /** Every instance, in tree order. */
  public Stream<Instance> instances() {
    return series().flatMap(s -> s.instances().stream());
  }
}
