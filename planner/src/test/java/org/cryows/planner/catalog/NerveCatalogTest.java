package org.cryows.planner.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.treatment.ConsoleCapabilities;
import org.junit.jupiter.api.Test;

class NerveCatalogTest {

  @Test
  void ids_holdTheKneeIntercostalAndOccipitalTargets() {
    List<String> expected =
        new ArrayList<>(List.of("SMGN", "SLGN", "IMGN", "IPBSN", "AFCN", "GON", "LON", "TON"));
    for (int level = 3; level <= 11; level++) {
      expected.add("ICN-T" + level + "-L");
      expected.add("ICN-T" + level + "-R");
    }
    assertTrue(NerveCatalog.ids().containsAll(expected), NerveCatalog.ids().toString());
    assertEquals(expected.size(), NerveCatalog.ids().size());
  }

  @Test
  void intercostal_mixedAndKeptFortyMillimetresFromTheSympatheticGanglia() {
    Nerve nerve = NerveCatalog.byId("icn-t5-l");
    assertEquals("Intercostal nerve T5, left", nerve.name());
    assertFalse(nerve.sensory(), "a mixed nerve: a motor block is possible");
    KeepClear ganglia = nerve.keepClear().getFirst();
    assertTrue(ganglia.structure().contains("sympathetic"));
    assertEquals(40, ganglia.minDistanceMm());
    // DOMAIN.md: intercostal -60 C, 2 min per nerve.
    assertEquals(-60, nerve.protocol().setpointC());
    assertEquals(120, nerve.protocol().totalFreezeSec());
  }

  @Test
  void greaterOccipital_keepsClearOfTheVertebralArtery() {
    Nerve gon = NerveCatalog.byId("GON");
    assertTrue(gon.sensory());
    assertTrue(
        gon.keepClear().stream().anyMatch(k -> k.structure().equals("vertebral artery")),
        gon.keepClear().toString());
  }

  @Test
  void all_everyEntrySourcedAndRunnableOnTheConsole() {
    for (Nerve nerve : NerveCatalog.all()) {
      assertFalse(nerve.sources().isEmpty(), nerve.id());
      assertTrue(nerve.protocolBasis().length() > 10, nerve.id());
      assertTrue(
          ConsoleCapabilities.STANDARD.refusal(nerve.protocol()).isEmpty(),
          nerve.id() + "'s protocol must run on the console");
    }
    assertEquals(
        "superior medial genicular artery (HAN-2019)",
        NerveCatalog.byId("SMGN").companionVessel().orElseThrow());
  }

  @Test
  void byId_unknown_isRejectedNamingTheKnownOnes() {
    var error = assertThrows(InvalidThermalInputException.class, () -> NerveCatalog.byId("XYZ"));
    assertTrue(error.getMessage().contains("SMGN"), error.getMessage());
  }

  @Test
  void parse_unknownFieldOrSource_failsNamingTheEntry() throws Exception {
    var mapper = new ObjectMapper();
    String entry =
        "{\"id\": \"X\", \"name\": \"x\", \"region\": \"knee\", \"landmarks\": [\"l\"],"
            + " \"ultrasoundAppearance\": \"u\", \"companionVessel\": null, \"sensory\": true,"
            + " \"fibres\": \"f\", \"protocol\": {\"gas\": \"CO2\", \"setpointC\": -70,"
            + " \"cycles\": [{\"freezeSec\": 60, \"thawSec\": 0}], \"basis\": \"b\"},"
            + " \"keepClear\": [], \"sources\": [\"%s\"]%s}";
    var unknownSource =
        mapper.readTree(
            "{\"sources\": {\"A\": \"a\"}, \"nerves\": [" + entry.formatted("B", "") + "]}");
    var error = assertThrows(IllegalStateException.class, () -> NerveCatalog.parse(unknownSource));
    assertTrue(error.getMessage().contains("nerves[0]: source 'B'"), error.getMessage());
    var unknownField =
        mapper.readTree(
            "{\"sources\": {\"A\": \"a\"}, \"nerves\": ["
                + entry.formatted("A", ", \"colour\": 1")
                + "]}");
    error = assertThrows(IllegalStateException.class, () -> NerveCatalog.parse(unknownField));
    assertTrue(error.getMessage().contains("unknown field 'colour'"), error.getMessage());
  }
}
