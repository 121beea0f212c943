package org.cryows.samples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cryows.samples.SampleGenerator;
import org.cryows.samples.SampleLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./cryo samples [--out DIR]}: writes the bundled samples. A contract: the folder names, the
 * JSON lines and the exit codes are what scripts and the demo rely on (samples/README.md).
 */
@Command(
    name = "samples",
    description = {
      "Write the bundled sample cases, synthetic and the same bytes on every run of a version:"
          + " knee-smgn/, knee-slgn/, knee-imgn/, intercostal/, occipital/ (an Ultrasound"
          + " Multi-frame cine.dcm of 50 frames with one calibrated region, and truth.json: nerve,"
          + " arteries, skin and bone in image mm per frame), ct-knee/ (a CT series of 120 slices"
          + " CT0001.dcm... and truth.json), sessions/ (console sessions recorded by the real"
          + " controller and simulator, NAME.jnl with its scenario NAME.json, index.json, and"
          + " sample-journal.key: a SAMPLE key, not evidence; ./cryo journal verify FILE.jnl --key"
          + " sessions/sample-journal.key), then samples-version.json (the version and every file"
          + " with its size; ./cryo demo reuses a folder whose stamp names its version).",
      "Output: one JSON line per case as it is written, {case, folder, files [paths relative to"
          + " the folder], bytes, seconds}, then one summary line {summary: true, folder, cases,"
          + " files, bytes, seconds (wall), cpuSeconds (this process), threads, processors,"
          + " loadAverage (1 minute, at the start and the end), version {product, generator}}."
          + " Logs on stderr.",
      "Exit: 0 written; 1 a case could not be written (the case and file named on stderr; the"
          + " folder keeps no version stamp, so it is made again on next use); 2 wrong arguments."
    })
public final class SamplesCommand implements Callable<Integer> {
  static final int EXIT_WRITTEN = 0;
  static final int EXIT_FAILED = 1;
  static final int EXIT_USAGE = 2;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "The folder to write into (created if missing; its case folders are replaced)."
              + " Default: $XDG_DATA_HOME/cryo/samples, else ~/.local/share/cryo/samples.")
  Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Path folder = (out != null ? out : SampleLibrary.defaultFolder()).toAbsolutePath().normalize();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      stderr.println("samples: " + folder + " exists and is not a folder");
      stderr.flush();
      return EXIT_USAGE;
    }
    var os = ManagementFactory.getOperatingSystemMXBean();
    double loadBefore = os.getSystemLoadAverage();
    long cpuBefore = processCpuNanos();
    int threads = SampleGenerator.defaultThreads();
    SampleGenerator.Generation generation;
    try {
      generation =
          SampleGenerator.generate(
              folder,
              threads,
              new SampleGenerator.Listener() {
                @Override
                public void finished(SampleGenerator.CaseOutput c, int done, int total) {
                  ObjectNode line = JSON.createObjectNode();
                  line.put("case", c.name());
                  line.put("folder", folder.resolve(c.name()).toString());
                  var files = line.putArray("files");
                  c.files().forEach(files::add);
                  line.put("bytes", c.bytes());
                  line.put("seconds", round(c.seconds()));
                  synchronized (stdout) {
                    stdout.println(line);
                    stdout.flush();
                  }
                }
              });
    } catch (IOException | RuntimeException e) {
      stderr.println("samples: writing the samples into " + folder + " failed: " + e.getMessage());
      stderr.flush();
      return EXIT_FAILED;
    }
    ObjectNode summary = JSON.createObjectNode();
    summary.put("summary", true);
    summary.put("folder", folder.toString());
    summary.put("cases", generation.cases().size());
    summary.put("files", generation.files());
    summary.put("bytes", generation.bytes());
    summary.put("seconds", round(generation.seconds()));
    summary.put("cpuSeconds", round((processCpuNanos() - cpuBefore) / 1e9));
    summary.put("threads", threads);
    summary.put("processors", Runtime.getRuntime().availableProcessors());
    var load = summary.putObject("loadAverage");
    load.put("start", round(loadBefore));
    load.put("end", round(os.getSystemLoadAverage()));
    var version = summary.putObject("version");
    version.put("product", generation.version().product());
    version.put("generator", generation.version().generator());
    stdout.println(summary);
    stdout.flush();
    return EXIT_WRITTEN;
  }

  private static long processCpuNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return 0;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
