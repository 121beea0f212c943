package org.cryows.planner.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A static line chart drawn on a report page: a framed plot with gridlines at round values, the
 * freeze phases shaded, dashed reference lines, the series (gaps where a value is missing), axis
 * labels and a legend.
 */
final class LineChart {

  /** One line: x and y values (NaN: no value, a gap). */
  record Series(String label, Color color, boolean dashed, double[] x, double[] y) {}

  /** A horizontal line at a value, with its label. */
  record Reference(double y, String label, Color color) {}

  private final PdfLayout layout;
  private final float left;
  private final float top;
  private final float width;
  private final float height;
  private final double xMax;
  private final double yMin;
  private final double yMax;

  private LineChart(
      PdfLayout layout,
      float left,
      float top,
      float width,
      float height,
      double xMax,
      double yMin,
      double yMax) {
    this.layout = layout;
    this.left = left;
    this.top = top;
    this.width = width;
    this.height = height;
    this.xMax = xMax;
    this.yMin = yMin;
    this.yMax = yMax;
  }

  /**
   * Draws a chart in a box at the cursor's height, {@code left} points from the page's left edge,
   * and returns its height with title and legend.
   *
   * @param shaded x intervals to shade (the freezes)
   */
  static float draw(
      PdfLayout layout,
      float left,
      float boxWidth,
      String title,
      String xLabel,
      List<Series> series,
      List<Reference> references,
      List<double[]> shaded,
      double xMax) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double y : s.y()) {
        if (!Double.isNaN(y)) {
          low = Math.min(low, y);
          high = Math.max(high, y);
        }
      }
    }
    for (Reference r : references) {
      low = Math.min(low, r.y());
      high = Math.max(high, r.y());
    }
    if (low == Double.POSITIVE_INFINITY) {
      low = 0;
      high = 1;
    }
    double step = niceStep((high - low) / 5);
    double yMin = Math.floor(low / step) * step;
    double yMax = Math.ceil(high / step) * step;
    if (yMax == yMin) {
      yMax = yMin + step;
    }
    float top = layout.y();
    float plotLeft = left + 34;
    float plotTop = top + 14;
    float plotWidth = boxWidth - 40;
    float plotHeight = 120;
    layout.text(title, layout.bold(), 8.5f, left, top + 9, PdfLayout.TEXT);
    var chart = new LineChart(layout, plotLeft, plotTop, plotWidth, plotHeight, xMax, yMin, yMax);
    chart.frame(shaded, step, xLabel);
    for (Reference r : references) {
      chart.line(new double[] {0, xMax}, new double[] {r.y(), r.y()}, r.color(), 0.8f, true);
      layout.text(
          r.label(),
          layout.regular(),
          6.5f,
          plotLeft + plotWidth - PdfLayout.width(r.label(), layout.regular(), 6.5f) - 2,
          chart.top(r.y()) - 2,
          r.color());
    }
    for (Series s : series) {
      chart.line(s.x(), s.y(), s.color(), 1.6f, s.dashed());
    }
    float legendTop = plotTop + plotHeight + 24;
    float x = plotLeft;
    for (Series s : series) {
      float w = PdfLayout.width(s.label(), layout.regular(), 7) + 26;
      if (x + w > left + boxWidth) {
        x = plotLeft;
        legendTop += 10;
      }
      layout.strokeLine(x, legendTop - 2.5f, x + 12, legendTop - 2.5f, s.color(), 1.6f);
      layout.text(s.label(), layout.regular(), 7, x + 15, legendTop, PdfLayout.TEXT);
      x += w;
    }
    return legendTop - top + 6;
  }

  private float x(double value) {
    return (float) (left + value / xMax * width);
  }

  private float top(double value) {
    return (float) (top + (yMax - value) / (yMax - yMin) * height);
  }

  private void frame(List<double[]> shaded, double yStep, String xLabel) {
    for (double[] band : shaded) {
      layout.fillRect(
          x(band[0]), top, x(band[1]) - x(band[0]), height, new Color(0xEE, 0xF2, 0xF8));
    }
    for (double y = yMin; y <= yMax + yStep / 1000; y += yStep) {
      layout.strokeLine(left, top(y), left + width, top(y), new Color(0xDD, 0xDD, 0xDD), 0.4f);
      String label = format(y);
      layout.text(
          label,
          layout.regular(),
          6.5f,
          left - 3 - PdfLayout.width(label, layout.regular(), 6.5f),
          top(y) + 2.2f,
          PdfLayout.MUTED);
    }
    double xStep = niceStep(xMax / 7);
    for (double t = 0; t <= xMax + xStep / 1000; t += xStep) {
      layout.strokeLine(x(t), top, x(t), top + height, new Color(0xEE, 0xEE, 0xEE), 0.4f);
      String label = format(t);
      layout.text(
          label,
          layout.regular(),
          6.5f,
          x(t) - PdfLayout.width(label, layout.regular(), 6.5f) / 2,
          top + height + 8,
          PdfLayout.MUTED);
    }
    layout.strokeLine(left, top, left, top + height, PdfLayout.MUTED, 0.6f);
    layout.strokeLine(left, top + height, left + width, top + height, PdfLayout.MUTED, 0.6f);
    layout.text(
        xLabel,
        layout.regular(),
        7,
        left + width - PdfLayout.width(xLabel, layout.regular(), 7),
        top + height + 16,
        PdfLayout.MUTED);
  }

  private void line(double[] xs, double[] ys, Color color, float lineWidth, boolean dashed) {
    try {
      var cs = layout.stream();
      cs.setStrokingColor(color);
      cs.setLineWidth(lineWidth);
      cs.setLineCapStyle(1);
      cs.setLineJoinStyle(1);
      cs.setLineDashPattern(dashed ? new float[] {3, 2} : new float[] {}, 0);
      boolean drawing = false;
      for (int i = 0; i < xs.length; i++) {
        if (Double.isNaN(ys[i])) {
          if (drawing) {
            cs.stroke();
          }
          drawing = false;
          continue;
        }
        float px = x(xs[i]);
        float py = PdfLayout.pdfY(top(ys[i]));
        if (drawing) {
          cs.lineTo(px, py);
        } else {
          cs.moveTo(px, py);
          drawing = true;
        }
      }
      if (drawing) {
        cs.stroke();
      }
      cs.setLineDashPattern(new float[] {}, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
  static double niceStep(double rough) {
    if (!(rough > 0)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double factor : new double[] {1, 2, 5, 10}) {
      if (factor * power >= rough) {
        return factor * power;
      }
    }
    return 10 * power;
  }

  private static String format(double value) {
    double rounded = Math.abs(value) < 1e-9 ? 0 : value;
    return rounded == Math.rint(rounded)
        ? String.format(Locale.ROOT, "%.0f", rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }
}
