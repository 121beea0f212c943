package org.cryows.planner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code ./cryo plan ...} in this process and keeps what it printed. */
record PlanCommandRun(int exitCode, String out, String err) {

  static PlanCommandRun of(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var commandLine = new CommandLine(new PlanCommand());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    return new PlanCommandRun(code, out.toString(), err.toString());
  }

  String[] lines() {
    return out.strip().split("\n");
  }
}
