package org.cryows.imaging.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cryows.imaging.adapter.DicomFile;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.ImageProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a file, a folder (recursively) or a DICOMDIR file-set into a {@link DicomTree}. Each file
 * is read once, in parallel on a bounded pool: its header, and its image opened from it ({@link
 * DicomImages#read}); pixels are not decoded. A file that cannot be read, or whose pixel data has
 * nothing to show, becomes a {@link LoadProblem} with the reason, and every other file still loads.
 * An image with some frames missing loads, with a problem saying so.
 */
public final class DicomLoader {

  private static final Logger LOG = LoggerFactory.getLogger(DicomLoader.class);

  private final int threads;

  /** Reads with up to four threads, fewer on a smaller machine. */
  public DicomLoader() {
    this(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  }

  public DicomLoader(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread reads headers, not " + threads);
    }
    this.threads = threads;
  }

  /** A DICOMDIR (by name or by SOP class), a folder, or a single file. */
  public DicomTree load(Path path) {
    if (Files.isDirectory(path)) {
      return loadFolder(path);
    }
    if (!Files.isRegularFile(path)) {
      return new DicomTree(List.of(), List.of(new LoadProblem(path, "no such file or folder")));
    }
    if (path.getFileName().toString().equalsIgnoreCase("DICOMDIR")) {
      return loadDicomDir(path);
    }
    Outcome outcome = readOne(path);
    if (outcome.dicomDir()) {
      return loadDicomDir(path);
    }
    List<LoadProblem> problems = new ArrayList<>();
    outcome.problem().ifPresent(problems::add);
    List<FileEntry> entries = outcome.entry().stream().toList();
    return new DicomTree(TreeBuilder.build(entries, problems), problems);
  }

  /**
   * Every file under {@code folder}, at any depth. Files that are not DICOM are reported; a
   * DICOMDIR inside the folder is left aside, since the files it lists are loaded as files.
   */
  public DicomTree loadFolder(Path folder) {
    List<LoadProblem> problems = new ArrayList<>();
    List<Path> files = regularFilesUnder(folder, problems);
    return read(files, Map.of(), problems);
  }

  /**
   * The regular files under {@code folder} at any depth, in name order; a sub-folder or file that
   * cannot be listed is added to {@code problems} and the walk goes on.
   */
  public static List<Path> regularFilesUnder(Path folder, List<LoadProblem> problems) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile()) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.add(new LoadProblem(file, "cannot be listed: " + e.getMessage()));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(new LoadProblem(folder, "cannot be listed: " + e.getMessage()));
    }
    files.sort(Comparator.naturalOrder());
    return files;
  }

  /**
   * The files a DICOMDIR lists; files it lists but that are missing are reported. When its records
   * cannot be read at all, its folder is scanned instead, and that is reported.
   */
  public DicomTree loadDicomDir(Path dicomdir) {
    DicomDirectory.Listing listing = DicomDirectory.read(dicomdir);
    if (!listing.recordsRead()) {
      // What is on the medium is still worth showing: the folder holds the file-set.
      DicomTree scanned = loadFolder(dicomdir.toAbsolutePath().getParent());
      List<LoadProblem> problems = new ArrayList<>(scanned.problems());
      problems.addAll(listing.problems());
      problems.sort(Comparator.comparing(LoadProblem::path).thenComparing(LoadProblem::reason));
      return new DicomTree(scanned.patients(), problems);
    }
    Map<Path, Optional<String>> expected =
        listing.references().stream()
            .collect(
                Collectors.toMap(
                    DicomDirectory.Reference::file, DicomDirectory.Reference::sopInstanceUid));
    List<Path> files = new ArrayList<>(expected.keySet());
    files.sort(Comparator.naturalOrder());
    return read(files, expected, new ArrayList<>(listing.problems()));
  }

  /** The given files, each on its own. */
  public DicomTree loadFiles(List<Path> files) {
    List<Path> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.naturalOrder());
    return read(sorted.stream().distinct().toList(), Map.of(), new ArrayList<>());
  }

  private DicomTree read(
      List<Path> files, Map<Path, Optional<String>> expectedUids, List<LoadProblem> problems) {
    List<FileEntry> entries = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads())) {
      List<Future<Outcome>> outcomes = new ArrayList<>(files.size());
      for (Path file : files) {
        outcomes.add(pool.submit(() -> readOne(file)));
      }
      for (int i = 0; i < files.size(); i++) {
        Outcome outcome = await(files.get(i), outcomes.get(i));
        outcome.problem().ifPresent(problems::add);
        outcome.entry().ifPresent(entries::add);
      }
    }
    for (FileEntry entry : entries) {
      Path file = entry.instance().path();
      Optional<String> listed = expectedUids.getOrDefault(file, Optional.empty());
      if (listed.isPresent() && !listed.get().equals(entry.instance().sopInstanceUid())) {
        problems.add(
            new LoadProblem(
                file,
                "the DICOMDIR lists SOP Instance UID "
                    + listed.get()
                    + " but the file holds "
                    + entry.instance().sopInstanceUid()
                    + "; loaded as the file says"));
      }
    }
    List<Patient> patients = TreeBuilder.build(entries, problems);
    problems.sort(Comparator.comparing(LoadProblem::path).thenComparing(LoadProblem::reason));
    if (!problems.isEmpty()) {
      LOG.warn("{} of {} files not loaded or loaded with a doubt", problems.size(), files.size());
    }
    return new DicomTree(patients, problems);
  }

  /**
   * The file's entry, or why it has none, or both when it loaded with a doubt (frames missing); a
   * DICOMDIR met in a folder gives neither.
   */
  private record Outcome(
      Optional<FileEntry> entry, Optional<LoadProblem> problem, boolean dicomDir) {
    Outcome(Optional<FileEntry> entry, Optional<LoadProblem> problem) {
      this(entry, problem, false);
    }
  }

  /**
   * Reads the file once: its header, and its image opened from that same read, so a viewer or a
   * frame cache never reads it again.
   */
  private static Outcome readOne(Path file) {
    try {
      Optional<String> notDicom = DicomSniffer.whyNotDicom(file);
      if (notDicom.isPresent()) {
        return failed(file, notDicom.get());
      }
      DicomFile read = DicomImages.read(file);
      DicomDataset header = read.header();
      if (DicomDirectory.isDicomDir(header)) {
        return new Outcome(Optional.empty(), Optional.empty(), true);
      }
      if (read.image().isEmpty()) {
        // No pixel data found: a plan or a report, or an image cut before its pixel data.
        Optional<String> truncated = TruncationCheck.check(header, Files.size(file));
        if (truncated.isPresent()) {
          return failed(file, truncated.get());
        }
      }
      FileEntry entry = FileEntry.of(file, header, read.image());
      return new Outcome(Optional.of(entry), read.image().flatMap(i -> missingFrames(file, i)));
    } catch (DicomReadException e) {
      return failed(file, e.reason());
    } catch (DicomAttributeException e) {
      return failed(file, withoutPrefix(file, e.getMessage()));
    } catch (IOException e) {
      return failed(file, "cannot be read: " + e.getMessage());
    } catch (RuntimeException e) {
      return failed(file, "unreadable header: " + e);
    }
  }

  /**
   * An image with frames that cannot be shown (missing, or no decoder) loads with a doubt: how
   * many, and the first why.
   */
  private static Optional<LoadProblem> missingFrames(Path file, DicomImage image) {
    List<ImageProblem> errors =
        image.problems().stream().filter(p -> p.severity() == ImageProblem.Severity.ERROR).toList();
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    long lost =
        errors.stream()
            .filter(p -> p.frameNumber().isPresent())
            .mapToLong(p -> p.lastFrameNumber().getAsInt() - p.frameNumber().getAsInt() + 1)
            .sum();
    String count =
        lost >= image.frameCount()
            ? "no frame can be shown here; "
            : lost + " of " + image.frameCount() + " frames cannot be shown, the others can; ";
    return Optional.of(new LoadProblem(file, count + errors.get(0).text()));
  }

  private static Outcome await(Path file, Future<Outcome> outcome) {
    try {
      return outcome.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(file, "loading was interrupted before this file was read");
    } catch (ExecutionException e) {
      return failed(file, "unreadable header: " + e.getCause());
    }
  }

  private static Outcome failed(Path file, String reason) {
    return new Outcome(Optional.empty(), Optional.of(new LoadProblem(file, reason)));
  }

  private static String withoutPrefix(Path file, String message) {
    String prefix = file + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    Function<Runnable, Thread> make =
        task -> {
          Thread thread = new Thread(task, "dicom-header-reader-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    return make::apply;
  }
}
