package org.cryows.imaging.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole-process side of {@link DecodeBenchmark}: opens the files given as arguments, decodes
 * every frame in parallel, prints the frame count and exits, so that JVM start-up is part of the
 * time compared with dcmtk's processes.
 */
public final class DecodeBenchmarkMain {

  private DecodeBenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      files.add(Path.of(arg));
    }
    int frames = DecodeBenchmark.decodeAll(files);
    System.out.println("decoded " + frames + " frames");
  }
}
