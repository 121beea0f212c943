package org.cryows.planner.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One check of a plan, as {@code plan check} prints it and the report and the Plan workspace show
 * it: which check, for which target (the nerve id; empty for a check of the whole plan), the
 * verdict, the figure with its unit and limit, and a message that says what was found. The figure
 * and the limit are rounded to one decimal here, once, so that every place shows the same number.
 *
 * @param details further figures of the check (the nerve dose's lengths at 0, -20 and -40 C), JSON
 *     values: numbers, text, maps of them
 */
public record CheckResult(
    String check,
    Optional<String> target,
    CheckStatus status,
    OptionalDouble value,
    String unit,
    OptionalDouble limit,
    String message,
    Map<String, Object> details) {

  public CheckResult {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(message, "message");
    value = rounded(value);
    limit = rounded(limit);
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** A figure to one decimal, as every check prints it (-0.0 as 0.0). */
  public static double oneDecimal(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == 0 ? 0.0 : rounded;
  }

  /** A figure as the message and the report write it: one decimal. */
  public static String text(double value) {
    return String.format(Locale.ROOT, "%.1f", oneDecimal(value));
  }

  /** The figure as the report prints it, "-" when there is none. */
  public String valueText() {
    return value.isPresent() ? text(value.getAsDouble()) : "-";
  }

  public String limitText() {
    return limit.isPresent() ? text(limit.getAsDouble()) : "-";
  }

  private static OptionalDouble rounded(OptionalDouble figure) {
    Objects.requireNonNull(figure, "figure");
    if (figure.isEmpty()) {
      return figure;
    }
    double v = figure.getAsDouble();
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("a check's figure must be finite, was " + v);
    }
    return OptionalDouble.of(oneDecimal(v));
  }
}
