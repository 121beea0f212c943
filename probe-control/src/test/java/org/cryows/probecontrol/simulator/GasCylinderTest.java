package org.cryows.probecontrol.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

class GasCylinderTest {

  @Test
  void pressureKPa_co2At20C_isAbout5point7MPaAbsolute() {
    GasCylinder cylinder = new GasCylinder(Gas.CO2, 2.27, 3.4, 20);
    assertEquals(5729.1 - 101.3, cylinder.pressureKPa(), 1);
  }

  @Test
  void pressureKPa_n2oAt20C_isAbout5point05MPaAbsolute() {
    GasCylinder cylinder = new GasCylinder(Gas.N2O, 3.0, 4.0, 20);
    assertEquals(5052.5 - 101.3, cylinder.pressureKPa(), 1);
  }

  @Test
  void pressureKPa_colderCylinder_lowerPressure() {
    double warm = new GasCylinder(Gas.CO2, 2, 3.4, 20).pressureKPa();
    double cold = new GasCylinder(Gas.CO2, 2, 3.4, 5).pressureKPa();
    assertTrue(cold < warm - 1000, cold + " vs " + warm);
  }

  @Test
  void draw_whileLiquidRemains_pressureUnchanged() {
    GasCylinder cylinder = new GasCylinder(Gas.CO2, 2.27, 3.4, 20);
    double full = cylinder.pressureKPa();
    cylinder.draw(1000);
    assertTrue(cylinder.liquidRemaining());
    assertEquals(full, cylinder.pressureKPa(), 1e-9);
    assertEquals(1.27, cylinder.remainingKg(), 1e-9);
  }

  @Test
  void draw_pastTheLiquid_pressureFallsWithRemainingMass() {
    GasCylinder cylinder = new GasCylinder(Gas.CO2, 2.27, 3.4, 20);
    double vapourOnlyKg = cylinder.vapourOnlyKg();
    assertEquals(0.194 * 3.4, vapourOnlyKg, 0.01);
    cylinder.draw((2.27 - vapourOnlyKg / 2) * 1000);
    assertFalse(cylinder.liquidRemaining());
    assertEquals(5729.1 / 2 - 101.3, cylinder.pressureKPa(), 2);
    cylinder.draw(10_000);
    assertEquals(0, cylinder.remainingKg());
    assertEquals(0, cylinder.pressureKPa());
  }

  @Test
  void constructor_overfilled_rejectedNamingFill() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new GasCylinder(Gas.CO2, 3, 3.4, 20));
    assertTrue(e.getMessage().contains("fillKg"), e.getMessage());
  }

  @Test
  void constructor_aboveCriticalTemperature_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new GasCylinder(Gas.CO2, 2, 3.4, 31));
    assertTrue(e.getMessage().contains("temperatureC"), e.getMessage());
  }

  @Test
  void draw_negative_rejected() {
    GasCylinder cylinder = new GasCylinder(Gas.N2O, 3.0, 4.0, 20);
    assertThrows(IllegalArgumentException.class, () -> cylinder.draw(-1));
  }
}
