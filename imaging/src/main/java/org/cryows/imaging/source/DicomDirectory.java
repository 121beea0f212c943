package org.cryows.imaging.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cryows.imaging.adapter.DicomHeaders;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.dataset.Tags;

/**
 * The files a DICOMDIR lists. Every record with a Referenced File ID (0004,1500) names a file by
 * path components relative to the DICOMDIR's folder. The hierarchy is then taken from the files
 * themselves, so the records' offsets are not needed and a stale or reordered directory still loads
 * what is on the medium.
 */
final class DicomDirectory {

  /** Media Storage Directory Storage: the SOP class of a DICOMDIR. */
  static final String SOP_CLASS = "1.2.840.10008.1.3.10";

  /** A file the directory names, with the SOP Instance UID it says the file holds. */
  record Reference(Path file, Optional<String> sopInstanceUid) {}

  /**
   * The references that resolve to files, and one problem per reference that does not.
   *
   * @param recordsRead false when the file is a DICOMDIR but its records could not be read
   */
  record Listing(List<Reference> references, List<LoadProblem> problems, boolean recordsRead) {}

  private DicomDirectory() {}

  static boolean isDicomDir(DicomDataset header) {
    return SOP_CLASS.equals(header.string(Tags.MEDIA_STORAGE_SOP_CLASS_UID).orElse(""))
        || SOP_CLASS.equals(header.string(Tags.SOP_CLASS_UID).orElse(""));
  }

  static Listing read(Path dicomdir) {
    List<LoadProblem> problems = new ArrayList<>();
    DicomDataset header;
    try {
      header = DicomHeaders.read(dicomdir);
    } catch (DicomReadException e) {
      return new Listing(List.of(), List.of(new LoadProblem(dicomdir, e.reason())), true);
    }
    if (!isDicomDir(header)) {
      return new Listing(
          List.of(),
          List.of(
              new LoadProblem(
                  dicomdir, "not a DICOMDIR: its SOP class is not " + SOP_CLASS + " (directory)")),
          true);
    }
    if (!header.contains(Tags.DIRECTORY_RECORD_SEQUENCE)) {
      return new Listing(
          List.of(),
          List.of(
              new LoadProblem(
                  dicomdir,
                  Tags.describe(Tags.DIRECTORY_RECORD_SEQUENCE)
                      + " could not be read; the folder was scanned instead")),
          false);
    }
    Path base = dicomdir.toAbsolutePath().getParent();
    Map<Path, Reference> references = new LinkedHashMap<>();
    List<DicomDataset> records = header.sequence(Tags.DIRECTORY_RECORD_SEQUENCE);
    for (int i = 0; i < records.size(); i++) {
      DicomDataset record = records.get(i);
      String where =
          "record " + (i + 1) + " (" + record.string(Tags.DIRECTORY_RECORD_TYPE).orElse("?") + ")";
      List<String> components;
      try {
        components = record.strings(Tags.REFERENCED_FILE_ID);
      } catch (DicomAttributeException e) {
        problems.add(new LoadProblem(dicomdir, where + ": " + e.getMessage()));
        continue;
      }
      if (components.isEmpty()) {
        continue;
      }
      String id = String.join("\\", components);
      Optional<String> invalid = invalidComponent(components);
      if (invalid.isPresent()) {
        problems.add(
            new LoadProblem(
                dicomdir, where + ": Referenced File ID '" + id + "' refused: " + invalid.get()));
        continue;
      }
      Optional<Path> file = resolve(base, components);
      if (file.isEmpty()) {
        problems.add(
            new LoadProblem(
                base.resolve(String.join("/", components)),
                "listed in " + dicomdir + " " + where + " as '" + id + "' but missing"));
        continue;
      }
      references.putIfAbsent(
          file.get(),
          new Reference(file.get(), record.string(Tags.REFERENCED_SOP_INSTANCE_UID_IN_FILE)));
    }
    return new Listing(List.copyOf(references.values()), problems, true);
  }

  // A file ID names a file inside the file-set; anything that could leave the folder is refused.
  private static Optional<String> invalidComponent(List<String> components) {
    for (String component : components) {
      if (component.isEmpty() || component.equals(".") || component.equals("..")) {
        return Optional.of("component '" + component + "' is not a file or folder name");
      }
      if (component.contains("/") || component.contains("\\") || component.contains(":")) {
        return Optional.of("component '" + component + "' holds a path separator");
      }
    }
    return Optional.empty();
  }

  // File IDs are upper case by the standard, but media copied to another file system may have
  // changed the case of the names: an exact match first, else a case-insensitive one.
  private static Optional<Path> resolve(Path base, List<String> components) {
    Path current = base;
    for (String component : components) {
      Path exact = current.resolve(component);
      if (Files.exists(exact)) {
        current = exact;
        continue;
      }
      Optional<Path> other = caseInsensitive(current, component);
      if (other.isEmpty()) {
        return Optional.empty();
      }
      current = other.get();
    }
    return Files.isRegularFile(current) ? Optional.of(current) : Optional.empty();
  }

  private static Optional<Path> caseInsensitive(Path folder, String name) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
