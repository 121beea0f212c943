package org.cryows.imaging.dataset;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The attributes of one DICOM data set (a file's header or an item of a sequence), read-only and
 * independent of the library that parsed them. Interpretation (geometry, calibration, timing) is
 * written against this interface so it can be tested on data sets built in memory.
 *
 * <p>Absent or empty attributes give empty results. A value that is present but cannot be read as
 * asked (text in a decimal string, say) raises {@link DicomAttributeException}, naming the tag.
 */
public interface DicomDataset {

  /** Where these attributes come from, for messages: a file path, plus the item path inside it. */
  String origin();

  boolean contains(Tag tag);

  /** The first value, trimmed of DICOM padding; empty when absent or empty. */
  default Optional<String> string(Tag tag) {
    List<String> all = strings(tag);
    return all.isEmpty() || all.get(0).isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every value of a multi-valued attribute, trimmed; empty when absent. */
  List<String> strings(Tag tag);

  /** The first value as a number (IS, DS, US, SS, UL, SL, FL, FD). */
  default OptionalDouble decimal(Tag tag) {
    double[] all = decimals(tag);
    return all.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(all[0]);
  }

  /** Every numeric value; an empty array when absent. */
  double[] decimals(Tag tag);

  /** The first value as an integer (IS, US, SS, UL, SL, AT). */
  default OptionalInt integer(Tag tag) {
    int[] all = integers(tag);
    return all.length == 0 ? OptionalInt.empty() : OptionalInt.of(all[0]);
  }

  /** Every integer value; an empty array when absent. AT values give {@link Tag#asInt()}. */
  int[] integers(Tag tag);

  /** The items of a sequence; an empty list when absent. */
  List<DicomDataset> sequence(Tag tag);

  /** A readable name for a tag in messages: {@code Rows (0028,0010)}. */
  default String describe(Tag tag) {
    return Tags.describe(tag);
  }
}
