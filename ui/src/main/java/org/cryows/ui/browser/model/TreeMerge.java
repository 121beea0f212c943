package org.cryows.ui.browser.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cryows.imaging.source.DicomTree;
import org.cryows.imaging.source.Instance;
import org.cryows.imaging.source.LoadProblem;
import org.cryows.imaging.source.Patient;
import org.cryows.imaging.source.Series;
import org.cryows.imaging.source.Study;

/**
 * One tree out of several loads (a folder read in parts for its progress bar, or several paths
 * opened together), in the order imaging's loader gives one tree (imaging/docs/sources.md):
 * patients by name then ID, studies by date then UID, series by number then UID, instances by
 * number then path. Of two files with the same SOP Instance UID the first loaded is kept and the
 * copy reported, as the loader does within one load. A test checks the merged parts of every shared
 * folder against the loader's own tree, so the two orders cannot drift apart unnoticed.
 */
public final class TreeMerge {

  private static final Comparator<OptionalInt> ABSENT_LAST =
      Comparator.comparing((OptionalInt n) -> n.isEmpty()).thenComparingInt(n -> n.orElse(0));

  private static final Comparator<Instance> INSTANCE_ORDER =
      Comparator.comparing(Instance::instanceNumber, ABSENT_LAST).thenComparing(Instance::path);

  private static final Comparator<Series> SERIES_ORDER =
      Comparator.comparing(Series::seriesNumber, ABSENT_LAST)
          .thenComparing(Series::seriesInstanceUid);

  private static final Comparator<Study> STUDY_ORDER =
      Comparator.comparing((Study s) -> s.date().isEmpty())
          .thenComparing(Study::date)
          .thenComparing(Study::studyInstanceUid);

  private static final Comparator<Patient> PATIENT_ORDER =
      Comparator.comparing(Patient::name).thenComparing(Patient::patientId);

  private TreeMerge() {}

  /** The trees as one, in the order given (earlier trees win a duplicate). */
  public static DicomTree merge(List<DicomTree> trees) {
    if (trees.size() == 1) {
      return trees.get(0);
    }
    List<LoadProblem> problems = new ArrayList<>();
    Map<String, Path> firstBySop = new HashMap<>();
    Map<Path, Path> keptInstead = new HashMap<>();
    Map<String, PatientParts> patients = new LinkedHashMap<>();
    for (DicomTree tree : trees) {
      problems.addAll(tree.problems());
      for (Patient patient : tree.patients()) {
        PatientParts p =
            patients.computeIfAbsent(
                patient.patientId() + "\u0000" + patient.name(), k -> new PatientParts(patient));
        for (Study study : patient.studies()) {
          StudyParts s =
              p.studies.computeIfAbsent(study.studyInstanceUid(), k -> new StudyParts(study));
          s.descriptions.add(study.description());
          for (Series series : study.series()) {
            SeriesParts r =
                s.series.computeIfAbsent(series.seriesInstanceUid(), k -> new SeriesParts(series));
            r.descriptions.add(series.description());
            for (Instance instance : series.instances()) {
              Path first = firstBySop.putIfAbsent(instance.sopInstanceUid(), instance.path());
              if (first == null) {
                r.instances.add(instance);
              } else if (!first.equals(instance.path())) {
                keptInstead.put(instance.path(), first);
                problems.add(new LoadProblem(instance.path(), COPY_OF + first + LEFT_OUT));
              }
            }
          }
        }
      }
    }
    List<Patient> merged = new ArrayList<>();
    for (PatientParts p : patients.values()) {
      merged.add(p.build());
    }
    merged.sort(PATIENT_ORDER);
    List<LoadProblem> named =
        problems.stream().map(p -> namingTheKeptFile(p, keptInstead)).toList();
    List<LoadProblem> sorted = new ArrayList<>(named);
    sorted.sort(Comparator.comparing(LoadProblem::path).thenComparing(LoadProblem::reason));
    return new DicomTree(merged, sorted.stream().distinct().toList());
  }

  private static final String COPY_OF = "same SOP Instance UID as ";
  private static final String LEFT_OUT = "; this copy is left out";

  /**
   * A part may have kept a file that an earlier part already had: its copies then name the file
   * this merge kept, as one load over all the files would have.
   */
  private static LoadProblem namingTheKeptFile(LoadProblem problem, Map<Path, Path> keptInstead) {
    String reason = problem.reason();
    if (!reason.startsWith(COPY_OF) || !reason.endsWith(LEFT_OUT)) {
      return problem;
    }
    Path named = Path.of(reason.substring(COPY_OF.length(), reason.length() - LEFT_OUT.length()));
    Path kept = keptInstead.get(named);
    return kept == null ? problem : new LoadProblem(problem.path(), COPY_OF + kept + LEFT_OUT);
  }

  private static String firstNonEmpty(List<String> values) {
    return values.stream().filter(v -> !v.isEmpty()).findFirst().orElse("");
  }

  private static final class PatientParts {
    final Patient first;
    final Map<String, StudyParts> studies = new LinkedHashMap<>();

    PatientParts(Patient first) {
      this.first = first;
    }

    Patient build() {
      List<Study> list = new ArrayList<>();
      for (StudyParts s : studies.values()) {
        s.build().ifPresent(list::add);
      }
      list.sort(STUDY_ORDER);
      return new Patient(first.patientId(), first.name(), list);
    }
  }

  private static final class StudyParts {
    final Study first;
    final List<String> descriptions = new ArrayList<>();
    final Map<String, SeriesParts> series = new LinkedHashMap<>();

    StudyParts(Study first) {
      this.first = first;
    }

    Optional<Study> build() {
      List<Series> list = new ArrayList<>();
      for (SeriesParts r : series.values()) {
        r.build().ifPresent(list::add);
      }
      if (list.isEmpty()) {
        return Optional.empty();
      }
      list.sort(SERIES_ORDER);
      return Optional.of(
          new Study(
              first.studyInstanceUid(),
              first.studyId(),
              firstNonEmpty(descriptions),
              first.date(),
              list));
    }
  }

  private static final class SeriesParts {
    final Series first;
    final List<String> descriptions = new ArrayList<>();
    final List<Instance> instances = new ArrayList<>();

    SeriesParts(Series first) {
      this.first = first;
    }

    Optional<Series> build() {
      if (instances.isEmpty()) {
        return Optional.empty();
      }
      instances.sort(INSTANCE_ORDER);
      return Optional.of(
          new Series(
              first.seriesInstanceUid(),
              first.seriesNumber(),
              firstNonEmpty(descriptions),
              first.modality(),
              instances));
    }
  }
}
