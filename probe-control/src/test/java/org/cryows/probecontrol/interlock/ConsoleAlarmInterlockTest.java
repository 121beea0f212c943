package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsoleAlarmInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final ConsoleAlarmInterlock interlock = new ConsoleAlarmInterlock();

  @Test
  void check_consoleAlarmRaised_tripsNamingIt() {
    c.consoleAlarms = java.util.Set.of("WATCHDOG");
    assertTrue(interlock.check(c.build()).orElseThrow().contains("WATCHDOG"));
  }

  @Test
  void check_noConsoleAlarm_clear() {
    assertTrue(interlock.check(c.build()).isEmpty());
  }
}
