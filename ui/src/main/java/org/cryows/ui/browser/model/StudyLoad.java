package org.cryows.ui.browser.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.cryows.imaging.source.DicomLoader;
import org.cryows.imaging.source.DicomTree;
import org.cryows.imaging.source.LoadProblem;

/**
 * Loads what the user opened (files, folders, DICOMDIRs) into one tree, telling how far it has come
 * and stopping between parts when asked. A folder is read in parts of a few dozen files so that its
 * progress is true; the parts are merged by {@link TreeMerge}. A DICOMDIR or a single file is read
 * in one go.
 */
public final class StudyLoad {

  private final DicomLoader loader;

  public StudyLoad(DicomLoader loader) {
    this.loader = loader;
  }

  /**
   * @throws CancellationException when {@code cancelled} turned true; nothing is returned then
   */
  public DicomTree load(
      List<Path> paths, Consumer<LoadProgress> progress, BooleanSupplier cancelled) {
    List<LoadProblem> listingProblems = new ArrayList<>();
    List<Part> parts = new ArrayList<>();
    progress.accept(new LoadProgress("Listing files", 0, 0));
    for (Path path : paths) {
      checkCancelled(cancelled);
      if (Files.isDirectory(path)) {
        parts.add(new Part(path, DicomLoader.regularFilesUnder(path, listingProblems)));
      } else {
        parts.add(new Part(path, List.of()));
      }
    }
    int total = parts.stream().mapToInt(Part::weight).sum();
    int read = 0;
    List<DicomTree> trees = new ArrayList<>();
    trees.add(new DicomTree(List.of(), listingProblems));
    for (Part part : parts) {
      if (!part.isFolder()) {
        checkCancelled(cancelled);
        progress.accept(new LoadProgress("Reading " + part.path().getFileName(), read, total));
        trees.add(loader.load(part.path()));
        read += 1;
        continue;
      }
      int chunk = Math.clamp(total / 50, 16, 256);
      List<Path> files = part.files();
      for (int from = 0; from < files.size(); from += chunk) {
        checkCancelled(cancelled);
        progress.accept(new LoadProgress("Reading headers", read, total));
        List<Path> slice = files.subList(from, Math.min(files.size(), from + chunk));
        trees.add(loader.loadFiles(slice));
        read += slice.size();
      }
    }
    checkCancelled(cancelled);
    progress.accept(new LoadProgress("Reading headers", read, total));
    return TreeMerge.merge(trees);
  }

  private static void checkCancelled(BooleanSupplier cancelled) {
    if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
      throw new CancellationException("the load was cancelled");
    }
  }

  private record Part(Path path, List<Path> files) {
    boolean isFolder() {
      return Files.isDirectory(path);
    }

    int weight() {
      return isFolder() ? files.size() : 1;
    }
  }
}
