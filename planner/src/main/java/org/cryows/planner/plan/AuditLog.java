package org.cryows.planner.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The case's audit log: {@value #FILE_NAME} beside the plan, one JSON object per line, only ever
 * appended to (opened for appending, each line forced to the disk before the call returns), never
 * rewritten. Each signing adds one line: who, in which role, as which operating-system user, when,
 * which plan file, revision and hash, the checks' summary and the reason for accepting a failed
 * check.
 */
public final class AuditLog {

  public static final String FILE_NAME = "audit.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditLog() {}

  /** The audit log of the case a plan file belongs to. */
  public static Path beside(Path planFile) {
    Path parent = planFile.toAbsolutePath().getParent();
    return parent.resolve(FILE_NAME);
  }

  /** Appends the record of a signing. */
  public static void appendSigning(Path planFile, Plan signedPlan) throws IOException {
    Signature signature =
        signedPlan
            .signature()
            .orElseThrow(() -> new IllegalArgumentException("the plan is not signed"));
    ObjectNode line = JSON.createObjectNode();
    line.put("event", "signed");
    line.put("utc", signature.signedUtc().toString());
    line.put("user", signature.user());
    line.put("role", signature.role());
    line.put("osUser", signature.osUser());
    line.put("plan", planFile.getFileName().toString());
    line.put("revision", signedPlan.revision());
    line.put("planHash", signature.planHash().value());
    line.put("checkSummary", signature.checkSummary());
    if (signature.acceptedFailed().isPresent()) {
      line.put("acceptedFailed", signature.acceptedFailed().get());
    } else {
      line.putNull("acceptedFailed");
    }
    append(beside(planFile), JSON.writeValueAsString(line));
  }

  /**
   * The audit log's record of a signing of this hash, the last if several; empty when the log has
   * none or does not exist.
   */
  public static java.util.Optional<com.fasterxml.jackson.databind.JsonNode> signingOf(
      Path planFile, org.cryows.treatment.PlanHash hash) throws IOException {
    Path log = beside(planFile);
    if (!java.nio.file.Files.exists(log)) {
      return java.util.Optional.empty();
    }
    com.fasterxml.jackson.databind.JsonNode found = null;
    for (String line : java.nio.file.Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      var entry = JSON.readTree(line);
      if ("signed".equals(entry.path("event").asText())
          && hash.value().equals(entry.path("planHash").asText())) {
        found = entry;
      }
    }
    return java.util.Optional.ofNullable(found);
  }

  private static void append(Path log, String line) throws IOException {
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel channel =
        FileChannel.open(
            log, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }
}
