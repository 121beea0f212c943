package org.cryows.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CryoMainTest {

  @Test
  void helpAll_listsEveryCommandWithItsUsage() {
    CommandLine cli = CryoMain.commandLine();
    var out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("help-all"));
    for (String name : cli.getSubcommands().keySet()) {
      if (!name.equals("help-all")) {
        assertTrue(out.toString().contains("Usage: cryo " + name), name + " missing from help-all");
      }
    }
  }

  @Test
  void helpAll_listsEverySubcommandWithItsUsage() {
    CommandLine cli = CryoMain.commandLine();
    var out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("help-all"));
    for (CommandLine command : cli.getSubcommands().values()) {
      for (String sub : command.getSubcommands().keySet()) {
        String usage = "Usage: cryo " + command.getCommandName() + " " + sub;
        assertTrue(out.toString().contains(usage), usage + " missing from help-all");
      }
    }
    assertTrue(out.toString().contains("Usage: cryo plan catalog"), "plan catalog missing");
  }

  @Test
  void version_namesProductAndLibraries() {
    CommandLine cli = CryoMain.commandLine();
    var out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("--version"));
    String text = out.toString();
    assertTrue(text.startsWith("cryo workstation "), text);
    for (String library : new String[] {"JavaFX", "VTK", "PixelMed", "GDCM", "jSerialComm"}) {
      assertTrue(text.contains(library), library + " missing from --version: " + text);
    }
    // Resource filtering must have replaced every placeholder with a version.
    assertTrue(!text.contains("${"), text);
  }

  @Test
  void unknownOption_exitsWithUsageError() {
    CommandLine cli = CryoMain.commandLine();
    cli.setErr(new PrintWriter(new StringWriter()));
    assertEquals(2, cli.execute("demo", "--no-such-option"));
  }
}
