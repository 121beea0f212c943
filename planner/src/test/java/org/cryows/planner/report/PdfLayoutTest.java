package org.cryows.planner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {

  @Test
  void standardFonts_writeLatinText_andQuestionMarksForTheRest() throws Exception {
    try (var document = new PDDocument()) {
      var fonts = PdfLayout.fonts(document, Path.of("/no/such/folder"));
      assertEquals("standard", fonts.source());
      assertEquals("Müller Jürgen ??", PdfLayout.encodable(fonts.regular(), "Müller Jürgen Ωω"));
    }
  }

  @Test
  void dejaVu_writesGreekAndCyrillicToo() throws Exception {
    Assumptions.assumeTrue(
        Files.isReadable(PdfLayout.DEJAVU.resolve("DejaVuSans.ttf")), "DejaVu is not installed");
    try (var document = new PDDocument()) {
      var fonts = PdfLayout.fonts(document, PdfLayout.DEJAVU);
      assertEquals("DejaVu", fonts.source());
      assertEquals(
          "Müller Ωμέγα Иванов ?", PdfLayout.encodable(fonts.regular(), "Müller Ωμέγα Иванов 王"));
    }
  }

  @Test
  void wrap_keepsEveryWord_andEachLineWithinTheWidth() throws Exception {
    try (var document = new PDDocument()) {
      var font = PdfLayout.fonts(document, PdfLayout.DEJAVU).regular();
      String text =
          "the 0 C isotherm comes within 17.6 mm of the skin (margin 5.0 mm);"
              + " a_very_long_identifier_that_cannot_fit_on_one_line_at_all";
      List<String> lines = PdfLayout.wrap(text, font, 8, 120);
      assertTrue(lines.size() > 2);
      for (String line : lines) {
        assertTrue(PdfLayout.width(line, font, 8) <= 120, line);
      }
      assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
    }
  }

  @Test
  void niceStep_isOneTwoOrFiveTimesAPowerOfTen() {
    assertEquals(20, LineChart.niceStep(13));
    assertEquals(0.5, LineChart.niceStep(0.31));
    assertEquals(100, LineChart.niceStep(60));
  }
}
