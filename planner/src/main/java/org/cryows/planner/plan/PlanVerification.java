package org.cryows.planner.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Whether a plan's signature still covers it: unsigned, intact, or changed since it was signed,
 * with every value that changed named ({@code targets[0].probes[0].tipMm[2]: 31 -> 32}).
 *
 * @param changes the changed values, empty unless {@link Status#CHANGED}
 */
public record PlanVerification(Status status, List<String> changes) {

  public enum Status {
    UNSIGNED,
    INTACT,
    CHANGED
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public PlanVerification {
    changes = List.copyOf(changes);
  }

  public boolean intact() {
    return status == Status.INTACT;
  }

  /** Whether a plan value's signature covers it. */
  public static PlanVerification of(Plan plan) {
    if (plan.signature().isEmpty()) {
      return new PlanVerification(Status.UNSIGNED, List.of());
    }
    Signature signature = plan.signature().get();
    return compare(
        signature.signedContent(), signature.planHash().value(), PlanJson.contentTree(plan));
  }

  /**
   * Whether a plan file's signature covers what the file holds, read as JSON only: a value changed
   * after signing is found and named even when the change makes the plan unreadable as a plan (a
   * setpoint beyond the gas, an unknown nerve).
   *
   * @throws PlanFormatException when the text is not a JSON object, or its signature is not one
   */
  public static PlanVerification ofFile(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new PlanFormatException("(file)", "not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new PlanFormatException("(file)", "expected a JSON object (a cryo-plan/1 plan)");
    }
    JsonNode signature = root.get("signature");
    if (signature == null || signature.isNull()) {
      return new PlanVerification(Status.UNSIGNED, List.of());
    }
    JsonNode content = signature.get("signedContent");
    JsonNode hash = signature.get("planHash");
    if (content == null || !content.isObject() || hash == null || !hash.isTextual()) {
      throw new PlanFormatException(
          "signature", "must hold planHash and signedContent (the plan as it was signed)");
    }
    var unsigned = ((com.fasterxml.jackson.databind.node.ObjectNode) root.deepCopy());
    unsigned.remove("signature");
    return compare(CanonicalJson.of(content), hash.textValue(), unsigned);
  }

  private static PlanVerification compare(String signedContent, String hash, JsonNode now) {
    List<String> changes = new ArrayList<>();
    if (!PlanHashes.ofCanonical(signedContent).value().equals(hash)) {
      changes.add(
          "signature.signedContent: does not hash to signature.planHash (the record of what was"
              + " signed was altered)");
    }
    JsonNode signed;
    try {
      signed = JSON.readTree(signedContent);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a canonical form is always JSON", e);
    }
    differences("", signed, now, changes);
    if (changes.isEmpty() && !PlanHashes.ofCanonical(CanonicalJson.of(now)).value().equals(hash)) {
      changes.add("the plan's hash differs from signature.planHash");
    }
    return changes.isEmpty()
        ? new PlanVerification(Status.INTACT, List.of())
        : new PlanVerification(Status.CHANGED, changes);
  }

  private static void differences(String path, JsonNode was, JsonNode now, List<String> out) {
    if (was.isObject() && now.isObject()) {
      var names = new TreeSet<String>();
      was.fieldNames().forEachRemaining(names::add);
      now.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String child = path.isEmpty() ? name : path + "." + name;
        JsonNode a = was.get(name);
        JsonNode b = now.get(name);
        if (a == null) {
          out.add(child + ": added (" + shortText(b) + ")");
        } else if (b == null) {
          out.add(child + ": removed (was " + shortText(a) + ")");
        } else {
          differences(child, a, b, out);
        }
      }
      return;
    }
    if (was.isArray() && now.isArray()) {
      int common = Math.min(was.size(), now.size());
      for (int i = 0; i < common; i++) {
        differences(path + "[" + i + "]", was.get(i), now.get(i), out);
      }
      for (int i = common; i < now.size(); i++) {
        out.add(path + "[" + i + "]: added (" + shortText(now.get(i)) + ")");
      }
      for (int i = common; i < was.size(); i++) {
        out.add(path + "[" + i + "]: removed (was " + shortText(was.get(i)) + ")");
      }
      return;
    }
    String a = CanonicalJson.of(was);
    String b = CanonicalJson.of(now);
    if (!a.equals(b)) {
      out.add(path + ": " + shortText(was) + " -> " + shortText(now));
    }
  }

  private static String shortText(JsonNode node) {
    String text = CanonicalJson.of(node);
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
