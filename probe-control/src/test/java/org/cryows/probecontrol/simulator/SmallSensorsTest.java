package org.cryows.probecontrol.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Skin, return gas and tip thermocouple: the small sensor models. */
class SmallSensorsTest {

  @Test
  void skin_thirtyMinutesOfFreezing_coolsSlowlyButStaysWarm() {
    SkinTemperature skin = new SkinTemperature();
    for (int i = 0; i < 1800; i++) {
      skin.step(1, -76, false);
    }
    assertTrue(skin.skinC() < SkinTemperature.REST_C - 5, "" + skin.skinC());
    assertTrue(skin.skinC() > 15, "" + skin.skinC());
  }

  @Test
  void skin_twoMinuteFreeze_coolsLessThanThreeDegrees() {
    SkinTemperature skin = new SkinTemperature();
    for (int i = 0; i < 120; i++) {
      skin.step(1, -76, false);
    }
    assertTrue(skin.skinC() > SkinTemperature.REST_C - 3, "" + skin.skinC());
  }

  @Test
  void skin_iceAtSkin_fallsBelowFiveDegreesWithinTenSeconds() {
    SkinTemperature skin = new SkinTemperature();
    for (int i = 0; i < 100; i++) {
      skin.step(0.1, 37, true);
    }
    assertTrue(skin.skinC() < 5, "" + skin.skinC());
  }

  @Test
  void returnGas_flowing_followsTipPlusStemWarming() {
    ReturnGasTemperature gas = new ReturnGasTemperature(22);
    for (int i = 0; i < 100; i++) {
      gas.step(0.1, 1, -75);
    }
    assertEquals(-75 + ReturnGasTemperature.STEM_WARMING_C, gas.returnC(), 0.1);
  }

  @Test
  void returnGas_noFlow_driftsToRoom() {
    ReturnGasTemperature gas = new ReturnGasTemperature(-60);
    for (int i = 0; i < 300; i++) {
      gas.step(1, 0, -75);
    }
    assertEquals(ReturnGasTemperature.ROOM_C, gas.returnC(), 0.1);
  }

  @Test
  void tipThermocouple_faultsReadAsDocumented() {
    assertEquals(-70, TipThermocouple.readC(-70, false, false));
    assertTrue(Double.isNaN(TipThermocouple.readC(-70, true, false)));
    assertEquals(TipThermocouple.COLD_JUNCTION_C, TipThermocouple.readC(-70, false, true));
    assertNull(TipThermocouple.loopFault(false, false));
    assertTrue(TipThermocouple.loopFault(true, false).contains("open"));
    assertTrue(TipThermocouple.loopFault(false, true).contains("short"));
  }
}
