package org.cryows.ui.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cryows.samples.SampleGenerator;
import org.cryows.samples.SampleLibrary;
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
          + " and the first series is shown (fitted; a cine paused on frame 1; a CT or MR volume in"
          + " axial, coronal, sagittal and oblique planes beside a 3-D view of its surfaces)."
          + " Without --open the"
          + " bundled sample case is opened: knee-smgn/cine.dcm, a synthetic knee ultrasound cine,"
          + " from $XDG_DATA_HOME/cryo/samples (else ~/.local/share/cryo/samples); on first use, or"
          + " after a new version, the samples are made there first (./cryo samples; progress on"
          + " stderr) and reused afterwards. If they cannot be made, the window opens empty and"
          + " stderr says why.",
      "Output: the window. With --screenshot: once the window has settled (loads finished, the"
          + " image decoded and drawn, thumbnails made, a volume's planes and 3-D picture drawn), a"
          + " PNG of it, then ONE JSON line on stdout:"
          + " screenshot (absolute path), workspace (plan|console|replay), case (patient and study"
          + " of the loaded files, null when none), series ({uid, number, modality, description,"
          + " files} or null), image (path of the file shown or null), frame and frames (1-based"
          + " frame shown and frame count of that file, null when none), position and positions"
          + " (place in the series and its size), imageState (empty|opening|showing|failed),"
          + " views (the views the workspace shows: [\"image\"] for the 2-D viewer; [\"axial\","
          + " \"coronal\", \"sagittal\", \"oblique\", \"3d\"] for a volume, without \"3d\" when"
          + " 3-D is not available; [] in a workspace that shows none), vtk (whether 3-D is"
          + " available: VTK's libraries loaded, its X display reachable and, once it drew, OpenGL"
          + " 3.2 or later; false when not, the 3-D view saying why),"
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
    List<Path> paths = open.isEmpty() ? sampleCase() : open;
    return WorkstationLauncher.run(new DemoOptions(paths, front, screenshot));
  }

  /** The bundled sample case, made first when needed; none when it cannot be made. */
  private List<Path> sampleCase() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return List.of(
          SampleLibrary.demoCine(
              new SampleGenerator.Listener() {
                @Override
                public void started(String name, int total) {
                  progress(err, "demo: making the sample cases: " + name + " ...");
                }

                @Override
                public void finished(SampleGenerator.CaseOutput c, int done, int total) {
                  progress(
                      err,
                      String.format(
                          "demo: sample cases %d of %d made (%s, %.1f s)",
                          done, total, c.name(), c.seconds()));
                }
              }));
    } catch (IOException | RuntimeException e) {
      progress(err, "demo: the sample cases could not be made, opening no case: " + e.getMessage());
      return List.of();
    }
  }

  private static void progress(PrintWriter err, String line) {
    synchronized (err) {
      err.println(line);
      err.flush();
    }
  }
}
