package org.cryows.planner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {

  @Test
  void encodable_keepsLatinText_replacesWhatTheFontCannotWrite() {
    assertEquals("Müller Jürgen ?", PdfLayout.encodable(PdfLayout.REGULAR, "Müller Jürgen 王"));
  }

  @Test
  void wrap_keepsEveryWord_andEachLineWithinTheWidth() {
    String text =
        "the 0 C isotherm comes within 17.6 mm of the skin (margin 5.0 mm); a_very_long_identifier_that_cannot_fit_on_one_line_at_all";
    List<String> lines = PdfLayout.wrap(text, PdfLayout.REGULAR, 8, 120);
    assertTrue(lines.size() > 2);
    for (String line : lines) {
      assertTrue(PdfLayout.width(line, PdfLayout.REGULAR, 8) <= 120, line);
    }
    assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
  }

  @Test
  void niceStep_isOneTwoOrFiveTimesAPowerOfTen() {
    assertEquals(20, LineChart.niceStep(13));
    assertEquals(0.5, LineChart.niceStep(0.31));
    assertEquals(100, LineChart.niceStep(60));
  }
}
