package org.cryows.imaging.dataset;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file, or one frame of it, cannot be read. The message names the file and says what failed and
 * why (the tag, the frame, the codec), so the radiologist or the service engineer can act on it;
 * other files of the same folder are unaffected.
 */
public final class DicomReadException extends IOException {

  private final transient Path file;

  public DicomReadException(Path file, String why) {
    super(file + ": " + why);
    this.file = file;
  }

  public DicomReadException(Path file, String why, Throwable cause) {
    super(file + ": " + why, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** The reason without the file name, for reports that already show the path. */
  public String reason() {
    String message = getMessage();
    String prefix = file + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
