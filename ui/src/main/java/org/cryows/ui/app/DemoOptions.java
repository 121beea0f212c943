package org.cryows.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.cryows.ui.shell.model.Workspace;

/**
 * What {@code ./cryo demo} was asked for.
 *
 * @param open files, folders or DICOMDIRs to open; empty: none
 * @param screenshot where to write the settled window as PNG before exiting; null to stay open
 */
public record DemoOptions(List<Path> open, Workspace workspace, Path screenshot) {
  public DemoOptions {
    open = List.copyOf(open);
    Objects.requireNonNull(workspace, "workspace");
  }
}
