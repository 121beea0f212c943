package org.cryows.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cryows.samples.cli.SamplesCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The generator as a user runs it ({@code ./cryo samples --out DIR}): the contract's JSON lines and
 * folder names, the same bytes on a second run, the version stamp that lets the demo reuse a
 * folder, and a recorded digest of the output per version, so that output that changes without a
 * new {@link SampleVersion#GENERATOR} number fails here rather than leaving stale samples reused.
 */
class SampleGeneratorTest {
  private static final Logger LOG = LoggerFactory.getLogger(SampleGeneratorTest.class);
  private static final String DIGESTS = "expected-samples-digest.properties";

  @TempDir static Path secondRun;
  private static List<JsonNode> lines;
  private static int exitCode;

  @BeforeAll
  static void runTheCommand() throws IOException {
    var out = new StringWriter();
    var command = new CommandLine(new SamplesCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(new StringWriter()));
    exitCode = command.execute("--out", secondRun.toString());
    lines = new ArrayList<>();
    var json = new ObjectMapper();
    for (String line : out.toString().lines().toList()) {
      lines.add(json.readTree(line));
    }
  }

  @Test
  void command_printsOneLinePerCaseThenTheSummary() {
    assertEquals(0, exitCode);
    List<String> cases = new ArrayList<>();
    for (JsonNode line : lines.subList(0, lines.size() - 1)) {
      cases.add(line.get("case").asText());
      assertEquals(
          secondRun.resolve(line.get("case").asText()).toString(), line.get("folder").asText());
      for (JsonNode file : line.get("files")) {
        assertTrue(Files.isRegularFile(secondRun.resolve(file.asText())), file.asText());
      }
      assertTrue(line.get("seconds").asDouble() > 0);
    }
    assertEquals(
        List.of(
            "knee-smgn",
            "knee-slgn",
            "knee-imgn",
            "intercostal",
            "occipital",
            "ct-knee",
            "sessions"),
        cases.stream()
            .sorted(
                (a, b) ->
                    SampleGenerator.caseNames().indexOf(a) - SampleGenerator.caseNames().indexOf(b))
            .toList());
    JsonNode summary = lines.getLast();
    assertTrue(summary.get("summary").asBoolean());
    assertEquals(7, summary.get("cases").asInt());
    assertEquals(SampleVersion.GENERATOR, summary.get("version").get("generator").asInt());
    assertTrue(summary.has("loadAverage") && summary.has("cpuSeconds"), summary.toString());
    LOG.info("./cryo samples: {}", summary);
  }

  @Test
  void secondRun_writesTheSameBytes() throws IOException {
    Path first = GeneratedSamples.folder();
    List<Path> files = files(first);
    assertEquals(files, files(secondRun), "the same files");
    for (Path file : files) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(file)),
          Files.readAllBytes(secondRun.resolve(file)),
          file + " differs between two runs");
    }
  }

  @Test
  void output_matchesTheDigestRecordedForThisVersion() throws Exception {
    SampleVersion version = SampleVersion.current();
    String digest = digest(secondRun);
    var expected = new Properties();
    try (InputStream in = getClass().getResourceAsStream(DIGESTS)) {
      expected.load(in);
    }
    String key = "samples." + version.generator() + ".cryo." + version.product();
    LOG.info("samples digest {}={}", key, digest);
    assertEquals(
        expected.getProperty(key),
        digest,
        "The samples' bytes changed. Bump SampleVersion.GENERATOR (so that folders made before"
            + " are made again) and record the new digest as "
            + key
            + "="
            + digest
            + " in samples/src/test/resources/org/cryows/samples/"
            + DIGESTS);
  }

  @Test
  void stamp_namesTheVersionAndEveryFile() throws IOException {
    assertEquals(Optional.empty(), VersionStamp.staleness(secondRun, SampleVersion.current()));
    var other = new SampleVersion(SampleVersion.current().product(), SampleVersion.GENERATOR + 1);
    assertTrue(VersionStamp.staleness(secondRun, other).orElseThrow().contains("made by samples"));
  }

  @Test
  void changedFile_makesTheFolderStale(@TempDir Path copy) throws IOException {
    for (Path file : files(secondRun)) {
      Files.createDirectories(copy.resolve(file).getParent());
      Files.copy(secondRun.resolve(file), copy.resolve(file));
    }
    assertEquals(Optional.empty(), SampleLibrary.staleness(copy));
    Files.writeString(copy.resolve("knee-smgn/truth.json"), "{}");
    assertTrue(
        SampleLibrary.staleness(copy).orElseThrow().contains("knee-smgn/truth.json"),
        "names the changed file");
  }

  @Test
  void ensureCurrent_reusesACurrentFolderWithoutMakingAnything() throws IOException {
    var started = new AtomicInteger();
    SampleLibrary.ensureCurrent(
        secondRun,
        new SampleGenerator.Listener() {
          @Override
          public void started(String caseName, int total) {
            started.incrementAndGet();
          }
        });
    assertEquals(0, started.get());
  }

  @Test
  void command_outIsAFile_isAUsageError(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    var err = new StringWriter();
    var command = new CommandLine(new SamplesCommand());
    command.setOut(new PrintWriter(new StringWriter()));
    command.setErr(new PrintWriter(err));
    assertEquals(2, command.execute("--out", file.toString()));
    assertTrue(err.toString().contains("is not a folder"), err.toString());
  }

  /** SHA-256 over every file's relative path and bytes, in path order. */
  static String digest(Path folder) throws Exception {
    var sha = MessageDigest.getInstance("SHA-256");
    for (Path file : files(folder)) {
      sha.update(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update(Files.readAllBytes(folder.resolve(file)));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Every file under the folder but the generation lock, relative, sorted. */
  static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .map(folder::relativize)
          .filter(p -> !p.toString().equals(SampleLibrary.LOCK_FILE))
          .sorted()
          .toList();
    }
  }
}
