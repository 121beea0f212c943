package org.cryows.imaging.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cryows.imaging.source.DicomLoader;
import org.cryows.imaging.source.DicomTree;
import org.cryows.imaging.source.Instance;
import org.cryows.imaging.source.LoadProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./cryo info PATH...}: what the workstation reads in DICOM files, one JSON object per line.
 * A file that cannot be read gives a line with its error; the others are still reported.
 */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = {
      "Describe DICOM files and folders: one JSON object per line on stdout, logs on stderr.",
      "Per file: path, sopClassUid, modality, transferSyntaxUid, rows, columns, frames,"
          + " photometric, bitsStored, frameTimeMs (or null), regions (ultrasound regions: x0, y0,"
          + " x1, y1, unitsX, unitsY, deltaX, deltaY in their units, deltaXmm and deltaYmm in mm"
          + " per pixel for spatial units, else null), pixelSpacingMm ([column, row] spacing in mm,"
          + " or null), decoded (true when every frame decoded), decodeError (when not: the first"
          + " bad frame and why), framesDecoded (how many frames decoded), badFrames (list of"
          + " {first, last, reason}: frames numbered from 1 that are missing from the file, a run"
          + " per reason, or failed to decode), warnings (list of strings: attributes left out, e.g."
          + " an invalid Window Width, with what is shown instead).",
      "A file that cannot be read: {\"path\", \"error\"} with the tag, frame or codec and why.",
      "Per folder (or DICOMDIR), after its files, one line per series: series, slices, spacingMm [column, row,"
          + " slice], orientation (6 direction cosines), problems (list of strings, each with its"
          + " numbers and whether the slices are accepted, resampled or refused), volume"
          + " (as_acquired, resampled or refused).",
      "Exit code 0, also when some files cannot be read; 2 when the arguments are wrong."
    })
public final class InfoCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DICOMDIR = "DICOMDIR";

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "DICOM files, folders, DICOMDIR.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ExecutorService decoders =
        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      ImageInfoReader reader = new ImageInfoReader(decoders);
      DicomLoader loader = new DicomLoader();
      for (Path path : paths) {
        if (Files.isDirectory(path)) {
          describeFolder(out, reader, loader, path);
        } else if (DICOMDIR.equalsIgnoreCase(String.valueOf(path.getFileName()))) {
          describeFileSet(out, reader, loader, path);
        } else if (Files.exists(path)) {
          print(out, reader.describeFile(path));
        } else {
          print(out, reader.error(path, "no such file or folder"));
        }
        out.flush();
      }
    } finally {
      decoders.shutdownNow();
    }
    return 0;
  }

  /** Every file under the folder, DICOM or not, then the series they make up. */
  private static void describeFolder(
      PrintWriter out, ImageInfoReader reader, DicomLoader loader, Path folder) {
    List<LoadProblem> unlisted = new ArrayList<>();
    for (Path file : DicomLoader.regularFilesUnder(folder, unlisted)) {
      print(out, reader.describeFile(file));
    }
    unlisted.forEach(problem -> print(out, reader.error(problem.path(), problem.reason())));
    reader.describeSeries(loader.loadFolder(folder)).forEach(line -> print(out, line));
  }

  /** The files a DICOMDIR references (and those it lists but cannot be read), then the series. */
  private static void describeFileSet(
      PrintWriter out, ImageInfoReader reader, DicomLoader loader, Path dicomdir) {
    DicomTree tree = loader.loadDicomDir(dicomdir);
    tree.instances()
        .map(Instance::path)
        .sorted()
        .forEach(file -> print(out, reader.describeFile(file)));
    for (LoadProblem problem : tree.problems()) {
      print(out, reader.error(problem.path(), problem.reason()));
    }
    reader.describeSeries(tree).forEach(line -> print(out, line));
  }

  private static void print(PrintWriter out, ObjectNode line) {
    try {
      out.println(JSON.writeValueAsString(line));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
