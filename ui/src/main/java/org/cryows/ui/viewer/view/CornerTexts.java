package org.cryows.ui.viewer.view;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Pane;

/**
 * The four corner texts over an image and a message in its middle, laid out so that the two texts
 * of a top or bottom edge never cover each other: each keeps its width while both fit; when they do
 * not, the narrower keeps its own (up to half the edge) and the wider gets the rest, its lines
 * wrapped between words (a bottom text grows upwards), a word longer than its width cut with an
 * ellipsis.
 */
final class CornerTexts extends Pane {

  /** Free space between the two texts of an edge, px. */
  static final double GAP = 16;

  private final Label topLeft;
  private final Label topRight;
  private final Label bottomLeft;
  private final Label bottomRight;
  private final Node message;
  private final ReadOnlyDoubleWrapper bottomTextsTop = new ReadOnlyDoubleWrapper(Double.NaN);

  CornerTexts(
      Label topLeft,
      Label topRight,
      Label bottomLeft,
      Label bottomRight,
      Node message,
      double pad) {
    this.topLeft = topLeft;
    this.topRight = topRight;
    this.bottomLeft = bottomLeft;
    this.bottomRight = bottomRight;
    this.message = message;
    getChildren().addAll(topLeft, topRight, bottomLeft, bottomRight, message);
    for (Label l : new Label[] {topLeft, topRight, bottomLeft, bottomRight}) {
      l.setTextOverrun(OverrunStyle.ELLIPSIS);
      l.setWrapText(true);
    }
    setPadding(new Insets(pad));
    setPickOnBounds(false);
    setMouseTransparent(true);
  }

  /**
   * The widths two texts get on an edge with {@code room} px between its ends (less the gap): both
   * their own when they fit; else the narrower its own up to half, the wider the rest.
   */
  static double[] share(double left, double right, double room) {
    double available = Math.max(0, room - (left > 0 && right > 0 ? GAP : 0));
    if (left + right <= available) {
      return new double[] {left, right};
    }
    double half = available / 2;
    if (left <= half) {
      return new double[] {left, available - left};
    }
    if (right <= half) {
      return new double[] {available - right, right};
    }
    return new double[] {half, half};
  }

  /**
   * Where the texts of the bottom edge begin, in px from the top (NaN before the first layout): a
   * later layer's own drawing (a legend) stays above it.
   */
  ReadOnlyDoubleProperty bottomTextsTop() {
    return bottomTextsTop.getReadOnlyProperty();
  }

  @Override
  protected void layoutChildren() {
    Insets in = getInsets();
    double left = in.getLeft();
    double top = in.getTop();
    double width = getWidth() - in.getLeft() - in.getRight();
    double bottom = getHeight() - in.getBottom();
    edge(topLeft, topRight, left, width, top, true);
    edge(bottomLeft, bottomRight, left, width, bottom, false);
    double textsTop = bottom;
    for (Label l : new Label[] {bottomLeft, bottomRight}) {
      if (l.isVisible() && !l.getText().isEmpty()) {
        textsTop = Math.min(textsTop, l.getLayoutY());
      }
    }
    bottomTextsTop.set(textsTop);
    double w = Math.min(Math.min(message.prefWidth(-1), message.maxWidth(-1)), Math.max(0, width));
    double h = message.prefHeight(w);
    message.resizeRelocate(
        left + (width - w) / 2, top + (bottom - top - h) / 2, Math.max(0, w), Math.max(0, h));
  }

  private void edge(Label a, Label b, double left, double width, double y, boolean top) {
    double[] widths =
        share(a.isVisible() ? a.prefWidth(-1) : 0, b.isVisible() ? b.prefWidth(-1) : 0, width);
    double ha = a.prefHeight(widths[0]);
    double hb = b.prefHeight(widths[1]);
    a.resizeRelocate(left, top ? y : y - ha, widths[0], ha);
    b.resizeRelocate(left + width - widths[1], top ? y : y - hb, widths[1], hb);
  }
}
