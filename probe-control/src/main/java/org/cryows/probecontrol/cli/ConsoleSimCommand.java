package org.cryows.probecontrol.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.protocol.LinkTiming;
import org.cryows.probecontrol.serial.SerialBytePort;
import org.cryows.probecontrol.serial.SerialSettings;
import org.cryows.probecontrol.session.RealTimeConsole;
import org.cryows.probecontrol.session.SimulatedConsole;
import org.cryows.probecontrol.session.WallClock;
import org.cryows.probecontrol.simulator.ConsoleSimulator;
import org.cryows.probecontrol.simulator.FaultSchedule;
import org.cryows.probecontrol.simulator.FaultScheduleException;
import org.cryows.probecontrol.simulator.SimulatorConfig;
import org.cryows.probecontrol.transport.PortException;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.Gas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code console-sim --port PATH}: the console simulator as its own process on a serial port, on
 * the wall clock, as a console would be: the wire protocol on the port, its firmware safety, and
 * the faults of {@code --faults} (times from the start of the process) applied to the physics and
 * to the byte stream. Logs on stderr; stops cleanly on SIGTERM (or Ctrl-C).
 */
@Command(
    name = "console-sim",
    description = {
      "Run the console simulator on a serial port (or one end of a socat pty pair) until"
          + " SIGTERM or Ctrl-C. Logs go to stderr.",
      "--faults FILE: a JSON array [{\"atSec\": 40.25, \"fault\": \"TIP_SENSOR_OPEN\"},"
          + " {\"atSec\": 90, \"fault\": \"COMM_LOSS\", \"durationSec\": 3}] or a scenario file"
          + " (its \"faults\"); times count from the start.",
      "Exit: 0 stopped, 1 the port failed, 2 wrong arguments (a bad faults file names the field,"
          + " a port that cannot be opened is named)."
    })
public final class ConsoleSimCommand implements Callable<Integer> {
  static final int EXIT_STOPPED = 0;
  static final int EXIT_FAILED = 1;
  static final int EXIT_USAGE = 2;

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleSimCommand.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--port",
      required = true,
      paramLabel = "PATH",
      description = "The serial port: a device or a socat pty link.")
  String port;

  @Option(
      names = "--gas",
      paramLabel = "CO2|N2O",
      defaultValue = "CO2",
      description = "The cylinder's gas (default: ${DEFAULT-VALUE}).")
  Gas gas;

  @Option(names = "--faults", paramLabel = "FILE.json", description = "Faults to inject.")
  Path faults;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seeds the bit errors of LINE_NOISE (default: ${DEFAULT-VALUE}).")
  long seed;

  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);

  /** Asks a running simulator to stop (what SIGTERM does). */
  public void stop() {
    stopRequested.countDown();
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!ConsoleCapabilities.STANDARD.drives(gas)) {
      err.println(
          "console-sim: --gas "
              + gas
              + ": the console holds "
              + ConsoleCapabilities.STANDARD.gasNames());
      return EXIT_USAGE;
    }
    FaultSchedule schedule;
    try {
      schedule = faults == null ? FaultSchedule.none() : readFaults(faults);
    } catch (FaultScheduleException e) {
      err.println("console-sim: " + faults + ": " + e.getMessage());
      return EXIT_USAGE;
    } catch (IOException e) {
      err.println("console-sim: cannot read " + faults + ": " + e.getMessage());
      return EXIT_USAGE;
    }
    var serial = new SerialBytePort(SerialSettings.defaults(port));
    try {
      serial.open();
    } catch (PortException e) {
      err.println("console-sim: --port " + port + " cannot be opened: " + e.getMessage());
      return EXIT_USAGE;
    }
    var clock = new WallClock();
    var console =
        new SimulatedConsole(
            SimulatorConfig.defaults(gas), serial, LinkTiming.DEFAULT, clock, seed);
    console.simulator().schedule(schedule);
    // The hook first: a SIGTERM right after the "on" line must still stop cleanly.
    Thread hook = new Thread(this::stopAndWait, "console-sim-sigterm");
    Runtime.getRuntime().addShutdownHook(hook);
    RealTimeConsole running = RealTimeConsole.start(console, clock, "console-sim");
    running.afterEachPass(new ChangeLog());
    LOG.info(
        "console simulator on {} ({}, {} fault(s) scheduled)", port, gas, schedule.faults().size());
    try {
      while (running.isRunning()
          && !stopRequested.await(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        // wait for SIGTERM or a failed loop
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    boolean failed = !running.isRunning() && stopRequested.getCount() > 0;
    running.close();
    serial.close();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down (SIGTERM): the hook is running
    }
    LOG.info("console simulator stopped{}", failed ? " after its loop failed" : "");
    stopped.countDown();
    return failed ? EXIT_FAILED : EXIT_STOPPED;
  }

  /** On SIGTERM: the JVM ends when its hooks end, so wait until the port is closed. */
  private void stopAndWait() {
    stop();
    try {
      stopped.await(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A JSON array of faults, or an object with a "faults" array (a scenario file). */
  static FaultSchedule readFaults(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return FaultSchedule.parse(Files.readString(file)); // reports the JSON error by field
    }
    if (root != null && root.isObject()) {
      return FaultSchedule.fromJson(root.get("faults"), "faults");
    }
    return FaultSchedule.fromJson(root, "faults");
  }

  /** Logs faults starting and ending and the console's own safety trips, as they happen. */
  private static final class ChangeLog implements java.util.function.Consumer<ConsoleSimulator> {
    private Set<Fault> faults = EnumSet.noneOf(Fault.class);
    private Set<?> trips = Set.of();

    @Override
    public void accept(ConsoleSimulator sim) {
      Set<Fault> now = sim.activeFaults();
      if (!now.equals(faults)) {
        LOG.info("{} ms: faults active {}", sim.nowMs(), now);
        faults = now.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(now);
      }
      Set<?> tripped = sim.latchedTrips();
      if (!tripped.equals(trips)) {
        LOG.warn("{} ms: console safety trips {}", sim.nowMs(), tripped);
        trips = Set.copyOf(tripped);
      }
    }
  }
}
