package org.cryows.ui.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cryows.ui.shell.WorkstationLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the workstation window. */
@Command(
    name = "demo",
    description = {
      "Start the workstation on the bundled sample knee case with the simulated console.",
      "Output: the window; with --screenshot, a PNG of the window once it has rendered, then exit.",
      "Exit code: 0 when the window closed normally, 1 when it could not open (no display)."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--screenshot",
      paramLabel = "FILE.png",
      description = "Save what the window shows after it has rendered, and exit.")
  Path screenshot;

  @Override
  public Integer call() {
    return WorkstationLauncher.run(new WorkstationLauncher.Options(screenshot));
  }
}
