package org.cryows.planner.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Pages of an A4 report written top to bottom: a cursor that moves down, text (wrapped to a width),
 * rules, and room checks that start a new page. Measures in PDF points (1/72 inch), y from the top
 * of the page. The fonts are DejaVu Sans and Sans Mono, embedded (subset) from the system's fonts
 * (Debian's fonts-dejavu-core), so names in any script DejaVu covers print as written; without
 * them, PDF's standard Helvetica and Courier. Text a font cannot encode is written with a question
 * mark in place of each such character.
 */
final class PdfLayout implements AutoCloseable {

  static final PDRectangle PAGE = PDRectangle.A4;
  static final float MARGIN = 42;
  static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  static final float BOTTOM = 48;

  /** Where Debian puts DejaVu (fonts-dejavu-core). */
  static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

  /** The three faces of a report, bound to its document. */
  record Fonts(PDFont regular, PDFont bold, PDFont mono, String source) {}

  static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
  static final Color MUTED = new Color(0x60, 0x60, 0x60);
  static final Color RULE = new Color(0xC8, 0xC8, 0xC8);

  private final PDDocument document;
  private final Fonts fonts;
  private final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream stream;
  private float y;

  PdfLayout(PDDocument document) {
    this.document = document;
    this.fonts = fonts(document, DEJAVU);
  }

  /** DejaVu from a folder, embedded in the document; the standard fonts when it is not there. */
  static Fonts fonts(PDDocument document, Path folder) {
    Path regular = folder.resolve("DejaVuSans.ttf");
    Path bold = folder.resolve("DejaVuSans-Bold.ttf");
    Path mono = folder.resolve("DejaVuSansMono.ttf");
    if (Files.isReadable(regular) && Files.isReadable(bold) && Files.isReadable(mono)) {
      try {
        return new Fonts(
            PDType0Font.load(document, regular.toFile()),
            PDType0Font.load(document, bold.toFile()),
            PDType0Font.load(document, mono.toFile()),
            "DejaVu");
      } catch (IOException e) {
        // A damaged font file: the standard fonts still write the report.
      }
    }
    return new Fonts(
        new PDType1Font(Standard14Fonts.FontName.HELVETICA),
        new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
        new PDType1Font(Standard14Fonts.FontName.COURIER),
        "standard");
  }

  PDFont regular() {
    return fonts.regular();
  }

  PDFont bold() {
    return fonts.bold();
  }

  PDFont mono() {
    return fonts.mono();
  }

  PDDocument document() {
    return document;
  }

  List<PDPage> pages() {
    return List.copyOf(pages);
  }

  PDPageContentStream stream() {
    return stream;
  }

  /** The cursor, points from the top of the page. */
  float y() {
    return y;
  }

  void moveDown(float points) {
    y += points;
  }

  /** PDF's y (from the bottom) for a distance from the top. */
  static float pdfY(float fromTop) {
    return PAGE.getHeight() - fromTop;
  }

  void newPage() {
    closeStream();
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    pages.add(page);
    try {
      stream = new PDPageContentStream(document, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = MARGIN;
  }

  /** Starts a new page unless {@code points} fit above the bottom margin. */
  void ensureRoom(float points) {
    if (stream == null || y + points > PAGE.getHeight() - BOTTOM) {
      newPage();
    }
  }

  float remaining() {
    return PAGE.getHeight() - BOTTOM - y;
  }

  /** One line of text at the cursor's left margin plus {@code indent}; moves down a line. */
  void line(String text, PDFont font, float size, float indent, Color color) {
    ensureRoom(size * 1.4f);
    text(text, font, size, MARGIN + indent, y + size, color);
    y += size * 1.4f;
  }

  /** Text wrapped to {@code width}; moves down past it. */
  void paragraph(String text, PDFont font, float size, float indent, float width, Color color) {
    for (String line : wrap(text, font, size, width)) {
      line(line, font, size, indent, color);
    }
  }

  /** Text with its baseline {@code baselineFromTop} points from the top. */
  void text(String text, PDFont font, float size, float x, float baselineFromTop, Color color) {
    try {
      stream.beginText();
      stream.setFont(font, size);
      stream.setNonStrokingColor(color);
      stream.newLineAtOffset(x, pdfY(baselineFromTop));
      stream.showText(encodable(font, text));
      stream.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A horizontal rule across the text width at the cursor. */
  void rule() {
    ensureRoom(6);
    strokeLine(MARGIN, y + 2, MARGIN + WIDTH, y + 2, RULE, 0.6f);
    y += 6;
  }

  void strokeLine(float x0, float top0, float x1, float top1, Color color, float width) {
    try {
      stream.setStrokingColor(color);
      stream.setLineWidth(width);
      stream.moveTo(x0, pdfY(top0));
      stream.lineTo(x1, pdfY(top1));
      stream.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void fillRect(float x, float top, float width, float height, Color color) {
    try {
      stream.setNonStrokingColor(color);
      stream.addRect(x, pdfY(top + height), width, height);
      stream.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static float width(String text, PDFont font, float size) {
    try {
      return font.getStringWidth(encodable(font, text)) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Words wrapped into lines no wider than {@code width}; a word longer than a line is cut. */
  static List<String> wrap(String text, PDFont font, float size, float width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(candidate, font, size) <= width) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (width(rest, font, size) > width && rest.length() > 1) {
          int fit = rest.length() - 1;
          while (fit > 1 && width(rest.substring(0, fit), font, size) > width) {
            fit--;
          }
          lines.add(rest.substring(0, fit));
          rest = rest.substring(fit);
        }
        line.append(rest);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The text with every character the font cannot write replaced by a question mark. */
  static String encodable(PDFont font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String c = new String(Character.toChars(cp));
              try {
                font.encode(c);
                out.append(c);
              } catch (IllegalArgumentException | IOException e) {
                out.append('?');
              }
            });
    return out.toString();
  }

  private void closeStream() {
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      stream = null;
    }
  }

  /** Closes the page being written (the document stays open). */
  @Override
  public void close() {
    closeStream();
  }
}
