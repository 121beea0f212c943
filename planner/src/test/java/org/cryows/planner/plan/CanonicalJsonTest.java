package org.cryows.planner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  private static String canonical(String json) throws Exception {
    return CanonicalJson.of(new ObjectMapper().readTree(json));
  }

  @Test
  void number_integralValues_haveNoFraction() {
    assertEquals("120", CanonicalJson.number(120.0));
    assertEquals("-70", CanonicalJson.number(-70));
    assertEquals("0", CanonicalJson.number(-0.0));
  }

  @Test
  void number_fractions_areShortestPlainDecimals() {
    assertEquals("-20.5", CanonicalJson.number(-20.5));
    assertEquals("0.1", CanonicalJson.number(0.1));
    assertEquals("0.0001", CanonicalJson.number(1e-4));
    assertEquals("60.9", CanonicalJson.number(60.9));
    assertEquals("0.30000000000000004", CanonicalJson.number(0.1 + 0.2));
  }

  @Test
  void of_sameValuesWrittenDifferently_giveOneForm() throws Exception {
    String a = canonical("{\"b\": [1, 2.50, 1e2], \"a\": {\"y\": true, \"x\": null}}");
    String b = canonical("{ \"a\":{\"x\":null,\"y\":true},\n \"b\":[1.0,2.5,100]}");
    assertEquals("{\"a\":{\"x\":null,\"y\":true},\"b\":[1,2.5,100]}", a);
    assertEquals(a, b);
  }

  @Test
  void of_strings_escapedOnlyWhereJsonRequires() throws Exception {
    assertEquals(
        "{\"name\":\"Müller \\\"Jo\\\"\\n\"}", canonical("{\"name\": \"Müller \\\"Jo\\\"\\n\"}"));
  }

  @Test
  void of_keys_sortedByCodeUnits() throws Exception {
    assertEquals("{\"B\":1,\"a\":2,\"é\":3}", canonical("{\"é\": 3, \"a\": 2, \"B\": 1}"));
  }
}
