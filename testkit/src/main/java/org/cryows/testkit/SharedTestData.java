package org.cryows.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The public test data beside the repository ({@code ../shared}), handed to the tests by the build
 * as the system property {@code cryo.shared.dir}, since Surefire runs in each module's folder.
 * Outside CI a missing folder skips the test with a message; under CI ({@code CI=true}) it fails.
 */
public final class SharedTestData {
  public static final String PROPERTY = "cryo.shared.dir";

  private SharedTestData() {}

  /** The shared folder, or a skip (a failure under CI) when it is absent. */
  public static Path sharedDir() {
    String configured = System.getProperty(PROPERTY);
    Path dir = configured == null ? null : Path.of(configured).toAbsolutePath().normalize();
    if (dir != null && Files.isDirectory(dir)) {
      return dir;
    }
    String reason =
        "shared test data not found: system property "
            + PROPERTY
            + " is "
            + (configured == null ? "unset" : "'" + configured + "' (no such folder)");
    if (isCi()) {
      throw new AssertionError(reason + "; under CI the shared data must be present");
    }
    Assumptions.abort(reason);
    throw new IllegalStateException("unreachable");
  }

  /** A path inside {@code shared/data/dicom}, checked to exist. */
  public static Path dicom(String relative) {
    Path file = sharedDir().resolve("data/dicom").resolve(relative);
    if (!Files.exists(file)) {
      throw new AssertionError("shared test file missing: " + file);
    }
    return file;
  }

  public static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
