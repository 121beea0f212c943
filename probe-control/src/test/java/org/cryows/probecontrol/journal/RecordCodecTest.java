package org.cryows.probecontrol.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.cryows.probecontrol.journal.PayloadReader.MalformedPayloadException;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

  @Provide
  Arbitrary<JournalRecord> anyRecord() {
    return JournalArbitraries.records();
  }

  @Property(tries = 2000)
  void decode_ofEncodedRecord_isTheSameRecord(@ForAll("anyRecord") JournalRecord record)
      throws MalformedPayloadException {
    var sink = new ByteSink(16);
    RecordCodec.encode(record, sink);
    assertEquals(record, RecordCodec.decode(sink.array(), 0, sink.length()));
    assertEquals(record.tMs(), RecordCodec.peekTMs(sink.array(), 0));
  }

  @Property(tries = 2000)
  void decode_anyBytes_returnsRecordOrNamesTheProblem(@ForAll @Size(max = 200) byte[] bytes) {
    try {
      RecordCodec.decode(bytes, 0, bytes.length);
    } catch (MalformedPayloadException e) {
      assertTrue(!e.getMessage().isBlank());
    }
  }

  @Property(tries = 2000)
  void decode_truncatedPayload_isMalformedNeverARecord(
      @ForAll("anyRecord") JournalRecord record, @ForAll double cutFraction) {
    var sink = new ByteSink(16);
    RecordCodec.encode(record, sink);
    int cut = (int) (Math.abs(cutFraction) % 1.0 * sink.length());
    byte[] truncated = Arrays.copyOf(sink.array(), cut);
    assertThrows(MalformedPayloadException.class, () -> RecordCodec.decode(truncated, 0, cut));
  }

  @Test
  void decode_unknownKind_namesTheCode() {
    byte[] payload = new byte[40];
    payload[0] = 9;
    var e =
        assertThrows(
            MalformedPayloadException.class, () -> RecordCodec.decode(payload, 0, payload.length));
    assertTrue(e.getMessage().contains("unknown record kind code 9"), e.getMessage());
  }

  @Test
  void decode_trailingBytes_areRefused() {
    var sink = new ByteSink(16);
    RecordCodec.encode(SampleRecords.record(3), sink);
    sink.putByte(0);
    var e =
        assertThrows(
            MalformedPayloadException.class,
            () -> RecordCodec.decode(sink.array(), 0, sink.length()));
    assertTrue(e.getMessage().contains("1 unexpected bytes"), e.getMessage());
  }
}
