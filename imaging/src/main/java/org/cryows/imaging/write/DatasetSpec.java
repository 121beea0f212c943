package org.cryows.imaging.write;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.NumericText;
import org.cryows.imaging.dataset.Tag;
import org.cryows.imaging.dataset.Tags;

/**
 * What to write as one DICOM data set, independent of the library that encodes it: each attribute
 * with its value representation and values, in tag order. Values are checked as they are added
 * (length, character set, numeric range), so an attribute the standard would refuse fails here,
 * naming its tag, rather than in a validator after the file exists.
 *
 * <p>It is also a {@link DicomDataset}, so the code that interprets files (calibration, geometry,
 * timing) can read a description before it is written. Immutable; large values (pixel data) are
 * copied in and out.
 */
public final class DatasetSpec implements DicomDataset {

  private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("uuuuMMdd");
  private static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss");

  /** One attribute's value. */
  public sealed interface Element permits Strings, TagValues, Bytes, Words, Items {
    Vr vr();
  }

  /** Text values, or binary numbers (US, UL, SS, SL, FL, FD) held as their decimal text. */
  public record Strings(Vr vr, List<String> values) implements Element {
    public Strings {
      values = List.copyOf(values);
    }
  }

  /** AT values: tags. */
  public record TagValues(List<Tag> values) implements Element {
    public TagValues {
      values = List.copyOf(values);
    }

    @Override
    public Vr vr() {
      return Vr.AT;
    }
  }

  /** OB: bytes. */
  public static final class Bytes implements Element {
    private final byte[] values;

    Bytes(byte[] values) {
      this.values = values.clone();
    }

    @Override
    public Vr vr() {
      return Vr.OB;
    }

    public byte[] values() {
      return values.clone();
    }

    public int length() {
      return values.length;
    }
  }

  /** OW: 16-bit words. */
  public static final class Words implements Element {
    private final short[] values;

    Words(short[] values) {
      this.values = values.clone();
    }

    @Override
    public Vr vr() {
      return Vr.OW;
    }

    public short[] values() {
      return values.clone();
    }

    public int length() {
      return values.length;
    }
  }

  /** SQ: items, each a data set. */
  public record Items(List<DatasetSpec> items) implements Element {
    public Items {
      items = List.copyOf(items);
    }

    @Override
    public Vr vr() {
      return Vr.SQ;
    }
  }

  private final String origin;
  private final SortedMap<Tag, Element> elements;

  private DatasetSpec(String origin, SortedMap<Tag, Element> elements) {
    this.origin = origin;
    this.elements = Collections.unmodifiableSortedMap(new TreeMap<>(elements));
  }

  /**
   * @param origin what this data set is, for messages (e.g. {@code knee-smgn cine})
   */
  public static Builder builder(String origin) {
    return new Builder(origin);
  }

  /** Every attribute, in tag order. */
  public SortedMap<Tag, Element> elements() {
    return elements;
  }

  @Override
  public String origin() {
    return origin;
  }

  @Override
  public boolean contains(Tag tag) {
    return elements.containsKey(tag);
  }

  @Override
  public List<String> strings(Tag tag) {
    Element element = elements.get(tag);
    if (element instanceof Strings text) {
      return text.values();
    }
    if (element instanceof TagValues at) {
      return at.values().stream().map(t -> Integer.toString(t.asInt())).toList();
    }
    return List.of();
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
    return elements.get(tag) instanceof Items items ? List.copyOf(items.items()) : List.of();
  }

  @Override
  public String toString() {
    return "DatasetSpec[" + origin + ", " + elements.size() + " attributes]";
  }

  /** Collects attributes; the last value given for a tag wins. */
  public static final class Builder {
    private final String origin;
    private final SortedMap<Tag, Element> elements = new TreeMap<>();

    private Builder(String origin) {
      this.origin = Objects.requireNonNull(origin, "origin");
    }

    /**
     * Text values of a text VR (none: the attribute is present and empty, as type 2 attributes may
     * be).
     */
    public Builder text(Tag tag, Vr vr, String... values) {
      if (!vr.isText()) {
        throw problem(tag, vr + " is not a text value representation");
      }
      for (String value : values) {
        checkText(tag, vr, value);
      }
      elements.put(tag, new Strings(vr, Arrays.asList(values)));
      return this;
    }

    /** Decimal strings (DS), each written in at most 16 characters. */
    public Builder decimals(Tag tag, double... values) {
      List<String> text = new ArrayList<>();
      for (double value : values) {
        try {
          text.add(DecimalString.format(value));
        } catch (IllegalArgumentException e) {
          throw problem(tag, e.getMessage());
        }
      }
      elements.put(tag, new Strings(Vr.DS, text));
      return this;
    }

    /** Integers as IS, US, UL, SS or SL, each checked against its range. */
    public Builder integers(Tag tag, Vr vr, long... values) {
      long min;
      long max;
      switch (vr) {
        case IS -> {
          min = Integer.MIN_VALUE;
          max = Integer.MAX_VALUE;
        }
        case US -> {
          min = 0;
          max = 0xFFFF;
        }
        case UL -> {
          min = 0;
          max = 0xFFFF_FFFFL;
        }
        case SS -> {
          min = Short.MIN_VALUE;
          max = Short.MAX_VALUE;
        }
        case SL -> {
          min = Integer.MIN_VALUE;
          max = Integer.MAX_VALUE;
        }
        default -> throw problem(tag, vr + " does not hold integers");
      }
      List<String> text = new ArrayList<>();
      for (long value : values) {
        if (value < min || value > max) {
          throw problem(
              tag, value + " is outside the range of " + vr + " [" + min + ", " + max + "]");
        }
        text.add(Long.toString(value));
      }
      elements.put(tag, new Strings(vr, text));
      return this;
    }

    /** Binary floating point numbers (FD, FL). */
    public Builder floats(Tag tag, Vr vr, double... values) {
      if (vr != Vr.FD && vr != Vr.FL) {
        throw problem(tag, vr + " is not a floating point value representation");
      }
      List<String> text = new ArrayList<>();
      for (double value : values) {
        if (!Double.isFinite(value)) {
          throw problem(tag, "not a finite number: " + value);
        }
        text.add(Double.toString(value));
      }
      elements.put(tag, new Strings(vr, text));
      return this;
    }

    public Builder date(Tag tag, LocalDate date) {
      return text(tag, Vr.DA, DA.format(date));
    }

    public Builder time(Tag tag, LocalTime time) {
      return text(tag, Vr.TM, TM.format(time));
    }

    /** AT values, e.g. a Frame Increment Pointer. */
    public Builder tags(Tag tag, Tag... values) {
      elements.put(tag, new TagValues(Arrays.asList(values)));
      return this;
    }

    public Builder sequence(Tag tag, List<DatasetSpec> items) {
      elements.put(tag, new Items(items));
      return this;
    }

    /** OB values (8-bit pixel data); an odd length is padded by the writer. */
    public Builder bytes(Tag tag, byte[] values) {
      elements.put(tag, new Bytes(values));
      return this;
    }

    /** OW values (16-bit pixel data). */
    public Builder words(Tag tag, short[] values) {
      elements.put(tag, new Words(values));
      return this;
    }

    public DatasetSpec build() {
      return new DatasetSpec(origin, elements);
    }

    private void checkText(Tag tag, Vr vr, String value) {
      if (value == null) {
        throw problem(tag, "a value is null");
      }
      int max = vr.maxChars();
      if (max > 0 && value.length() > max) {
        throw problem(
            tag, "'" + value + "' has " + value.length() + " characters; " + vr + " allows " + max);
      }
      if (vr != Vr.LT && vr != Vr.ST && vr != Vr.UT && value.indexOf('\\') >= 0) {
        throw problem(tag, "'" + value + "' holds a backslash, the value separator");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        boolean printable = c >= 0x20 && c < 0x7F;
        boolean textControl =
            (vr == Vr.LT || vr == Vr.ST || vr == Vr.UT) && (c == '\n' || c == '\r');
        if (!printable && !textControl) {
          // The default character repertoire (ISO-IR 6) only: no Specific Character Set needed.
          throw problem(
              tag,
              "'"
                  + value
                  + "' holds character U+"
                  + String.format("%04X", (int) c)
                  + ", outside the default repertoire");
        }
      }
      if (vr == Vr.UI && !value.matches("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*")) {
        throw problem(tag, "'" + value + "' is not a UID (digits and dots, no leading zeros)");
      }
      if (vr == Vr.CS && !value.matches("[A-Z0-9 _]*")) {
        throw problem(tag, "'" + value + "' is not a code string (upper case, digits, space, _)");
      }
    }

    private IllegalArgumentException problem(Tag tag, String why) {
      return new IllegalArgumentException(origin + ": " + Tags.describe(tag) + ": " + why);
    }
  }
}
