package org.cryows.imaging.dataset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A data set held as text values, built in code: synthetic images, derived objects and tests of the
 * interpretation code. Numbers are stored as their DICOM text and parsed on reading, exactly as a
 * decimal string read from a file would be.
 */
public final class InMemoryDataset implements DicomDataset {

  private final String origin;
  private final Map<Tag, List<String>> values;
  private final Map<Tag, List<DicomDataset>> sequences;

  private InMemoryDataset(Builder builder) {
    this.origin = builder.origin;
    this.values = Map.copyOf(builder.values);
    this.sequences = Map.copyOf(builder.sequences);
  }

  public static Builder builder(String origin) {
    return new Builder(origin);
  }

  @Override
  public String origin() {
    return origin;
  }

  @Override
  public boolean contains(Tag tag) {
    return values.containsKey(tag) || sequences.containsKey(tag);
  }

  @Override
  public List<String> strings(Tag tag) {
    return values.getOrDefault(tag, List.of());
  }

  @Override
  public double[] decimals(Tag tag) {
    return NumericText.decimals(origin, tag, strings(tag));
  }

  @Override
  public int[] integers(Tag tag) {
    return NumericText.integers(origin, tag, strings(tag));
  }

  @Override
  public List<DicomDataset> sequence(Tag tag) {
    return sequences.getOrDefault(tag, List.of());
  }

  @Override
  public String toString() {
    return "InMemoryDataset[" + origin + ", " + (values.size() + sequences.size()) + " attributes]";
  }

  /** Collects attributes; the last value given for a tag wins. */
  public static final class Builder {
    private final String origin;
    private final Map<Tag, List<String>> values = new HashMap<>();
    private final Map<Tag, List<DicomDataset>> sequences = new HashMap<>();

    private Builder(String origin) {
      this.origin = origin;
    }

    public Builder put(Tag tag, String... text) {
      values.put(tag, List.of(text));
      return this;
    }

    public Builder put(Tag tag, double... numbers) {
      values.put(tag, Arrays.stream(numbers).mapToObj(Builder::decimalText).toList());
      return this;
    }

    public Builder put(Tag tag, int... numbers) {
      values.put(tag, Arrays.stream(numbers).mapToObj(Integer::toString).toList());
      return this;
    }

    /** A Frame Increment Pointer or other AT value: the tags as integers. */
    public Builder putTags(Tag tag, Tag... pointed) {
      values.put(tag, Arrays.stream(pointed).map(t -> Integer.toString(t.asInt())).toList());
      return this;
    }

    public Builder putSequence(Tag tag, List<DicomDataset> items) {
      sequences.put(tag, List.copyOf(items));
      return this;
    }

    public InMemoryDataset build() {
      return new InMemoryDataset(this);
    }

    private static String decimalText(double value) {
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? Long.toString((long) value)
          : Double.toString(value);
    }
  }
}
