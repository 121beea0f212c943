package org.cryows.probecontrol.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RepeatedFailureLogTest {

  @Test
  void failed_manyTimesThenRecovered_oneWarnOneInfoAndEveryFailureCounted() {
    var logger = (Logger) LoggerFactory.getLogger("test.repeated-failure");
    var logged = new ListAppender<ILoggingEvent>();
    logged.start();
    logger.addAppender(logged);
    try {
      var failures = new RepeatedFailureLog(logger, "serial port /dev/ttyX");
      for (int i = 0; i < 50; i++) {
        failures.failed("read failed");
      }
      failures.recovered();
      failures.failed("write failed");

      assertEquals(2, count(logged, Level.WARN), "first of each run");
      assertEquals(1, count(logged, Level.INFO));
      assertEquals(
          "serial port /dev/ttyX recovered after 50 failure(s)",
          logged.list.stream()
              .filter(e -> e.getLevel() == Level.INFO)
              .findFirst()
              .orElseThrow()
              .getFormattedMessage());
      assertEquals(51, failures.totalFailures());
      assertEquals(1, failures.failuresInRun());
      failures.recovered();
      assertFalse(failures.failing());
    } finally {
      logger.detachAppender(logged);
    }
  }

  private static long count(ListAppender<ILoggingEvent> logged, Level level) {
    return logged.list.stream().filter(e -> e.getLevel() == level).count();
  }
}
