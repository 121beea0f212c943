package org.cryows.planner.plan;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one text form of a JSON value that a content hash is taken over: no white space, object keys
 * sorted by their UTF-16 code units (as Java's {@code String.compareTo} orders them), strings
 * escaped as JSON requires and nothing more (UTF-8 otherwise), and numbers in one fixed form: an
 * integral value below 10^15 in magnitude as an integer ({@code 120}, never {@code 120.0}), zero as
 * {@code 0} (also -0), any other as the shortest decimal that reads back to the same double, in
 * plain notation without exponent or trailing zeros ({@code -20.5}, {@code 0.0001}). So two files
 * that hold the same values, however spaced, ordered or written ({@code 1e2}, {@code 100.0}), have
 * the same canonical form.
 */
public final class CanonicalJson {

  private static final double LARGEST_PLAIN_INTEGER = 1e15;

  private CanonicalJson() {}

  public static String of(JsonNode node) {
    var out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  /** A number in the canonical form. */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON has no " + value);
    }
    if (value == 0) {
      return "0";
    }
    if (value == Math.rint(value) && Math.abs(value) < LARGEST_PLAIN_INTEGER) {
      return Long.toString((long) value);
    }
    // Double.toString gives the shortest decimal that reads back to the same double (JDK 19+).
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
        fields.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < fields.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          string(fields.get(i).getKey(), out);
          out.append(':');
          write(fields.get(i).getValue(), out);
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(node.get(i), out);
        }
        out.append(']');
      }
      case STRING -> string(node.textValue(), out);
      case NUMBER -> {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
          long value = node.longValue();
          out.append(
              Math.abs(value) < LARGEST_PLAIN_INTEGER
                  ? Long.toString(value)
                  : number(node.doubleValue()));
        } else {
          out.append(number(node.doubleValue()));
        }
      }
      case BOOLEAN -> out.append(node.booleanValue());
      case NULL -> out.append("null");
      default ->
          throw new IllegalArgumentException("no canonical form for a " + node.getNodeType());
    }
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    out.append(JsonStringEncoder.getInstance().quoteAsString(text));
    out.append('"');
  }
}
