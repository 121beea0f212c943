package org.cryows.ui.browser.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The operating system's open dialogs; an empty list when the user cancels. */
public final class FileDialogs {
  private File lastFolder;

  /** DICOM files, or a DICOMDIR (a file named DICOMDIR is read as a file-set). */
  public List<Path> chooseFiles(Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open DICOM files or a DICOMDIR");
    if (lastFolder != null && lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    List<File> files = chooser.showOpenMultipleDialog(owner);
    if (files == null || files.isEmpty()) {
      return List.of();
    }
    lastFolder = files.get(0).getParentFile();
    return files.stream().map(File::toPath).toList();
  }

  public List<Path> chooseFolder(Window owner) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Open every DICOM file under a folder");
    if (lastFolder != null && lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    File folder = chooser.showDialog(owner);
    if (folder == null) {
      return List.of();
    }
    lastFolder = folder;
    return List.of(folder.toPath());
  }
}
