package org.cryows.imaging.dataset;

/**
 * A DICOM attribute tag: group and element, as in PS3.6. Printed the way the standard writes it,
 * {@code (0028,0010)}, so an error message can be looked up directly.
 */
public record Tag(int group, int element) implements Comparable<Tag> {

  public Tag {
    if (group < 0 || group > 0xFFFF || element < 0 || element > 0xFFFF) {
      throw new IllegalArgumentException("a tag's group and element are 16-bit numbers");
    }
  }

  /** The tag an AT value or a Frame Increment Pointer holds: group in the high 16 bits. */
  public static Tag fromInt(int groupAndElement) {
    return new Tag(groupAndElement >>> 16, groupAndElement & 0xFFFF);
  }

  public int asInt() {
    return (group << 16) | element;
  }

  @Override
  public int compareTo(Tag other) {
    return Integer.compareUnsigned(asInt(), other.asInt());
  }

  @Override
  public String toString() {
    return String.format("(%04X,%04X)", group, element);
  }
}
