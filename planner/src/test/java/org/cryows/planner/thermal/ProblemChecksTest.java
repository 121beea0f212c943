package org.cryows.planner.thermal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ProblemChecksTest {

  @Test
  void acceptsOrderedTimesWithinTheProtocol() {
    assertDoesNotThrow(() -> ProblemChecks.requireOutputTimes(List.of(0.0, 60.0, 180.0), 180));
    assertDoesNotThrow(() -> ProblemChecks.requireIsotherms(List.of(0.0, -20.0)));
  }

  @Test
  void refusesEachBadTimeWithItsReason() {
    assertRefused("at least one output time", () -> ProblemChecks.requireOutputTimes(List.of(), 1));
    assertRefused(
        "zero or positive", () -> ProblemChecks.requireOutputTimes(List.of(60.0, -5.0), 180));
    assertRefused(
        "zero or positive", () -> ProblemChecks.requireOutputTimes(List.of(Double.NaN), 180));
    assertRefused(
        "strictly increasing", () -> ProblemChecks.requireOutputTimes(List.of(60.0, 60.0), 180));
    assertRefused(
        "after the end of the protocol",
        () -> ProblemChecks.requireOutputTimes(List.of(60.0, 181.0), 180));
  }

  @Test
  void refusesMissingOrUnphysicalTemperatures() {
    assertRefused("at least one isotherm", () -> ProblemChecks.requireIsotherms(List.of()));
    assertRefused(
        "isotherm is not physical", () -> ProblemChecks.requireIsotherms(List.of(0.0, -300.0)));
    assertRefused(
        "initial temperature is not physical",
        () -> ProblemChecks.requireTemperature("initial temperature", Double.POSITIVE_INFINITY));
  }

  private static void assertRefused(String reason, Executable check) {
    var error = assertThrows(InvalidThermalInputException.class, check);
    assertTrue(error.getMessage().contains(reason), error.getMessage());
  }
}
