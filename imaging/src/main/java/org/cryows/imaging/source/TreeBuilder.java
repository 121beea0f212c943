package org.cryows.imaging.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Groups file entries into patients, studies, series and instances, in a fixed order. */
final class TreeBuilder {

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

  private TreeBuilder() {}

  /**
   * @param entries in path order: of two files with the same SOP Instance UID the first is kept
   * @param problems receives one problem per duplicate
   */
  static List<Patient> build(List<FileEntry> entries, List<LoadProblem> problems) {
    Map<String, FileEntry> bySopInstance = new LinkedHashMap<>();
    for (FileEntry entry : entries) {
      FileEntry first = bySopInstance.putIfAbsent(entry.instance().sopInstanceUid(), entry);
      if (first != null) {
        problems.add(
            new LoadProblem(
                entry.instance().path(),
                "same SOP Instance UID as " + first.instance().path() + "; this copy is left out"));
      }
    }
    Map<String, Map<String, Map<String, List<FileEntry>>>> grouped = new LinkedHashMap<>();
    Map<String, FileEntry> firstOfPatient = new HashMap<>();
    for (FileEntry entry : bySopInstance.values()) {
      String patientKey = entry.patientId() + "\u0000" + entry.patientName();
      firstOfPatient.putIfAbsent(patientKey, entry);
      grouped
          .computeIfAbsent(patientKey, k -> new LinkedHashMap<>())
          .computeIfAbsent(entry.studyInstanceUid(), k -> new LinkedHashMap<>())
          .computeIfAbsent(entry.seriesInstanceUid(), k -> new ArrayList<>())
          .add(entry);
    }
    List<Patient> patients = new ArrayList<>();
    grouped.forEach(
        (patientKey, studies) -> {
          FileEntry patient = firstOfPatient.get(patientKey);
          List<Study> studyList = new ArrayList<>();
          studies.forEach((studyUid, series) -> studyList.add(study(series)));
          studyList.sort(STUDY_ORDER);
          patients.add(new Patient(patient.patientId(), patient.patientName(), studyList));
        });
    patients.sort(PATIENT_ORDER);
    return patients;
  }

  private static Study study(Map<String, List<FileEntry>> seriesByUid) {
    List<Series> seriesList = new ArrayList<>();
    seriesByUid.forEach((uid, files) -> seriesList.add(series(files)));
    seriesList.sort(SERIES_ORDER);
    FileEntry first = seriesByUid.values().iterator().next().get(0);
    return new Study(
        first.studyInstanceUid(),
        first.studyId(),
        firstNonEmpty(seriesByUid.values().stream().flatMap(List::stream).toList(), true),
        first.studyDate(),
        seriesList);
  }

  private static Series series(List<FileEntry> files) {
    List<Instance> instances = new ArrayList<>(files.stream().map(FileEntry::instance).toList());
    instances.sort(INSTANCE_ORDER);
    FileEntry first = files.get(0);
    return new Series(
        first.seriesInstanceUid(),
        first.seriesNumber(),
        firstNonEmpty(files, false),
        first.instance().modality(),
        instances);
  }

  private static String firstNonEmpty(List<FileEntry> files, boolean study) {
    return files.stream()
        .map(f -> study ? f.studyDescription() : f.seriesDescription())
        .filter(d -> !d.isEmpty())
        .findFirst()
        .orElse("");
  }
}
