package org.cryows.probecontrol.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.probecontrol.protocol.CommandVerdict;
import org.cryows.probecontrol.protocol.ConsoleEndpoint;
import org.cryows.probecontrol.protocol.DecodeError;
import org.cryows.probecontrol.protocol.Frame;
import org.cryows.probecontrol.protocol.FrameDecoder;
import org.cryows.probecontrol.protocol.FrameEncoder;
import org.cryows.probecontrol.protocol.FrameListener;
import org.cryows.probecontrol.protocol.LinkPump;
import org.cryows.probecontrol.protocol.LinkTiming;
import org.cryows.probecontrol.protocol.ProtocolLink;
import org.cryows.probecontrol.protocol.WireFormat;
import org.cryows.probecontrol.protocol.WireMessage;
import org.cryows.probecontrol.transport.LineNoise;
import org.cryows.probecontrol.transport.MillisClock;
import org.cryows.probecontrol.transport.NoisyBytePort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The protocol over real pseudo-terminals (socat) through jSerialComm, in real time. Waits are
 * bounded polls for an outcome, never timing assertions.
 */
class SerialLinkIntegrationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private SocatPtyPair ptys;
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @BeforeEach
  void startPtys() throws Exception {
    ptys = SocatPtyPair.start();
  }

  @AfterEach
  void stopAll() throws Exception {
    for (AutoCloseable closeable : toClose.reversed()) {
      closeable.close();
    }
    ptys.close();
  }

  @Test
  void frames_bothWays_decodedIntactAtTheOtherEnd() throws Exception {
    var a = open(ptys.linkA.toString());
    var b = open(ptys.linkB.toString());
    var encoder = new FrameEncoder();
    byte[] out = new byte[WireFormat.MAX_ENCODED_BYTES];
    var toB = new WireMessage.CommandMessage(new ConsoleCommand.SetProbeValve(true));
    var toA = new WireMessage.ReportMessage(new ConsoleReport.TelemetryReport(sample(7)));

    int length = encoder.encode(41, toB, out);
    a.write(out, 0, length, 100);
    length = encoder.encode(42, toA, out);
    b.write(out, 0, length, 100);

    assertEquals(List.of(new Frame(41, toB)), receive(b, 1));
    assertEquals(List.of(new Frame(42, toA)), receive(a, 1));
  }

  /**
   * jSerialComm's semi-blocking read waited in tenths of a second on Linux, so a 5 ms read took
   * about 100 ms. The median of a series is compared with a bound far from both, so scheduling
   * noise on a busy machine cannot decide the outcome.
   */
  @Test
  void read_shortTimeoutAndNothingArriving_returnsNothingAfterAboutThatLong() throws Exception {
    var a = open(ptys.linkA.toString());
    open(ptys.linkB.toString());
    byte[] buffer = new byte[64];
    long[] tookMicros = new long[21];
    for (int i = 0; i < tookMicros.length; i++) {
      long start = System.nanoTime();
      assertEquals(0, a.read(buffer, 0, buffer.length, 5));
      tookMicros[i] = (System.nanoTime() - start) / 1_000;
    }
    java.util.Arrays.sort(tookMicros);
    long medianMicros = tookMicros[tookMicros.length / 2];
    assertTrue(medianMicros >= 5_000, "returned before its wait: " + medianMicros + " us");
    assertTrue(medianMicros < 50_000, "a 5 ms read took " + medianMicros + " us (median)");
  }

  @Test
  void read_bytesArrivingDuringALongWait_returnedWithoutWaitingItOut() throws Exception {
    var a = open(ptys.linkA.toString());
    var b = open(ptys.linkB.toString());
    byte[] buffer = new byte[64];
    Thread writer =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    Thread.sleep(20);
                    b.write(new byte[] {1, 2, 3}, 0, 3, 100);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
    long start = System.nanoTime();
    int count = 0;
    while (count < 3) {
      count += a.read(buffer, count, buffer.length - count, 5_000);
      assertTrue(System.nanoTime() - start < 5_000_000_000L, "bytes never arrived");
    }
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    writer.join();
    assertEquals(3, count);
    assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), List.of(buffer[0], buffer[1], buffer[2]));
    assertTrue(tookMs < 2_500, "a read waited " + tookMs + " ms for bytes written after 20 ms");
  }

  @Test
  void commands_overPtys_ackedActedOnInOrderAndTelemetryFlows() throws Exception {
    List<ConsoleCommand> actedOn = new CopyOnWriteArrayList<>();
    List<ConsoleReport> reports = new CopyOnWriteArrayList<>();
    var console = consoleOn(open(ptys.linkB.toString()), actedOn);
    var link = workstationOn(open(ptys.linkA.toString()), reports);

    List<ConsoleCommand> sent =
        List.of(
            new ConsoleCommand.Identify(),
            new ConsoleCommand.Arm(),
            new ConsoleCommand.SetSupplyValve(true),
            new ConsoleCommand.SetProbeValve(true),
            new ConsoleCommand.Stop());
    sent.forEach(link::send);
    for (int i = 0; i < 10; i++) {
      console.send(new ConsoleReport.TelemetryReport(sample(i)));
    }

    awaitTrue(() -> actedOn.size() == sent.size() && telemetryCount(reports) == 10);
    awaitTrue(() -> link.statistics().pendingMessages() == 0);
    assertEquals(sent, actedOn);
    assertTrue(reports.stream().noneMatch(r -> r instanceof ConsoleReport.CommandUndelivered));
    awaitTrue(() -> reports.stream().anyMatch(r -> r instanceof ConsoleReport.ConsoleHeartbeat));
  }

  @Test
  void corruptedByteStream_recoveredWithoutCorruptingACommand() throws Exception {
    List<ConsoleCommand> actedOn = new CopyOnWriteArrayList<>();
    List<ConsoleReport> reports = new CopyOnWriteArrayList<>();
    var consolePort = new NoisyBytePort(open(ptys.linkB.toString()));
    var workstationPort = new NoisyBytePort(open(ptys.linkA.toString()));
    var console = consoleOn(consolePort, actedOn);
    var link = workstationOn(workstationPort, reports);

    consolePort.setNoise(LineNoise.random(11, 0.03, 0.01, 0.01));
    workstationPort.setNoise(LineNoise.random(12, 0.03, 0.01, 0.01));
    List<ConsoleCommand> sent = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      console.send(new ConsoleReport.TelemetryReport(sample(i)));
      if (i % 8 == 0) {
        var command = new ConsoleCommand.SetSupplyValve(i % 16 == 0);
        sent.add(command);
        link.send(command);
      }
      Thread.sleep(5);
    }
    consolePort.setNoise(LineNoise.NONE);
    workstationPort.setNoise(LineNoise.NONE);
    awaitTrue(() -> link.statistics().pendingMessages() == 0);
    var undelivered =
        reports.stream()
            .filter(r -> r instanceof ConsoleReport.CommandUndelivered)
            .map(r -> ((ConsoleReport.CommandUndelivered) r).command())
            .toList();
    // Every command is acted on at most once, in order; the undelivered ones are reported.
    List<ConsoleCommand> expected = new ArrayList<>(sent);
    assertTrue(expected.containsAll(actedOn));
    assertTrue(actedOn.size() <= sent.size() && actedOn.size() + undelivered.size() >= sent.size());

    var after = new ConsoleCommand.Vent();
    link.send(after);
    console.send(new ConsoleReport.TelemetryReport(sample(1000)));
    awaitTrue(() -> actedOn.contains(after));
    awaitTrue(() -> lastTelemetry(reports).equals(sample(1000)));
    assertTrue(
        link.statistics().totalDecodeErrors() + console.statistics().totalDecodeErrors() > 0,
        "the noise reached the decoders");
  }

  @Test
  void socatRestarted_portReconnectsAndTheLinkCarriesOn() throws Exception {
    List<ConsoleCommand> actedOn = new CopyOnWriteArrayList<>();
    var settingsA = new SerialSettings(ptys.linkA.toString(), 115_200, 20, 200);
    var settingsB = new SerialSettings(ptys.linkB.toString(), 115_200, 20, 200);
    var portA = new SerialBytePort(settingsA);
    var portB = new SerialBytePort(settingsB);
    portA.open();
    portB.open();
    toClose.add(portA);
    toClose.add(portB);
    consoleOn(portB, actedOn);
    var link = workstationOn(portA, new CopyOnWriteArrayList<>());
    link.send(new ConsoleCommand.Arm());
    awaitTrue(() -> actedOn.size() == 1);

    ptys.restart();
    awaitTrue(() -> portA.reconnectCount() >= 1 && portB.reconnectCount() >= 1);
    link.send(new ConsoleCommand.Start());
    awaitTrue(() -> actedOn.size() == 2);
    assertEquals(new ConsoleCommand.Start(), actedOn.get(1));
    assertTrue(portA.failureCount() >= 1);
  }

  private SerialBytePort open(String path) throws Exception {
    var port = new SerialBytePort(SerialSettings.defaults(path));
    port.open();
    toClose.add(port);
    return port;
  }

  private ConsoleEndpoint consoleOn(
      org.cryows.probecontrol.transport.BytePort port, List<ConsoleCommand> actedOn) {
    var console =
        new ConsoleEndpoint(
            port,
            LinkTiming.DEFAULT,
            MillisClock.system(),
            command -> {
              if (!(command instanceof ConsoleCommand.Heartbeat)) {
                actedOn.add(command);
              }
              return CommandVerdict.accepted();
            });
    toClose.add(LinkPump.start("console-link", console, 2));
    return console;
  }

  private ProtocolLink workstationOn(
      org.cryows.probecontrol.transport.BytePort port, List<ConsoleReport> reports) {
    var link = new ProtocolLink(port, LinkTiming.DEFAULT, MillisClock.system(), reports::add);
    toClose.add(LinkPump.start("workstation-link", link, 2));
    return link;
  }

  private static List<Frame> receive(SerialBytePort port, int frames) throws Exception {
    List<Frame> received = new ArrayList<>();
    List<DecodeError> errors = new ArrayList<>();
    var decoder =
        new FrameDecoder(
            new FrameListener() {
              @Override
              public void onFrame(Frame frame) {
                received.add(frame);
              }

              @Override
              public void onError(DecodeError error) {
                errors.add(error);
              }
            });
    byte[] buffer = new byte[256];
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (received.size() < frames && System.nanoTime() < deadline) {
      int count = port.read(buffer, 0, buffer.length, 20);
      decoder.accept(buffer, 0, count);
    }
    assertEquals(List.of(), errors);
    return received;
  }

  private static long telemetryCount(List<ConsoleReport> reports) {
    return reports.stream().filter(r -> r instanceof ConsoleReport.TelemetryReport).count();
  }

  private static Telemetry lastTelemetry(List<ConsoleReport> reports) {
    Telemetry last = null;
    for (ConsoleReport report : reports) {
      if (report instanceof ConsoleReport.TelemetryReport(Telemetry telemetry)) {
        last = telemetry;
      }
    }
    return last == null ? sample(-1) : last;
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + PATIENCE);
      }
      Thread.sleep(5);
    }
  }

  private static Telemetry sample(long i) {
    return new Telemetry(
        Math.max(0, i) * 20, -40 - i, -35, 5200, 100, true, true, true, true, 33, false, true, 5);
  }
}
