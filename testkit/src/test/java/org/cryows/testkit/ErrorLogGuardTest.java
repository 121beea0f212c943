package org.cryows.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.slf4j.LoggerFactory;

class ErrorLogGuardTest {

  // The fixtures' errors also reach this test's own guard, hence the declarations here.
  @Test
  @ExpectedErrorLog("fixture: valve did not close")
  void unexpectedErrorLog_failsTheTest() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(LogsAnUndeclaredError.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(1).failed(1).succeeded(0));
  }

  @Test
  @ExpectedErrorLog("fixture: cannot read .*")
  void declaredErrorLog_passes() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(LogsADeclaredError.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
  }

  @Test
  void declaredErrorThatNeverCame_failsTheTest() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(DeclaresAnErrorButLogsNothing.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(1).failed(1));
  }

  @Test
  void warningsAndInfo_doNotFail() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(LogsOnlyAWarning.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  // Fixtures run only through the engine test kit above (their names keep Surefire away).
  @ExtendWith(ErrorLogGuard.class)
  static class LogsAnUndeclaredError {
    @Test
    void logs() {
      LoggerFactory.getLogger("fixture").error("valve did not close");
    }
  }

  @ExtendWith(ErrorLogGuard.class)
  static class LogsADeclaredError {
    @Test
    @ExpectedErrorLog("fixture: cannot read .*frame 3.*")
    void logs() {
      LoggerFactory.getLogger("fixture").error("cannot read file.dcm: frame 3 truncated");
    }
  }

  @ExtendWith(ErrorLogGuard.class)
  static class DeclaresAnErrorButLogsNothing {
    @Test
    @ExpectedErrorLog("fixture: .*")
    void logsNothing() {}
  }

  @ExtendWith(ErrorLogGuard.class)
  static class LogsOnlyAWarning {
    @Test
    void logs() {
      LoggerFactory.getLogger("fixture").warn("retrying");
    }
  }
}
