package org.cryows.probecontrol.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cryows.probecontrol.journal.BadRecord;
import org.cryows.probecontrol.journal.InstallationKeyFile;
import org.cryows.probecontrol.journal.JournalCursor;
import org.cryows.probecontrol.journal.JournalJson;
import org.cryows.probecontrol.journal.JournalKey;
import org.cryows.probecontrol.journal.JournalReader;
import org.cryows.probecontrol.journal.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code journal dump OUT} and {@code journal verify OUT}: read a session journal as JSON lines and
 * check its HMAC chain. The output is a contract that scripts depend on (see docs/journal.md). Exit
 * codes: 0 intact, 1 the journal fails verification, 2 wrong arguments or a missing or unusable
 * journal or key file.
 */
@Command(
    name = "journal",
    description = {
      "Read and verify a session journal.",
      "Usage: journal dump OUT | journal verify OUT; add --help after either for its options."
    },
    subcommands = {JournalCommand.Dump.class, JournalCommand.Verify.class})
public final class JournalCommand implements Callable<Integer> {
  static final int EXIT_INTACT = 0;
  static final int EXIT_BAD_JOURNAL = 1;
  static final int EXIT_USAGE = 2;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  /** Without a subcommand there is nothing to do: that is a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return EXIT_USAGE;
  }

  /** The key option shared by the subcommands, and where the key is looked for without it. */
  static final class KeyOption {
    @Option(
        names = "--key",
        paramLabel = "FILE",
        description = {
          "The journal key file: 32 bytes, readable by its owner only.",
          "Without --key:",
          "  $" + InstallationKeyFile.PATH_VARIABLE + " (a path) when it is set,",
          "  else $XDG_CONFIG_HOME/cryo/journal.key when XDG_CONFIG_HOME is set,",
          "  else ~/.config/cryo/journal.key.",
          "The workstation creates that key on its first session; journals from another"
              + " installation need its key file."
        })
    Path keyFile;

    JournalKey load() throws IOException {
      Path path = keyFile != null ? keyFile : InstallationKeyFile.defaultLocation();
      return InstallationKeyFile.load(path).journalKey();
    }
  }

  @Command(
      name = "dump",
      description = {
        "Print every record of journal OUT as one JSON object per line, in order.",
        "Each has index, tMs, utc, kind (telemetry|command|state|alarm|operator) and operator;",
        "telemetry: tipC, supplyKPa, probeValveOpen, supplyValveOpen (sensed positions) and the"
            + " other channels;",
        "command: command and its fields; state: state, previous, reason;",
        "alarm: alarm, priority (HIGH|MEDIUM|LOW), event (raised|cleared|acknowledged|audioPaused),"
            + " message; operator: action, details.",
        "The HMAC chain is verified on the way: at the first bad record the dump stops, explains"
            + " on stderr and exits 1.",
        "Exit: 0 dumped and intact, 1 journal fails verification, 2 wrong arguments or missing"
            + " files."
      })
  static final class Dump implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin KeyOption key;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help and exit.")
    boolean help;

    @Option(
        names = "--no-verify",
        description = "Dump without the key: checksums only, the records are not authenticated.")
    boolean noVerify;

    @Parameters(paramLabel = "OUT", description = "The journal file.")
    Path journal;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Integer missing = requireJournalFile(journal, err);
      if (missing != null) {
        return missing;
      }
      JournalReader reader;
      try {
        reader = noVerify ? JournalReader.openUnverified(journal) : openWithKey(journal, key, err);
      } catch (KeyUnavailable e) {
        return EXIT_USAGE;
      } catch (IOException e) {
        err.println("journal dump: cannot read " + journal + ": " + e.getMessage());
        return EXIT_BAD_JOURNAL;
      }
      try (reader) {
        if (noVerify) {
          err.println("journal dump: --no-verify: the records are not authenticated");
        }
        JournalCursor cursor = reader.cursor();
        while (cursor.hasNext()) {
          long index = cursor.nextIndex();
          out.println(toLine(JournalJson.record(index, cursor.next())));
        }
        out.flush();
        return explainEnd(reader.verification(), err);
      } catch (IOException | UncheckedIOException e) {
        out.flush();
        err.println("journal dump: " + e.getMessage());
        return EXIT_BAD_JOURNAL;
      }
    }

    private static int explainEnd(VerificationReport report, PrintWriter err) {
      if (report.firstBad().isPresent()) {
        BadRecord bad = report.firstBad().get();
        err.println("journal dump: stopped at " + bad.describe());
        return EXIT_BAD_JOURNAL;
      }
      noteUnclosedEnd(report, err, "journal dump");
      return EXIT_INTACT;
    }
  }

  @Command(
      name = "verify",
      description = {
        "Verify journal OUT: its header, every frame's checksums and the HMAC chain with the key.",
        "Exit 0 when intact: prints one JSON summary line (intact, records, sealed, tornTailBytes,"
            + " sessionId, startedUtc, keyId).",
        "Exit 1 at the first bad record: prints it as one JSON line (index, tMs, offset, reason;"
            + " index -1 is the header) and explains it on stderr.",
        "Exit 2 on wrong arguments or a missing journal or key file.",
        "A torn tail (an interrupted last write after a crash) is not an error; it is counted."
      })
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin KeyOption key;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help and exit.")
    boolean help;

    @Parameters(paramLabel = "OUT", description = "The journal file.")
    Path journal;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Integer missing = requireJournalFile(journal, err);
      if (missing != null) {
        return missing;
      }
      VerificationReport report;
      try (JournalReader reader = openWithKey(journal, key, err)) {
        report = reader.verification();
      } catch (KeyUnavailable e) {
        return EXIT_USAGE;
      } catch (IOException e) {
        err.println("journal verify: cannot read " + journal + ": " + e.getMessage());
        return EXIT_BAD_JOURNAL;
      }
      if (report.firstBad().isPresent()) {
        BadRecord bad = report.firstBad().get();
        out.println(toLine(JournalJson.badRecord(bad)));
        out.flush();
        err.println("journal verify: " + journal + " fails at " + bad.describe());
        return EXIT_BAD_JOURNAL;
      }
      out.println(toLine(JournalJson.report(report)));
      out.flush();
      noteUnclosedEnd(report, err, "journal verify");
      return EXIT_INTACT;
    }
  }

  // ------------------------------------------------------------------ shared

  /** The key could not be loaded; already explained on stderr. */
  private static final class KeyUnavailable extends IOException {
    KeyUnavailable(String message) {
      super(message);
    }
  }

  private static JournalReader openWithKey(Path journal, KeyOption key, PrintWriter err)
      throws IOException {
    JournalKey journalKey;
    try {
      journalKey = key.load();
    } catch (IOException e) {
      err.println("journal: cannot load the journal key: " + e.getMessage());
      throw new KeyUnavailable(e.getMessage());
    }
    return JournalReader.openIntactPrefix(journal, journalKey);
  }

  private static Integer requireJournalFile(Path journal, PrintWriter err) {
    if (!Files.isRegularFile(journal) || !Files.isReadable(journal)) {
      err.println("journal: no readable journal file at " + journal);
      return EXIT_USAGE;
    }
    return null;
  }

  private static void noteUnclosedEnd(VerificationReport report, PrintWriter err, String who) {
    if (report.tornTailBytes() > 0) {
      err.println(
          who
              + ": note: "
              + report.tornTailBytes()
              + " bytes of an interrupted last write follow the last intact record (ignored)");
    }
    if (!report.sealed()) {
      err.println(
          who
              + ": note: the journal is not sealed: its session did not close cleanly, or its end"
              + " was lost");
    }
  }

  private static String toLine(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialise", e);
    }
  }
}
