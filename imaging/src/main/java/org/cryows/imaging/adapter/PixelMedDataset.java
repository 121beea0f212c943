package org.cryows.imaging.adapter;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.NumericText;
import org.cryows.imaging.dataset.Tag;

/** A PixelMed attribute list seen through the workstation's {@link DicomDataset}. */
public final class PixelMedDataset implements DicomDataset {

  private final AttributeList list;
  private final String origin;

  public PixelMedDataset(AttributeList list, String origin) {
    this.list = list;
    this.origin = origin;
  }

  /** The underlying list, for the other classes of this adapter package only. */
  AttributeList attributeList() {
    return list;
  }

  @Override
  public String origin() {
    return origin;
  }

  @Override
  public boolean contains(Tag tag) {
    return list.get(pixelMedTag(tag)) != null;
  }

  @Override
  public List<String> strings(Tag tag) {
    Attribute attribute = list.get(pixelMedTag(tag));
    if (attribute == null || attribute instanceof SequenceAttribute) {
      return List.of();
    }
    try {
      String[] values = attribute.getStringValues();
      return values == null ? List.of() : Arrays.stream(values).map(String::strip).toList();
    } catch (DicomException | RuntimeException e) {
      throw new DicomAttributeException(origin, tag, "unreadable value: " + e.getMessage());
    }
  }

  @Override
  public double[] decimals(Tag tag) {
    Attribute attribute = list.get(pixelMedTag(tag));
    if (attribute == null || attribute.getVM() == 0) {
      return new double[0];
    }
    // Parse the text ourselves: PixelMed turns an unparseable decimal string into 0 silently,
    // and a wrong zero spacing must be an error, not a measurement.
    String vr = attribute.getVRAsString();
    if ("DS".equals(vr) || "IS".equals(vr)) {
      return NumericText.decimals(origin, tag, strings(tag));
    }
    try {
      double[] values = attribute.getDoubleValues();
      return values == null ? new double[0] : values;
    } catch (DicomException | RuntimeException e) {
      throw new DicomAttributeException(origin, tag, "unreadable number: " + e.getMessage());
    }
  }

  @Override
  public int[] integers(Tag tag) {
    Attribute attribute = list.get(pixelMedTag(tag));
    if (attribute == null || attribute.getVM() == 0) {
      return new int[0];
    }
    try {
      if (attribute instanceof AttributeTagAttribute at) {
        return Arrays.stream(at.getAttributeTagValues())
            .mapToInt(t -> (t.getGroup() << 16) | t.getElement())
            .toArray();
      }
      if (attribute instanceof OtherWordAttribute words) {
        // OW values (palette and LUT data) as unsigned 16-bit words; PixelMed gives them as shorts.
        short[] shorts = words.getShortValues();
        int[] values = new int[shorts == null ? 0 : shorts.length];
        for (int i = 0; i < values.length; i++) {
          values[i] = shorts[i] & 0xFFFF;
        }
        return values;
      }
      if ("IS".equals(attribute.getVRAsString())) {
        return NumericText.integers(origin, tag, strings(tag));
      }
      int[] values = attribute.getIntegerValues();
      return values == null ? new int[0] : values;
    } catch (DicomException | RuntimeException e) {
      if (e instanceof DicomAttributeException d) {
        throw d;
      }
      throw new DicomAttributeException(origin, tag, "unreadable integer: " + e.getMessage());
    }
  }

  @Override
  public List<DicomDataset> sequence(Tag tag) {
    if (!(list.get(pixelMedTag(tag)) instanceof SequenceAttribute sequence)) {
      return List.of();
    }
    List<DicomDataset> items = new ArrayList<>(sequence.getNumberOfItems());
    for (int i = 0; i < sequence.getNumberOfItems(); i++) {
      String itemOrigin = origin + " " + describe(tag) + " item " + (i + 1);
      items.add(new PixelMedDataset(sequence.getItem(i).getAttributeList(), itemOrigin));
    }
    return items;
  }

  static AttributeTag pixelMedTag(Tag tag) {
    return new AttributeTag(tag.group(), tag.element());
  }
}
