package org.cryows.probecontrol.protocol;

/** A payload could not be read or written; names the field and why. */
final class PayloadException extends Exception {
  PayloadException(String field, String why) {
    super("field " + field + ": " + why);
  }
}
