package org.cryows.probecontrol.protocol;

import static org.cryows.probecontrol.protocol.CobsTest.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.Telemetry;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

  @Test
  void encode_everyMessageType_decodesToTheSameFrame() {
    List<WireMessage> samples = WireArbitraries.sampleOfEveryType();
    assertEquals(MessageType.values().length + 1, samples.size(), "one sample per type (+1)");
    int seq = 65535;
    for (WireMessage message : samples) {
      var decoded = TestFrames.decode(TestFrames.encode(seq, message));
      assertEquals(List.of(new Frame(seq, message)), decoded.all, message.toString());
      seq = (seq + 7919) % WireFormat.SEQ_MODULUS;
    }
  }

  @Test
  void encode_arm_hasTheDocumentedLayoutByteByByte() {
    byte[] encoded =
        TestFrames.encode(0x0102, new WireMessage.CommandMessage(new ConsoleCommand.Arm()));
    assertEquals(0, encoded[0], "leading delimiter");
    assertEquals(0, encoded[encoded.length - 1], "trailing delimiter");
    byte[] header = bytes(0x01, 0x13, 0x01, 0x02, 0x00, 0x00);
    var crc = new CRC32C();
    crc.update(header);
    byte[] expected = ByteBuffer.allocate(10).put(header).putInt((int) crc.getValue()).array();
    assertArrayEquals(expected, TestFrames.unstuffed(encoded));
  }

  @Test
  void encode_consoleEvent_hasTheDocumentedLayoutByteByByte() {
    var event = new ConsoleReport.ConsoleEvent(0x0102030405L, Fault.ESTOP, true, "e-stop");
    byte[] plain = TestFrames.unstuffed(TestFrames.encode(9, new WireMessage.ReportMessage(event)));
    byte[] header = bytes(0x01, 0x24, 0x00, 0x09, 0x00, 0x12);
    byte[] payload =
        bytes(
            0, 0, 0, 0x01, 0x02, 0x03, 0x04, 0x05, // consoleTimeMs
            0x02, // fault: ESTOP
            0x01, // present
            0x00, 0x06, 'e', '-', 's', 't', 'o', 'p');
    assertArrayEquals(header, Arrays.copyOf(plain, 6));
    assertArrayEquals(payload, Arrays.copyOfRange(plain, 6, 6 + payload.length));
    assertEquals(6 + payload.length + 4, plain.length, "header, payload, CRC");
  }

  @Test
  void decode_consoleEventWithAnUnknownFaultCode_badPayloadNamingTheField() {
    byte[] payload = bytes(0, 0, 0, 0, 0, 0, 0, 1, 0x63, 0x01, 0x00, 0x01, 'x');
    var decoded = TestFrames.decode(TestFrames.raw(1, 0x24, 3, payload.length, payload));
    assertKind(DecodeError.Kind.BAD_PAYLOAD, decoded);
    String detail = decoded.errors.getFirst().detail();
    assertTrue(detail.contains("field fault") && detail.contains("99"), detail);
  }

  @Test
  void encode_setProbeValveOpen_payloadIsOneByteOne() {
    byte[] plain =
        TestFrames.unstuffed(
            TestFrames.encode(
                7, new WireMessage.CommandMessage(new ConsoleCommand.SetProbeValve(true))));
    assertArrayEquals(bytes(0x01, 0x17, 0x00, 0x07, 0x00, 0x01, 0x01), Arrays.copyOf(plain, 7));
  }

  @Test
  void encode_telemetry_fitsIn66BytesOnTheWire() {
    var telemetry =
        new Telemetry(
            Long.MAX_VALUE, -70, -65, 5500, 120, true, true, true, true, 30, false, true, 40);
    byte[] encoded =
        TestFrames.encode(
            0, new WireMessage.ReportMessage(new ConsoleReport.TelemetryReport(telemetry)));
    // 6 header + 53 payload + 4 CRC = 63, at most 1 COBS byte more, and 2 delimiters.
    assertTrue(encoded.length <= 66, "telemetry frame is " + encoded.length + " bytes");
    assertEquals(63, TestFrames.unstuffed(encoded).length);
  }

  @Test
  void encode_textTooLongForAFrame_refusedNamingTheField() {
    var alarm = new ConsoleReport.ConsoleAlarmRaised("LONG", "x".repeat(2000));
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TestFrames.encode(1, new WireMessage.ReportMessage(alarm)));
    assertTrue(e.getMessage().contains("field message"), e.getMessage());
  }

  @Test
  void encode_unpairedSurrogate_refusedNamingTheField() {
    var alarm = new ConsoleReport.ConsoleAlarmCleared("bad \ud800 code");
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TestFrames.encode(1, new WireMessage.ReportMessage(alarm)));
    assertTrue(e.getMessage().contains("field code"), e.getMessage());
  }

  @Test
  void reportMessage_commandRejected_refusedBecauseTheLinkMakesIt() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new WireMessage.ReportMessage(
                new ConsoleReport.CommandRejected(new ConsoleCommand.Arm(), "no")));
  }

  @Test
  void decode_flippedBit_badCrc() {
    byte[] frame = TestFrames.encode(3, new WireMessage.CommandMessage(new ConsoleCommand.Stop()));
    frame[3] ^= 0x10;
    assertKind(DecodeError.Kind.BAD_CRC, TestFrames.decode(frame));
  }

  @Test
  void decode_frameCutShort_tooShortOrBadStuffing() {
    byte[] frame = TestFrames.encode(3, new WireMessage.CommandMessage(new ConsoleCommand.Stop()));
    byte[] cut = Arrays.copyOf(frame, 5);
    var decoded = TestFrames.decode(cut, bytes(0));
    assertEquals(1, decoded.errors.size());
    assertTrue(decoded.frames.isEmpty());
  }

  @Test
  void decode_fewerBytesThanHeaderAndCrc_tooShort() {
    assertKind(DecodeError.Kind.TOO_SHORT, TestFrames.decode(TestFrames.delimit(bytes(1, 2, 3))));
  }

  @Test
  void decode_otherVersion_unsupportedVersion() {
    assertKind(
        DecodeError.Kind.UNSUPPORTED_VERSION,
        TestFrames.decode(TestFrames.raw(2, 0x13, 0, 0, new byte[0])));
  }

  @Test
  void decode_lengthFieldDisagrees_badLength() {
    var decoded = TestFrames.decode(TestFrames.raw(1, 0x17, 0, 2, bytes(1)));
    assertKind(DecodeError.Kind.BAD_LENGTH, decoded);
    assertTrue(decoded.errors.getFirst().detail().contains("says 2"));
  }

  @Test
  void decode_unknownTypeCode_unknownType() {
    var decoded = TestFrames.decode(TestFrames.raw(1, 0x7E, 9, 0, new byte[0]));
    assertKind(DecodeError.Kind.UNKNOWN_TYPE, decoded);
    assertTrue(decoded.errors.getFirst().detail().contains("0x7e"));
  }

  @Test
  void decode_valveFlagTwo_badPayloadNamingTheField() {
    var decoded = TestFrames.decode(TestFrames.raw(1, 0x17, 0, 1, bytes(2)));
    assertKind(DecodeError.Kind.BAD_PAYLOAD, decoded);
    assertTrue(decoded.errors.getFirst().detail().contains("field open"));
  }

  @Test
  void decode_payloadEndsInsideAField_badPayloadNamingTheField() {
    byte[] payload = bytes(1, 0x40, 0x51); // gas CO2, then 2 of the 8 bytes of setpointC
    var decoded = TestFrames.decode(TestFrames.raw(1, 0x12, 0, payload.length, payload));
    assertKind(DecodeError.Kind.BAD_PAYLOAD, decoded);
    assertTrue(decoded.errors.getFirst().detail().contains("field setpointC"));
  }

  @Test
  void decode_extraByteAfterTheLastField_badPayload() {
    var decoded = TestFrames.decode(TestFrames.raw(1, 0x13, 0, 1, bytes(0)));
    assertKind(DecodeError.Kind.BAD_PAYLOAD, decoded);
    assertTrue(decoded.errors.getFirst().detail().contains("unexpected byte"));
  }

  @Test
  void decode_setpointColderThanTheGasCanReach_badPayloadWithTheReason() {
    var payload = ByteBuffer.allocate(1 + 8 + 1 + 16);
    payload.put((byte) 1).putDouble(-85).put((byte) 1).putDouble(60).putDouble(30);
    var decoded =
        TestFrames.decode(TestFrames.raw(1, 0x12, 0, payload.capacity(), payload.array()));
    assertKind(DecodeError.Kind.BAD_PAYLOAD, decoded);
    assertTrue(decoded.errors.getFirst().detail().contains("colder than CO2"));
  }

  @Test
  void decode_unknownGasCode_badPayloadNamingTheField() {
    var payload = ByteBuffer.allocate(1 + 8 + 1 + 16);
    payload.put((byte) 9).putDouble(-60).put((byte) 1).putDouble(60).putDouble(30);
    var decoded =
        TestFrames.decode(TestFrames.raw(1, 0x12, 0, payload.capacity(), payload.array()));
    assertTrue(decoded.errors.getFirst().detail().contains("field gas"));
  }

  @Test
  void decode_telemetryReservedFlagBits_badPayload() {
    var payload = ByteBuffer.allocate(53);
    payload.putLong(0).putDouble(1).putDouble(2).putDouble(3).putDouble(4).putDouble(5);
    payload.put((byte) 0x80).putInt(0);
    var decoded = TestFrames.decode(TestFrames.raw(1, 0x30, 0, 53, payload.array()));
    assertTrue(decoded.errors.getFirst().detail().contains("field flags"));
  }

  @Test
  void decode_invalidUtf8_badPayloadNamingTheField() {
    byte[] payload = bytes(0, 2, 0xC3, 0x28);
    var decoded = TestFrames.decode(TestFrames.raw(1, 0x23, 0, payload.length, payload));
    assertKind(DecodeError.Kind.BAD_PAYLOAD, decoded);
    assertTrue(decoded.errors.getFirst().detail().contains("field code"));
  }

  @Test
  void decode_endlessBytesWithoutDelimiter_oneOversizeThenTheNextFrame() {
    byte[] junk = new byte[3 * WireFormat.MAX_STUFFED_BYTES];
    Arrays.fill(junk, (byte) 0x55);
    var good = new WireMessage.CommandMessage(new ConsoleCommand.Vent());
    var decoded = TestFrames.decode(bytes(0), junk, TestFrames.encode(5, good));
    assertEquals(1, decoded.errors.size());
    assertEquals(DecodeError.Kind.OVERSIZE, decoded.errors.getFirst().kind());
    assertEquals(List.of(new Frame(5, good)), decoded.frames);
  }

  @Test
  void decode_bytesBeforeTheFirstDelimiter_droppedSilently() {
    var good = new WireMessage.CommandMessage(new ConsoleCommand.Vent());
    byte[] frame = TestFrames.encode(5, good);
    byte[] tailOfAnEarlierFrame = Arrays.copyOfRange(frame, 4, frame.length - 1);
    var decoded = TestFrames.decode(tailOfAnEarlierFrame, frame);
    assertEquals(List.of(new Frame(5, good)), decoded.all);
  }

  @Test
  void decode_backToBackFramesOneByteAtATime_allFramesInOrder() {
    var stream = new ByteArrayOutputStream();
    List<WireMessage> samples = WireArbitraries.sampleOfEveryType();
    for (int i = 0; i < samples.size(); i++) {
      stream.writeBytes(TestFrames.encode(i, samples.get(i)));
    }
    var listener = new RecordingListener();
    var decoder = new FrameDecoder(listener);
    for (byte b : stream.toByteArray()) {
      decoder.accept(new byte[] {b}, 0, 1);
    }
    assertTrue(listener.errors.isEmpty(), listener.errors.toString());
    for (int i = 0; i < samples.size(); i++) {
      assertEquals(new Frame(i, samples.get(i)), listener.frames.get(i));
    }
  }

  private static void assertKind(DecodeError.Kind kind, RecordingListener decoded) {
    assertTrue(decoded.frames.isEmpty(), "no frame expected: " + decoded.frames);
    assertEquals(1, decoded.errors.size(), decoded.errors.toString());
    assertEquals(kind, decoded.errors.getFirst().kind(), decoded.errors.toString());
  }
}
