package org.cryows.imaging.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SharedDataLoadTest {

  @Test
  void load_everySharedSample_isAnInstanceOrAProblemAndNoneIsTakenForTruncated()
      throws IOException {
    Path root = SharedTestData.dicom("MANIFEST.tsv").getParent();
    Set<Path> samples = new TreeSet<>();
    try (Stream<String> lines = Files.lines(root.resolve("MANIFEST.tsv"))) {
      lines
          .skip(1)
          .map(line -> line.split("\t"))
          .filter(fields -> !fields[4].equals("MediaStorageDirectoryStorage"))
          .forEach(fields -> samples.add(root.resolve(fields[0])));
    }

    DicomTree tree = new DicomLoader().load(root);

    Set<Path> accounted = new TreeSet<>();
    tree.instances().forEach(i -> accounted.add(i.path()));
    tree.problems().forEach(p -> accounted.add(p.path()));
    Set<Path> notes =
        Set.of(
            root.resolve("LICENSES.md"), root.resolve("MANIFEST.tsv"), root.resolve("README.md"));
    accounted.removeAll(notes);
    assertEquals(samples, accounted);
    for (Path note : notes) {
      assertTrue(
          tree.problems().stream().anyMatch(p -> p.path().equals(note)), note + " is reported");
    }
    List<LoadProblem> truncated =
        tree.problems().stream().filter(p -> p.reason().startsWith("truncated")).toList();
    assertEquals(List.of(), truncated, "whole files are never taken for cut ones");
  }

  @Test
  void load_pydicomTestFiles_accountsForEveryFileWithoutThrowing() throws IOException {
    Path root = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");
    Assumptions.assumeTrue(Files.isDirectory(root), "pydicom test files absent: " + root);
    Set<Path> files = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }

    long started = System.nanoTime();
    DicomTree tree = new DicomLoader().load(root);
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;

    Set<Path> accounted = new TreeSet<>();
    tree.instances().forEach(i -> accounted.add(i.path()));
    tree.problems().forEach(p -> accounted.add(p.path()));
    Set<Path> leftAside = new TreeSet<>(files);
    leftAside.removeAll(accounted);
    // Only directories (DICOMDIR files) are left aside without a word.
    for (Path file : leftAside) {
      assertTrue(file.getFileName().toString().startsWith("DICOMDIR"), file.toString());
    }
    System.out.printf(
        "pydicom test files: %d files, %d instances, %d problems, %d directories in %d ms%n",
        files.size(),
        tree.instances().count(),
        tree.problems().size(),
        leftAside.size(),
        elapsedMs);
  }
}
