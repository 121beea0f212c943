package org.cryows.imaging.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.dataset.DicomReadException;

/**
 * Decoding speed on the largest multi-frame ultrasound of the shared data and on the 20-slice MR
 * series: frames per second in process (warm, median of several rounds, frames decoded in
 * parallel), and whole-process time of a JVM decoding every frame against dcmtk's {@code dcmj2pnm
 * +Fa} writing every frame as PNM to a tmpfs folder, run alternately in the same run. Prints plain
 * lines; asserts nothing.
 */
public final class DecodeBenchmark {

  static final int WARM_UP_ROUNDS = 3;
  static final int ROUNDS = 7;
  static final int PROCESS_ROUNDS = 5;

  /**
   * Options of the decoding process: a short-lived command-line run, so the client compiler only
   * (no time spent on C2 for code that runs once) and the serial collector. (A class data sharing
   * archive would need a class path of jars only.)
   */
  static final List<String> CHILD_JVM_OPTIONS =
      List.of(
          "-Djava.awt.headless=true",
          "--enable-native-access=ALL-UNNAMED",
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC");

  private DecodeBenchmark() {}

  public static void run(PrintStream out, Path sharedDicomDir) throws Exception {
    out.println("decode benchmark (" + Runtime.getRuntime().availableProcessors() + " cores)");
    Path ultrasound = largestMultiFrameUltrasound(sharedDicomDir.resolve("us"));
    List<Path> mrSeries;
    try (Stream<Path> files = Files.list(sharedDicomDir.resolve("mr/prostate_adc_20slices"))) {
      mrSeries = files.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
    }
    measure(out, "ultrasound " + ultrasound.getFileName(), List.of(ultrasound));
    measure(out, "MR series prostate_adc_20slices (" + mrSeries.size() + " files)", mrSeries);
  }

  private static void measure(PrintStream out, String name, List<Path> files) throws Exception {
    int frames = decodeAll(files);
    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
      decodeAll(files);
    }
    double[] seconds = new double[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long start = System.nanoTime();
      decodeAll(files);
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    double median = median(seconds);
    out.printf(
        Locale.ROOT,
        "%s: %d frames; in process (warm, parallel): median %.1f ms per pass, %.0f frames/s%n",
        name,
        frames,
        median * 1e3,
        frames / median);

    Path dcmj2pnm = onPath("dcmj2pnm");
    double[] ours = new double[PROCESS_ROUNDS];
    double[] dcmtk = new double[PROCESS_ROUNDS];
    Path shm = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : null;
    Path folder = Files.createTempDirectory(shm, "decode-bench");
    try {
      for (int i = 0; i < PROCESS_ROUNDS; i++) {
        ours[i] = timeOurProcess(files);
        dcmtk[i] = dcmj2pnm == null ? Double.NaN : timeDcmtk(dcmj2pnm, files, folder);
        deleteContents(folder);
      }
    } finally {
      deleteContents(folder);
      Files.deleteIfExists(folder);
    }
    double oursMedian = median(ours);
    out.printf(
        Locale.ROOT,
        "%s: whole process, JVM start included: ours median %.0f ms (rounds %s; java %s)%n",
        name,
        oursMedian * 1e3,
        millis(ours),
        String.join(" ", CHILD_JVM_OPTIONS.subList(2, CHILD_JVM_OPTIONS.size())));
    if (dcmj2pnm == null) {
      out.println(name + ": dcmj2pnm is not installed; no dcmtk comparison");
      return;
    }
    double dcmtkMedian = median(dcmtk);
    out.printf(
        Locale.ROOT,
        "%s: whole process: dcmj2pnm +Fa to %s median %.0f ms (rounds %s), %d process(es)%n",
        name,
        folder.getParent(),
        dcmtkMedian * 1e3,
        millis(dcmtk),
        files.size());
    out.printf(
        Locale.ROOT,
        "%s: ratio ours / dcmtk: whole process %.2f (medians), per round %s; in process %.2f%n",
        name,
        oursMedian / dcmtkMedian,
        ratios(ours, dcmtk),
        median / dcmtkMedian);
  }

  /** Opens every file and decodes every frame, frames in parallel; returns the frame count. */
  static int decodeAll(List<Path> files) throws DicomReadException {
    List<DicomImage> images;
    try {
      images =
          files.parallelStream()
              .map(
                  file -> {
                    try {
                      return DicomImages.open(file);
                    } catch (DicomReadException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .toList();
    } catch (UncheckedIOException e) {
      throw (DicomReadException) e.getCause();
    }
    int[] starts = new int[files.size() + 1];
    for (int i = 0; i < files.size(); i++) {
      starts[i + 1] = starts[i] + images.get(i).frames().frameCount();
    }
    int total = starts[files.size()];
    long decoded =
        IntStream.range(0, total)
            .parallel()
            .filter(
                k -> {
                  int file = Arrays.binarySearch(starts, k);
                  file = file >= 0 ? file : -file - 2;
                  while (starts[file + 1] == starts[file]) {
                    file++;
                  }
                  try {
                    return images.get(file).frames().frame(k - starts[file]).sampleCount() > 0;
                  } catch (DicomReadException e) {
                    throw new UncheckedIOException(e);
                  }
                })
            .count();
    return (int) decoded;
  }

  static Path largestMultiFrameUltrasound(Path folder) throws IOException {
    List<Path> candidates;
    try (Stream<Path> files = Files.list(folder)) {
      candidates = files.filter(Files::isRegularFile).toList();
    }
    return candidates.stream()
        .filter(p -> pixelsOf(p) > 0)
        .max(Comparator.comparingLong(DecodeBenchmark::pixelsOf))
        .orElseThrow(() -> new IOException("no multi-frame ultrasound in " + folder));
  }

  /** Pixels of all frames of a multi-frame file; 0 for single frames and unreadable files. */
  private static long pixelsOf(Path file) {
    try {
      var d = DicomImages.open(file).description();
      return d.frames() > 1 ? (long) d.frames() * d.rows() * d.columns() : 0;
    } catch (DicomReadException e) {
      return 0;
    }
  }

  private static double timeOurProcess(List<Path> files) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(CHILD_JVM_OPTIONS);
    String libraryPath = System.getProperty("java.library.path");
    if (libraryPath != null) {
      command.add("-Djava.library.path=" + libraryPath);
    }
    command.add(DecodeBenchmarkMain.class.getName());
    files.forEach(f -> command.add(f.toString()));
    return timeProcess(command);
  }

  private static double timeDcmtk(Path dcmj2pnm, List<Path> files, Path folder) throws Exception {
    double total = 0;
    for (int i = 0; i < files.size(); i++) {
      total +=
          timeProcess(
              List.of(
                  dcmj2pnm.toString(),
                  "+Fa",
                  files.get(i).toString(),
                  folder.resolve("frame-" + i).toString()));
    }
    return total;
  }

  private static double timeProcess(List<String> command) throws Exception {
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException(command.get(0) + " did not finish");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " exited with " + process.exitValue());
    }
    return seconds;
  }

  private static Path onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static void deleteContents(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String millis(double[] seconds) {
    StringBuilder b = new StringBuilder();
    for (double s : seconds) {
      b.append(b.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.0f", s * 1e3));
    }
    return b.toString();
  }

  private static String ratios(double[] ours, double[] theirs) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < ours.length; i++) {
      b.append(b.isEmpty() ? "" : " ")
          .append(String.format(Locale.ROOT, "%.2f", ours[i] / theirs[i]));
    }
    return b.toString();
  }
}
