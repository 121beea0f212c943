package org.cryows.imaging.dataset;

/**
 * An attribute is present but its value cannot be used: the message names the data set's origin,
 * the attribute and the offending value.
 */
public final class DicomAttributeException extends RuntimeException {

  private final Tag tag;

  public DicomAttributeException(String origin, Tag tag, String why) {
    super(origin + ": " + Tags.describe(tag) + ": " + why);
    this.tag = tag;
  }

  public Tag tag() {
    return tag;
  }
}
