package org.cryows.planner.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IsothermLocatorTest {

  @Test
  void outermostCrossing_betweenSamples_interpolatesLinearly() {
    double[] positions = {0, 1, 2, 3};
    double[] temperatures = {-40, -20, 0, 20};
    assertEquals(2.5, IsothermLocator.outermostCrossing(positions, temperatures, 10).getAsDouble());
    assertEquals(
        1.0, IsothermLocator.outermostCrossing(positions, temperatures, -20).getAsDouble());
  }

  @Test
  void outermostCrossing_isothermColderThanEverySample_isEmpty() {
    double[] positions = {0, 1};
    double[] temperatures = {-10, 5};
    assertTrue(IsothermLocator.outermostCrossing(positions, temperatures, -20).isEmpty());
  }
}
