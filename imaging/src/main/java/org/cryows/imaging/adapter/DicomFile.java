package org.cryows.imaging.adapter;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.cryows.imaging.dataset.DicomDataset;

/**
 * A DICOM file read once: its header, and its opened image when it holds pixel data (an RT plan, a
 * structured report or a DICOMDIR has none).
 */
public record DicomFile(Path file, DicomDataset header, Optional<DicomImage> image) {

  public DicomFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(image, "image");
  }
}
