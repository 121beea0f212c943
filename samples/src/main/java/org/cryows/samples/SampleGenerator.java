package org.cryows.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.cryows.samples.cases.SamplePlan;
import org.cryows.samples.cases.UltrasoundCase;
import org.cryows.samples.cases.UltrasoundCaseWriter;
import org.cryows.samples.cases.UltrasoundCases;
import org.cryows.samples.ct.CtKneeSeries;
import org.cryows.samples.sessions.SampleSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the bundled samples into a folder: the five ultrasound cines with their truth, the CT knee
 * phantom and the recorded console sessions, each case in a folder of its own, then the version
 * stamp. Cases are made on a few threads; each is written into a hidden partial folder and moved
 * into place when whole, and the stamp comes last, so an interrupted run leaves no stamp and the
 * next use makes the samples again. Every byte depends only on the version: no clock, no random
 * seed from outside, no hash order.
 */
public final class SampleGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(SampleGenerator.class);

  /** What one case wrote. */
  public record CaseOutput(String name, List<String> files, long bytes, double seconds) {
    public CaseOutput {
      files = List.copyOf(files);
    }
  }

  /** What a whole run wrote. */
  public record Generation(
      Path folder, SampleVersion version, List<CaseOutput> cases, int threads, double seconds) {
    public Generation {
      cases = List.copyOf(cases);
    }

    public long bytes() {
      return cases.stream().mapToLong(CaseOutput::bytes).sum();
    }

    public int files() {
      return cases.stream().mapToInt(c -> c.files().size()).sum();
    }
  }

  /** Hears about progress; called from the generating threads. */
  public interface Listener {
    Listener NONE = new Listener() {};

    default void started(String caseName, int total) {}

    default void finished(CaseOutput output, int done, int total) {}
  }

  private SampleGenerator() {}

  /** The cases in the order they are listed and stamped. */
  public static List<SampleCase> cases() {
    List<SampleCase> cases = new ArrayList<>();
    for (UltrasoundCase c : UltrasoundCases.all()) {
      if (c.folder().equals(SampleLibrary.DEMO_CASE)) {
        // The demo's case carries a signed plan made on its truth.
        cases.add(
            new SampleCase(
                c.folder(),
                folder -> {
                  List<Path> files = new ArrayList<>(UltrasoundCaseWriter.write(c, folder));
                  files.addAll(SamplePlan.write(folder));
                  return files;
                }));
      } else {
        cases.add(new SampleCase(c.folder(), folder -> UltrasoundCaseWriter.write(c, folder)));
      }
    }
    cases.add(new SampleCase("ct-knee", CtKneeSeries::write));
    cases.add(new SampleCase("sessions", SampleSessions::write));
    return cases;
  }

  /** The names of the case folders. */
  public static List<String> caseNames() {
    return cases().stream().map(SampleCase::name).toList();
  }

  /** Threads to generate on: at most two (the cases are few and memory-hungry). */
  public static int defaultThreads() {
    return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Writes every case into {@code folder} (created if missing), replacing the case folders of an
   * earlier run, then the version stamp.
   *
   * @throws IOException naming the case and file when one cannot be written
   */
  public static Generation generate(Path folder, int threads, Listener listener)
      throws IOException {
    long start = System.nanoTime();
    Files.createDirectories(folder);
    Files.deleteIfExists(folder.resolve(VersionStamp.FILE_NAME));
    List<SampleCase> cases = cases();
    List<CaseOutput> outputs = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, SampleGenerator::daemon);
    try {
      List<Future<CaseOutput>> futures = new ArrayList<>();
      int[] done = {0};
      for (SampleCase c : cases) {
        futures.add(
            pool.submit(
                () -> {
                  listener.started(c.name(), cases.size());
                  CaseOutput output = writeCase(c, folder);
                  synchronized (done) {
                    done[0]++;
                    listener.finished(output, done[0], cases.size());
                  }
                  return output;
                }));
      }
      for (Future<CaseOutput> future : futures) {
        outputs.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("generating the samples was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IOException("generating the samples failed: " + cause, cause);
    } finally {
      pool.shutdownNow();
    }
    SampleVersion version = SampleVersion.current();
    VersionStamp.write(folder, version, outputs);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Generation(folder, version, outputs, threads, seconds);
  }

  private static CaseOutput writeCase(SampleCase c, Path folder) throws IOException {
    long start = System.nanoTime();
    Path target = folder.resolve(c.name());
    Path partial = folder.resolve("." + c.name() + ".partial");
    deleteTree(partial);
    Files.createDirectories(partial);
    List<Path> written;
    try {
      written = c.writer().write(partial);
    } catch (IOException | RuntimeException e) {
      deleteTree(partial);
      throw new IOException("case " + c.name() + ": " + e.getMessage(), e);
    }
    deleteTree(target);
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    List<String> files = new ArrayList<>();
    long bytes = 0;
    for (Path file : written) {
      Path moved = target.resolve(partial.relativize(file));
      files.add(c.name() + "/" + moved.getFileName());
      bytes += Files.size(moved);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    LOG.info("{}: {} files, {} bytes in {} s", c.name(), files.size(), bytes, round(seconds));
    return new CaseOutput(c.name(), files, bytes, seconds);
  }

  static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static double round(double seconds) {
    return Math.round(seconds * 100) / 100.0;
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "samples-generator");
    thread.setDaemon(true);
    return thread;
  }
}
