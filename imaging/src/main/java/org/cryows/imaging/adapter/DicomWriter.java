package org.cryows.imaging.adapter;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TransferSyntax;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.cryows.imaging.dataset.Tag;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.write.DatasetSpec;
import org.cryows.imaging.write.DicomWriteException;

/**
 * Writes a {@link DatasetSpec} as a DICOM file (PS3.10: preamble, File Meta Information, then the
 * data set in Explicit VR Little Endian), encoded by PixelMed. The file appears whole or not at
 * all: it is written beside its name and moved into place.
 */
public final class DicomWriter {

  /** The Source Application Entity Title written in the File Meta Information. */
  public static final String SOURCE_AE_TITLE = "CRYOWS";

  private DicomWriter() {}

  /**
   * Writes {@code dataset} to {@code file} (replaced if it exists). The data set must hold SOP
   * Class UID and SOP Instance UID, which the File Meta Information repeats.
   *
   * @throws DicomWriteException naming the file, and the tag when one attribute cannot be encoded
   */
  public static void write(DatasetSpec dataset, Path file) throws DicomWriteException {
    for (Tag required : new Tag[] {Tags.SOP_CLASS_UID, Tags.SOP_INSTANCE_UID}) {
      if (dataset.string(required).isEmpty()) {
        throw new DicomWriteException(
            file,
            "the data set has no " + Tags.describe(required) + " for the meta information",
            null);
      }
    }
    AttributeList list = attributeList(dataset, file);
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try {
      FileMetaInformation.addFileMetaInformation(
          list, TransferSyntax.ExplicitVRLittleEndian, SOURCE_AE_TITLE);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        list.write(out, TransferSyntax.ExplicitVRLittleEndian, true, true);
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | DicomException | RuntimeException e) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new DicomWriteException(file, "writing failed: " + DicomHeaders.describe(e), e);
    }
  }

  private static AttributeList attributeList(DatasetSpec dataset, Path file)
      throws DicomWriteException {
    AttributeList list = new AttributeList();
    for (Map.Entry<Tag, DatasetSpec.Element> entry : dataset.elements().entrySet()) {
      Tag tag = entry.getKey();
      try {
        list.put(attribute(tag, entry.getValue(), file));
      } catch (DicomException | RuntimeException e) {
        throw new DicomWriteException(
            file,
            dataset.origin()
                + ": "
                + Tags.describe(tag)
                + " cannot be encoded: "
                + DicomHeaders.describe(e),
            e);
      }
    }
    return list;
  }

  private static Attribute attribute(Tag tag, DatasetSpec.Element element, Path file)
      throws DicomException, DicomWriteException {
    AttributeTag pixelMedTag = new AttributeTag(tag.group(), tag.element());
    return switch (element) {
      case DatasetSpec.Strings text -> {
        Attribute attribute =
            AttributeFactory.newAttribute(
                pixelMedTag, text.vr().name().getBytes(StandardCharsets.US_ASCII));
        for (String value : text.values()) {
          attribute.addValue(value);
        }
        yield attribute;
      }
      case DatasetSpec.TagValues at -> {
        var attribute = new AttributeTagAttribute(pixelMedTag);
        for (Tag value : at.values()) {
          attribute.addValue(value.group(), value.element());
        }
        yield attribute;
      }
      case DatasetSpec.Bytes bytes -> {
        var attribute = new OtherByteAttribute(pixelMedTag);
        attribute.setValues(bytes.values());
        yield attribute;
      }
      case DatasetSpec.Words words -> {
        var attribute = new OtherWordAttribute(pixelMedTag);
        attribute.setValues(words.values());
        yield attribute;
      }
      case DatasetSpec.Items items -> {
        var attribute = new SequenceAttribute(pixelMedTag);
        for (DatasetSpec item : items.items()) {
          attribute.addItem(attributeList(item, file));
        }
        yield attribute;
      }
    };
  }
}
