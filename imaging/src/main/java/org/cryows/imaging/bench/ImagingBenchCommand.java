package org.cryows.imaging.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./cryo bench imaging}: decoding speed against dcmtk on real files, then the synthetic CT
 * volume's load time, memory and reslice speed. Prints figures; asserts nothing.
 */
@Command(
    name = "imaging",
    mixinStandardHelpOptions = true,
    description = {
      "Imaging benchmark. Decode every frame of the largest multi-frame ultrasound and of the"
          + " 20-slice MR series of the shared test data: frames per second in process, and whole"
          + " processes side by side with dcmtk's dcmj2pnm +Fa writing PPM to a tmpfs folder"
          + " (ratio ours / dcmtk, goal <= 1.0).",
      "Then a synthetic 512 x 512 x 400 CT volume: load time, retained heap against raw size"
          + " (goal <= 1.3) and the median time of an oblique 512 x 512 reslice (JMH, goal <= 10 ms)"
          + " against a naive reslice run side by side."
    })
public final class ImagingBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The shared DICOM test data folder (default: ../shared/data/dicom beside the"
              + " repository).")
  Path data;

  @Option(names = "--skip-decode", description = "Only the volume part.")
  boolean skipDecode;

  @Option(names = "--skip-volume", description = "Only the decoding part.")
  boolean skipVolume;

  @Override
  public Integer call() throws Exception {
    if (!skipDecode) {
      Path folder = data != null ? data : defaultData();
      if (!Files.isDirectory(folder)) {
        throw new ParameterException(
            spec.commandLine(), "no DICOM test data at " + folder + "; give --data DIR");
      }
      DecodeBenchmark.run(System.out, folder);
    }
    if (!skipVolume) {
      VolumeBenchmark.run(System.out);
    }
    return 0;
  }

  private static Path defaultData() {
    String repo = System.getProperty("cryo.repo.dir", ".");
    return Path.of(repo).toAbsolutePath().resolveSibling("shared").resolve("data").resolve("dicom");
  }
}
