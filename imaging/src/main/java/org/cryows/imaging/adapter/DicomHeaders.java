package org.cryows.imaging.adapter;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.DicomReadException;

/** Reads the attributes of a DICOM file up to, not including, its pixel data. */
public final class DicomHeaders {

  private DicomHeaders() {}

  /**
   * The header of {@code file}: meta information and every attribute before Pixel Data.
   *
   * @throws DicomReadException when the file is missing, not DICOM, or cut before its pixel data
   */
  public static DicomDataset read(Path file) throws DicomReadException {
    if (!Files.isRegularFile(file)) {
      throw new DicomReadException(file, "not a readable file");
    }
    AttributeList list = new AttributeList();
    try {
      list.read(file.toFile(), TagFromName.PixelData);
    } catch (IOException | DicomException | RuntimeException e) {
      throw new DicomReadException(file, "not readable as DICOM: " + describe(e), e);
    }
    if (list.isEmpty()) {
      throw new DicomReadException(file, "not DICOM: no attributes could be read");
    }
    return new PixelMedDataset(list, file.toString());
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " (" + message.strip() + ")");
  }
}
