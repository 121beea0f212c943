package org.cryows.imaging.write;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A DICOM file could not be written. The message names the file and, when one attribute is the
 * cause, its tag; a file that failed part way is removed, never left half-written.
 */
public final class DicomWriteException extends IOException {

  private final transient Path file;

  public DicomWriteException(Path file, String why, Throwable cause) {
    super(file + ": " + why, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
