package org.cryows.imaging.source;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a file, folder or DICOMDIR holds: patients, their studies, series and instances, and the
 * files that could not be loaded. One bad file never hides the others.
 */
public record DicomTree(List<Patient> patients, List<LoadProblem> problems) {

  public DicomTree {
    patients = List.copyOf(patients);
    problems = List.copyOf(problems);
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
