package org.cryows.imaging.dataset;

/**
 * An attribute is present but its value cannot be used: the message names the data set's origin,
 * the attribute and the offending value.
 */
public final class DicomAttributeException extends RuntimeException {

  private final Tag tag;
  private final String why;

  public DicomAttributeException(String origin, Tag tag, String why) {
    super(origin + ": " + Tags.describe(tag) + ": " + why);
    this.tag = tag;
    this.why = why;
  }

  public Tag tag() {
    return tag;
  }

  /** What is wrong with the value, without the origin and the tag. */
  public String why() {
    return why;
  }
}
