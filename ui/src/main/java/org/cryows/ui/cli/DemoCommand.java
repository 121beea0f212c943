package org.cryows.ui.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cryows.ui.app.DemoOptions;
import org.cryows.ui.app.WorkstationLauncher;
import org.cryows.ui.shell.model.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the workstation window. */
@Command(
    name = "demo",
    description = {
      "Start the workstation window. With --open, the given files, folders or DICOMDIRs are loaded"
          + " and the first series is shown (fitted; a cine paused on frame 1). Without --open the"
          + " window would open the bundled sample case; none exists yet, and the window says so.",
      "Output: the window. With --screenshot: once the window has settled (loads finished, the"
          + " image decoded and drawn, thumbnails made), a PNG of it, then ONE JSON line on stdout:"
          + " screenshot (absolute path), workspace (plan|console|replay), case (patient and study"
          + " of the loaded files, null when none), series ({uid, number, modality, description,"
          + " files} or null), image (path of the file shown or null), frame and frames (1-based"
          + " frame shown and frame count of that file, null when none), position and positions"
          + " (place in the series and its size), imageState (empty|opening|showing|failed),"
          + " console ({connected, state}; no console workspace exists yet: false, \"not"
          + " available\"), planHash (null: no plans yet), problems ([{path, reason}] for every"
          + " file not loaded or loaded with a doubt, and for the image shown), settled (true),"
          + " firstFrameMs (ms from the process's start to the first image frame on screen, null"
          + " when none); then the program exits.",
      "Exit code: 0 when the window closed normally or the screenshot was written; 1 when the"
          + " window could not open (no display), the screenshot could not be written, or the"
          + " window did not settle within 120 s (captured as it was, settled false); 2 for wrong"
          + " arguments."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--open",
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files, folders (read recursively) or DICOMDIRs to open together; the first series of"
              + " what they hold is shown.")
  List<Path> open = new ArrayList<>();

  @Option(
      names = "--workspace",
      paramLabel = "plan|console|replay",
      description =
          "The workspace in front (default: plan). Console and Replay say that they are not"
              + " available yet.")
  String workspace = "plan";

  @Option(
      names = "--screenshot",
      paramLabel = "FILE.png",
      description =
          "Save what the window shows once it has settled, print one JSON line describing it, and"
              + " exit.")
  Path screenshot;

  @Override
  public Integer call() {
    Workspace front =
        Workspace.byId(workspace)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--workspace is plan, console or replay, not '" + workspace + "'"));
    return WorkstationLauncher.run(new DemoOptions(open, front, screenshot));
  }
}
