package org.cryows.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One folder of the bundled samples and what writes it.
 *
 * @param name the folder's name, e.g. {@code knee-smgn}
 * @param writer writes the case's files into an existing, empty folder and returns them in order
 */
public record SampleCase(String name, Writer writer) {
  /** Writes a case's files into a folder. */
  @FunctionalInterface
  public interface Writer {
    List<Path> write(Path folder) throws IOException;
  }

  public SampleCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(writer, "writer");
  }
}
