package org.cryows.probecontrol.journal;

/**
 * Bounds on the text a record may carry: a length, and well-formed UTF-16 (so that it survives
 * UTF-8 encoding unchanged). A bounded text always fits the format's 16-bit length field: a Java
 * char encodes to at most 3 UTF-8 bytes, and 3 x 4096 is far below 65535.
 */
final class TextLimits {
  static final int MAX_NAME_CHARS = 256;
  static final int MAX_TEXT_CHARS = 4096;

  private TextLimits() {}

  /** A short identifier: operator, alarm or action name; never blank. */
  static String name(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return bounded(value, field, MAX_NAME_CHARS);
  }

  /** Free text such as a reason or message; may be empty, never null. */
  static String text(String value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null (use an empty text)");
    }
    return bounded(value, field, MAX_TEXT_CHARS);
  }

  private static String bounded(String value, String field, int maxChars) {
    if (value.length() > maxChars) {
      throw new IllegalArgumentException(
          field + " has " + value.length() + " characters, more than " + maxChars);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean pairStart =
          Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1));
      if (pairStart) {
        i++;
      } else if (Character.isSurrogate(c)) {
        // A lone surrogate has no UTF-8 form: it would not read back as written.
        throw new IllegalArgumentException(
            field + " has a lone UTF-16 surrogate at character " + i);
      }
    }
    return value;
  }
}
