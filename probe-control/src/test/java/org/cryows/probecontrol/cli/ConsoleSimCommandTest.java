package org.cryows.probecontrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.protocol.LinkPump;
import org.cryows.probecontrol.protocol.LinkTiming;
import org.cryows.probecontrol.protocol.ProtocolLink;
import org.cryows.probecontrol.serial.SerialBytePort;
import org.cryows.probecontrol.serial.SerialSettings;
import org.cryows.probecontrol.session.SocatPtyPair;
import org.cryows.probecontrol.transport.MillisClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConsoleSimCommandTest {
  @TempDir Path dir;

  private static void requireSocat() {
    if (!SocatPtyPair.socatAvailable()) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("socat is required under CI");
      }
      Assumptions.abort("socat is not installed");
    }
  }

  private static int execute(ConsoleSimCommand command, StringWriter err, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void call_onAPty_answersTheWorkstationAndStopsWhenAsked() throws Exception {
    requireSocat();
    try (SocatPtyPair ptys = SocatPtyPair.start()) {
      var command = new ConsoleSimCommand();
      var err = new StringWriter();
      CompletableFuture<Integer> exit =
          CompletableFuture.supplyAsync(
              () -> execute(command, err, "--port", ptys.linkB().toString(), "--gas", "N2O"));
      var reports = new LinkedBlockingQueue<ConsoleReport>();
      try (var port = new SerialBytePort(SerialSettings.defaults(ptys.linkA().toString()))) {
        port.open();
        var link = new ProtocolLink(port, LinkTiming.DEFAULT, MillisClock.system(), reports::add);
        try (var pump = LinkPump.start("test-link", link, 2)) {
          ConsoleReport identity = null;
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
          while (identity == null && System.nanoTime() < deadline) {
            link.send(new ConsoleCommand.Identify());
            ConsoleReport r;
            // Telemetry keeps arriving, so an empty queue never ends a lost request: ask again
            // after a second.
            long askAgain = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (System.nanoTime() < askAgain
                && (r = reports.poll(300, TimeUnit.MILLISECONDS)) != null) {
              if (r instanceof ConsoleReport.IdentityReport) {
                identity = r;
                break;
              }
            }
          }
          assertTrue(identity instanceof ConsoleReport.IdentityReport, "identity " + identity);
          assertTrue(
              reports.stream().anyMatch(r -> r instanceof ConsoleReport.TelemetryReport)
                  || waitForTelemetry(reports),
              "telemetry flows");
        }
      }
      command.stop();
      assertEquals(0, exit.get(10, TimeUnit.SECONDS), err.toString());
    }
  }

  private static boolean waitForTelemetry(LinkedBlockingQueue<ConsoleReport> reports)
      throws InterruptedException {
    ConsoleReport r;
    while ((r = reports.poll(500, TimeUnit.MILLISECONDS)) != null) {
      if (r instanceof ConsoleReport.TelemetryReport) {
        return true;
      }
    }
    return false;
  }

  @Test
  void call_badFaultsFile_exits2NamingTheField() throws IOException {
    Path faults =
        Files.writeString(dir.resolve("faults.json"), "[{\"atSec\": 1, \"fault\": \"GREMLINS\"}]");
    var err = new StringWriter();
    int exit =
        execute(new ConsoleSimCommand(), err, "--port", "/dev/null", "--faults", faults.toString());
    assertEquals(2, exit);
    assertTrue(err.toString().contains("faults[0].fault"), err.toString());
  }

  @Test
  void call_portThatCannotBeOpened_exits2NamingIt() {
    var err = new StringWriter();
    int exit =
        execute(new ConsoleSimCommand(), err, "--port", dir.resolve("no-such-tty").toString());
    assertEquals(2, exit);
    assertTrue(err.toString().contains("no-such-tty"), err.toString());
  }

  @Test
  void process_sigterm_stopsCleanly() throws Exception {
    requireSocat();
    try (SocatPtyPair ptys = SocatPtyPair.start()) {
      Path log = dir.resolve("console-sim.log");
      Process process =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-cp",
                      System.getProperty("java.class.path"),
                      ConsoleSimProcess.class.getName(),
                      "--port",
                      ptys.linkB().toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.readString(log).contains("console simulator on")) {
        assertTrue(process.isAlive(), "exited early: " + Files.readString(log));
        assertTrue(System.nanoTime() < deadline, "never started: " + Files.readString(log));
        Thread.sleep(50);
      }
      process.destroy(); // SIGTERM
      assertTrue(process.waitFor(10, TimeUnit.SECONDS), "still running after SIGTERM");
      assertTrue(
          Files.readString(log).contains("console simulator stopped"), Files.readString(log));
    }
  }
}
