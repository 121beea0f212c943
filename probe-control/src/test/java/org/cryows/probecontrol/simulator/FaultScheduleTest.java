package org.cryows.probecontrol.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.cryows.probecontrol.console.Fault;
import org.junit.jupiter.api.Test;

class FaultScheduleTest {

  @Test
  void parse_issueExample_readsBothFaults() {
    FaultSchedule schedule =
        FaultSchedule.parse(
            """
            [{"atSec": 40.25, "fault": "TIP_SENSOR_OPEN"},
             {"atSec": 90, "fault": "COMM_LOSS", "durationSec": 3}]
            """);
    assertEquals(
        List.of(
            ScheduledFault.untilEnd(40.25, Fault.TIP_SENSOR_OPEN),
            new ScheduledFault(90, Fault.COMM_LOSS, 3)),
        schedule.faults());
    ScheduledFault first = schedule.faults().get(0);
    assertEquals(40_250, first.startMs());
    assertEquals(Long.MAX_VALUE, first.endMs());
    assertEquals(93_000, schedule.faults().get(1).endMs());
  }

  @Test
  void parse_emptyArray_noFaults() {
    assertTrue(FaultSchedule.parse("[]").faults().isEmpty());
  }

  private static void assertBad(String json, String field, String problemPart) {
    FaultScheduleException e =
        assertThrows(FaultScheduleException.class, () -> FaultSchedule.parse(json));
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(problemPart), e.getMessage());
  }

  @Test
  void parse_badInput_errorNamesTheField() {
    assertBad("{\"atSec\": 1}", "faults", "expected an array");
    assertBad("[1]", "faults[0]", "expected an object");
    assertBad("[{\"fault\": \"ESTOP\"}]", "faults[0].atSec", "required");
    assertBad("[{\"atSec\": \"1\", \"fault\": \"ESTOP\"}]", "faults[0].atSec", "must be a number");
    assertBad("[{\"atSec\": -1, \"fault\": \"ESTOP\"}]", "faults[0].atSec", "[0,");
    assertBad("[{\"atSec\": 1}]", "faults[0].fault", "required");
    assertBad("[{\"atSec\": 1, \"fault\": 3}]", "faults[0].fault", "fault name");
    assertBad(
        "[{\"atSec\": 1, \"fault\": \"ESTOP\"}, {\"atSec\": 1, \"fault\": \"FIRE\"}]",
        "faults[1].fault",
        "unknown fault 'FIRE'");
    assertBad(
        "[{\"atSec\": 1, \"fault\": \"ESTOP\", \"durationSec\": 0}]",
        "faults[0].durationSec",
        "must be positive");
    assertBad(
        "[{\"atSec\": 1, \"fault\": \"ESTOP\", \"durationSec\": null}]",
        "faults[0].durationSec",
        "must be a number");
    assertBad(
        "[{\"atSec\": 1, \"fault\": \"ESTOP\", \"duration\": 3}]",
        "faults[0].duration",
        "unknown field");
    assertBad("[{\"atSec\": 1, ", "faults", "not valid JSON");
    assertBad("[{\"atSec\": 1e400, \"fault\": \"ESTOP\"}]", "faults[0].atSec", "");
  }

  @Test
  void scheduledFault_tinyDuration_lastsAtLeastOneMillisecond() {
    ScheduledFault f = new ScheduledFault(1, Fault.LEAK, 1e-6);
    assertTrue(f.activeAt(1_000));
    assertFalse(f.activeAt(1_001));
    assertFalse(f.activeAt(999));
  }

  @Property(tries = 2000)
  void parse_anyText_returnsScheduleOrNamedError(@ForAll String text) {
    try {
      FaultSchedule.parse(text);
    } catch (FaultScheduleException e) {
      assertTrue(e.field().startsWith("faults"), e.getMessage());
    }
  }

  @Property(tries = 2000)
  void parse_mutatedValidSchedule_returnsScheduleOrNamedError(
      @ForAll("faultNames") String name, @ForAll double atSec, @ForAll String durationText) {
    String json =
        "[{\"atSec\": "
            + atSec
            + ", \"fault\": \""
            + name
            + "\", \"durationSec\": "
            + durationText
            + "}]";
    try {
      FaultSchedule schedule = FaultSchedule.parse(json);
      assertEquals(1, schedule.faults().size());
    } catch (FaultScheduleException e) {
      assertTrue(e.field().startsWith("faults"), e.getMessage());
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> faultNames() {
    return net.jqwik.api.Arbitraries.oneOf(
        net.jqwik.api.Arbitraries.of(Fault.class).map(Enum::name),
        net.jqwik.api.Arbitraries.strings().ofMaxLength(12));
  }
}
