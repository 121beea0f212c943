package org.cryows.imaging.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.dataset.DicomReadException;

/**
 * Decoding speed on the largest multi-frame ultrasound of the shared data and on the 20-slice MR
 * series: frames per second in process (warm, median of several rounds, frames decoded in
 * parallel), and whole-process time of a JVM decoding every frame, without and with an AOT cache
 * (JEP 483), against dcmtk's {@code dcmj2pnm +Fa} writing every frame as PNM to a tmpfs folder, the
 * three run in turn in each round. Prints plain lines; asserts nothing.
 */
public final class DecodeBenchmark {

  static final int WARM_UP_ROUNDS = 3;
  static final int ROUNDS = 7;
  static final int PROCESS_ROUNDS = 5;

  /**
   * Options of the decoding process: a short-lived command-line run, so the client compiler only
   * (no time spent on C2 for code that runs once) and the serial collector.
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
    Optional<String> jars = jarClassPath(System.getProperty("java.class.path"), out);
    Path cacheFolder = Files.createTempDirectory("decode-bench-aot");
    try {
      Optional<Path> cache = Optional.empty();
      if (jars.isPresent()) {
        List<Path> training = List.of(ultrasound, mrSeries.getFirst());
        cache = createAotCache(out, jars.get(), cacheFolder, training);
      }
      String classPath = jars.orElse(System.getProperty("java.class.path"));
      measure(out, "ultrasound " + ultrasound.getFileName(), List.of(ultrasound), classPath, cache);
      measure(
          out,
          "MR series prostate_adc_20slices (" + mrSeries.size() + " files)",
          mrSeries,
          classPath,
          cache);
    } finally {
      deleteContents(cacheFolder);
      Files.deleteIfExists(cacheFolder);
    }
  }

  private static void measure(
      PrintStream out, String name, List<Path> files, String classPath, Optional<Path> cache)
      throws Exception {
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
    double[] cached = new double[PROCESS_ROUNDS];
    double[] dcmtk = new double[PROCESS_ROUNDS];
    Path shm = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : null;
    Path folder = Files.createTempDirectory(shm, "decode-bench");
    String loadBefore = loadAverage();
    try {
      for (int i = 0; i < PROCESS_ROUNDS; i++) {
        ours[i] = timeOurProcess(files, classPath, Optional.empty());
        cached[i] = cache.isPresent() ? timeOurProcess(files, classPath, cache) : Double.NaN;
        dcmtk[i] = dcmj2pnm == null ? Double.NaN : timeDcmtk(dcmj2pnm, files, folder);
        deleteContents(folder);
      }
    } finally {
      deleteContents(folder);
      Files.deleteIfExists(folder);
    }
    out.printf(
        Locale.ROOT,
        "%s: load average before / after the process rounds: %s / %s%n",
        name,
        loadBefore,
        loadAverage());
    double oursMedian = median(ours);
    double cachedMedian = median(cached);
    out.printf(
        Locale.ROOT,
        "%s: whole process, JVM start included: ours median %.0f ms (rounds %s; java %s)%n",
        name,
        oursMedian * 1e3,
        millis(ours),
        String.join(" ", CHILD_JVM_OPTIONS.subList(2, CHILD_JVM_OPTIONS.size())));
    if (cache.isPresent()) {
      out.printf(
          Locale.ROOT,
          "%s: whole process: ours with the AOT cache median %.0f ms (rounds %s)%n",
          name,
          cachedMedian * 1e3,
          millis(cached));
    }
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
    if (cache.isPresent()) {
      out.printf(
          Locale.ROOT,
          "%s: ratio ours with the AOT cache / dcmtk: whole process %.2f (medians), per round %s%n",
          name,
          cachedMedian / dcmtkMedian,
          ratios(cached, dcmtk));
    }
  }

  /**
   * The class path as jars only, which the AOT cache needs (it records no class from a folder):
   * each module's {@code target/classes} is replaced by the jar beside it. Empty, with the reason
   * printed, when a folder has no jar.
   */
  static Optional<String> jarClassPath(String classPath, PrintStream out) throws IOException {
    List<String> jars = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path path = Path.of(entry);
      if (!Files.isDirectory(path)) {
        jars.add(entry);
        continue;
      }
      Optional<Path> jar = moduleJar(path);
      if (jar.isEmpty()) {
        out.println(
            "AOT cache unavailable: the class path holds the folder "
                + path
                + " and no module jar beside it (build with mvn package); no AOT column");
        return Optional.empty();
      }
      jars.add(jar.get().toString());
    }
    return Optional.of(String.join(File.pathSeparator, jars));
  }

  /** The jar Maven packs from {@code MODULE/target/classes}: {@code MODULE/target/MODULE-*.jar}. */
  private static Optional<Path> moduleJar(Path classes) throws IOException {
    Path target = classes.toAbsolutePath().normalize().getParent();
    if (!classes.getFileName().toString().equals("classes")
        || target == null
        || target.getParent() == null
        || !target.getFileName().toString().equals("target")) {
      return Optional.empty();
    }
    String module = target.getParent().getFileName().toString();
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(module + "-"))
          .filter(p -> p.getFileName().toString().matches(".*-\\d[^-]*(-SNAPSHOT)?\\.jar"))
          .filter(Files::isRegularFile)
          .findFirst();
    }
  }

  /**
   * Creates an AOT cache for {@link DecodeBenchmarkMain} by one training run on the given files
   * with the measured options, then checks that a run with {@code -XX:AOTMode=on} (which fails
   * rather than run without the cache) accepts it. Empty, with the reason printed, otherwise.
   */
  private static Optional<Path> createAotCache(
      PrintStream out, String jars, Path folder, List<Path> training) throws Exception {
    Path cache = folder.resolve("decode.aot");
    Path log = folder.resolve("training.log");
    long start = System.nanoTime();
    List<String> command = ourCommand(jars, List.of("-XX:AOTCacheOutput=" + cache), training);
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    if (!finished || process.exitValue() != 0 || !Files.isRegularFile(cache)) {
      List<String> lines = Files.readAllLines(log);
      out.println(
          "AOT cache unavailable: the training run failed"
              + (lines.isEmpty() ? "" : " (" + lines.getLast() + ")")
              + "; no AOT column");
      return Optional.empty();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    try {
      timeOurProcess(training, jars, Optional.of(cache));
    } catch (IOException e) {
      out.println("AOT cache unavailable: a run with -XX:AOTMode=on refused it; no AOT column");
      return Optional.empty();
    }
    out.printf(
        Locale.ROOT,
        "AOT cache for %s: one training run on %s, class path of %d jars; %.0f MB, created in"
            + " %.1f s%n",
        DecodeBenchmarkMain.class.getSimpleName(),
        String.join(" and ", training.stream().map(p -> p.getFileName().toString()).toList()),
        jars.split(File.pathSeparator).length,
        Files.size(cache) / 1e6,
        seconds);
    return Optional.of(cache);
  }

  /** The 1, 5 and 15 minute load averages of the machine, or the 1 minute one. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return String.join(" ", Arrays.asList(fields).subList(0, 3));
    } catch (IOException | RuntimeException e) {
      return String.format(
          Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
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

  private static double timeOurProcess(List<Path> files, String classPath, Optional<Path> cache)
      throws Exception {
    List<String> cacheOptions =
        cache.map(c -> List.of("-XX:AOTCache=" + c, "-XX:AOTMode=on")).orElse(List.of());
    return timeProcess(ourCommand(classPath, cacheOptions, files));
  }

  private static List<String> ourCommand(
      String classPath, List<String> extraOptions, List<Path> files) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classPath);
    command.addAll(CHILD_JVM_OPTIONS);
    String libraryPath = System.getProperty("java.library.path");
    if (libraryPath != null) {
      command.add("-Djava.library.path=" + libraryPath);
    }
    command.addAll(extraOptions);
    command.add(DecodeBenchmarkMain.class.getName());
    files.forEach(f -> command.add(f.toString()));
    return command;
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
