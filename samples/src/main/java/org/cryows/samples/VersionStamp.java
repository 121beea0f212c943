package org.cryows.samples;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code samples-version.json} at the top of a samples folder, written last: the version that made
 * the samples and every file with its size. A folder whose stamp names the running version and
 * whose files are all there at their sizes is current and reused; anything else is made again.
 */
public final class VersionStamp {
  public static final String FILE_NAME = "samples-version.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private VersionStamp() {}

  static void write(Path folder, SampleVersion version, List<SampleGenerator.CaseOutput> cases)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("product", version.product());
    root.put("generator", version.generator());
    root.put("note", "Synthetic samples made by ./cryo samples; no patient data.");
    ArrayNode list = root.putArray("cases");
    for (SampleGenerator.CaseOutput c : cases) {
      ObjectNode entry = list.addObject();
      entry.put("name", c.name());
      ArrayNode files = entry.putArray("files");
      for (String file : c.files()) {
        files.addObject().put("path", file).put("bytes", Files.size(folder.resolve(file)));
      }
    }
    var printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    Path partial = folder.resolve(FILE_NAME + ".partial");
    Files.writeString(
        partial, JSON.writer(printer).writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    Files.move(
        partial,
        folder.resolve(FILE_NAME),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Why the folder is not current for {@code version}, or empty when it is: the stamp is there,
   * names this version, and every file it lists exists at its size.
   */
  public static Optional<String> staleness(Path folder, SampleVersion version) {
    Path stamp = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(stamp)) {
      return Optional.of("no " + FILE_NAME + " in " + folder);
    }
    JsonNode root;
    try {
      root = JSON.readTree(stamp.toFile());
    } catch (IOException e) {
      return Optional.of(stamp + " is unreadable: " + e.getMessage());
    }
    String product = root.path("product").asText();
    int generator = root.path("generator").asInt(-1);
    if (!product.equals(version.product()) || generator != version.generator()) {
      return Optional.of(
          "made by samples "
              + generator
              + " of cryo "
              + product
              + ", this is samples "
              + version.generator()
              + " of cryo "
              + version.product());
    }
    for (JsonNode c : root.path("cases")) {
      for (JsonNode f : c.path("files")) {
        Path file = folder.resolve(f.path("path").asText());
        try {
          if (!Files.isRegularFile(file) || Files.size(file) != f.path("bytes").asLong()) {
            return Optional.of(file + " is missing or changed");
          }
        } catch (IOException e) {
          return Optional.of(file + " is unreadable: " + e.getMessage());
        }
      }
    }
    return Optional.empty();
  }
}
