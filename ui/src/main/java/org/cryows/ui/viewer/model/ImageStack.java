package org.cryows.ui.viewer.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cryows.imaging.source.Instance;
import org.cryows.imaging.source.Series;

/**
 * What the viewer steps through: the frames of one multi-frame file (a cine, an enhanced series),
 * or the single-frame images of a series, one position each.
 *
 * @param label what the overlay calls it (series number, modality, description)
 * @param start the position shown first
 */
public record ImageStack(String label, List<Position> positions, int start) {

  /** One image on screen: frame {@code frame} (from 0) of {@code file}. */
  public record Position(Path file, int frame) {
    public Position {
      Objects.requireNonNull(file, "file");
    }
  }

  public ImageStack {
    positions = List.copyOf(positions);
    if (positions.isEmpty()) {
      throw new IllegalArgumentException("a stack has at least one image");
    }
    if (start < 0 || start >= positions.size()) {
      throw new IllegalArgumentException("start " + start + " of " + positions.size());
    }
  }

  /** Whether every position is a frame of the same file. */
  public boolean singleFile() {
    Path first = positions.get(0).file();
    return positions.stream().allMatch(p -> p.file().equals(first));
  }

  /**
   * The stack for {@code series}: its multi-frame file's frames, or its single-frame images in
   * series order. A series holding several multi-frame files shows the chosen one ({@code chosen},
   * else the first); a chosen single-frame image is where a stack of images starts.
   */
  public static ImageStack of(Series series, Instance chosen) {
    List<Instance> instances = series.instances();
    String label = labelOf(series);
    Instance target = chosen != null ? chosen : instances.get(0);
    boolean allSingle = instances.stream().allMatch(i -> i.frames() <= 1);
    if (allSingle) {
      List<Position> positions = new ArrayList<>();
      for (Instance instance : instances) {
        positions.add(new Position(instance.path(), 0));
      }
      int start = chosen == null ? 0 : Math.max(0, instances.indexOf(chosen));
      return new ImageStack(label, positions, start);
    }
    if (chosen == null) {
      target = instances.stream().filter(i -> i.frames() > 1).findFirst().orElse(target);
    }
    return ofFile(label, target.path(), target.frames());
  }

  /** The frames of one file. */
  public static ImageStack ofFile(String label, Path file, int frames) {
    List<Position> positions = new ArrayList<>();
    for (int f = 0; f < Math.max(1, frames); f++) {
      positions.add(new Position(file, f));
    }
    return new ImageStack(label, positions, 0);
  }

  /** "Series 3 · MR · Apparent Diffusion Coefficient", leaving out what the files leave empty. */
  public static String labelOf(Series series) {
    List<String> parts = new ArrayList<>();
    series.seriesNumber().ifPresent(n -> parts.add("Series " + n));
    if (!series.modality().isEmpty()) {
      parts.add(series.modality());
    }
    if (!series.description().isEmpty()) {
      parts.add(series.description());
    }
    return parts.isEmpty() ? "Series without number or description" : String.join(" · ", parts);
  }
}
