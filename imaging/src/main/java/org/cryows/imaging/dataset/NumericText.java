package org.cryows.imaging.dataset;

import java.util.List;

/**
 * Numbers written as text (DS, IS and values built in memory), parsed strictly: a value that is not
 * a number is an error naming the tag, never a silent zero, since a zero spacing or position would
 * become a wrong measurement.
 */
public final class NumericText {

  private NumericText() {}

  public static double[] decimals(String origin, Tag tag, List<String> text) {
    double[] result = new double[text.size()];
    for (int i = 0; i < result.length; i++) {
      try {
        result[i] = Double.parseDouble(text.get(i));
      } catch (NumberFormatException e) {
        throw new DicomAttributeException(origin, tag, "'" + text.get(i) + "' is not a number");
      }
    }
    return result;
  }

  public static int[] integers(String origin, Tag tag, List<String> text) {
    int[] result = new int[text.size()];
    for (int i = 0; i < result.length; i++) {
      try {
        result[i] = Integer.parseInt(text.get(i));
      } catch (NumberFormatException e) {
        throw new DicomAttributeException(origin, tag, "'" + text.get(i) + "' is not an integer");
      }
    }
    return result;
  }
}
