package org.cryows.imaging.source;

import java.nio.file.Path;
import java.util.Objects;

/** A file that could not be loaded, or loaded with a doubt, and why. */
public record LoadProblem(Path path, String reason) {

  public LoadProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return path + ": " + reason;
  }
}
