package org.cryows.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The samples the tests look at: made once by the real generator into the build's {@code
 * target/samples} ({@link SampleLibrary#forTests()}) and reused by every test class of the run.
 */
public final class GeneratedSamples {
  private static Path folder;

  private GeneratedSamples() {}

  public static synchronized Path folder() {
    if (folder == null) {
      try {
        folder = SampleLibrary.forTests();
      } catch (IOException e) {
        throw new UncheckedIOException("the samples could not be generated", e);
      }
    }
    return folder;
  }
}
