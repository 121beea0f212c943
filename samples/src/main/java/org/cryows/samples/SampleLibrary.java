package org.cryows.samples;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.cryows.samples.cases.UltrasoundCaseWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the samples live and how a user of them gets them: {@link #ensureCurrent} reuses a folder
 * made by this version and makes it otherwise, holding a lock on the folder meanwhile, so that two
 * programs starting at once make the samples once.
 *
 * <p>For tests: {@link #forTests()} is a folder under the build's {@code target}, made on first use
 * by the generator and reused while the version is the same. Tests of the {@code ui} module (the
 * one module above samples) call it; modules below samples cannot depend on it.
 */
public final class SampleLibrary {
  private static final Logger LOG = LoggerFactory.getLogger(SampleLibrary.class);

  static final String LOCK_FILE = ".generation.lock";

  private SampleLibrary() {}

  /** {@code $XDG_DATA_HOME/cryo/samples}, else {@code ~/.local/share/cryo/samples}. */
  public static Path defaultFolder() {
    String xdg = System.getenv("XDG_DATA_HOME");
    Path data =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return data.resolve("cryo").resolve("samples");
  }

  /** Why {@code folder} must be made again, or empty when it holds this version's samples. */
  public static Optional<String> staleness(Path folder) {
    return VersionStamp.staleness(folder, SampleVersion.current());
  }

  /**
   * The samples folder, made first when it is missing, incomplete or of another version.
   *
   * @return {@code folder}
   * @throws IOException when the samples cannot be made (the message names the case and file)
   */
  public static Path ensureCurrent(Path folder, SampleGenerator.Listener listener)
      throws IOException {
    Files.createDirectories(folder);
    try (FileChannel channel =
            FileChannel.open(
                folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      Optional<String> stale = staleness(folder);
      if (stale.isEmpty()) {
        return folder;
      }
      LOG.info("making the samples in {}: {}", folder, stale.get());
      SampleGenerator.generate(folder, SampleGenerator.defaultThreads(), listener);
      return folder;
    }
  }

  /** The case {@code ./cryo demo} opens without {@code --open}. */
  public static final String DEMO_CASE = "knee-smgn";

  /**
   * The cine of the demo's case in the default samples folder, the samples made first when needed.
   * The file rather than its folder: the truth beside it is not an image to open.
   */
  public static Path demoCine(SampleGenerator.Listener listener) throws IOException {
    return ensureCurrent(defaultFolder(), listener)
        .resolve(DEMO_CASE)
        .resolve(UltrasoundCaseWriter.CINE_FILE);
  }

  /**
   * The samples for tests: {@code <repository>/target/samples} (the build's {@code cryo.repo.dir}
   * property, else the working folder's {@code target/samples}), made on first use.
   */
  public static Path forTests() throws IOException {
    String repository = System.getProperty("cryo.repo.dir");
    Path base = repository != null ? Path.of(repository) : Path.of("");
    return ensureCurrent(
        base.resolve("target").resolve("samples").toAbsolutePath(), SampleGenerator.Listener.NONE);
  }
}
