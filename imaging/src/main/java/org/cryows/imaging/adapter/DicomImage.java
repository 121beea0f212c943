package org.cryows.imaging.adapter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.pixels.FrameSource;
import org.cryows.imaging.pixels.FrameStatus;
import org.cryows.imaging.pixels.ImageProblem;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.TransferSyntax;

/**
 * An opened image file, everything a viewer needs from one read of its header: the header (without
 * pixel data), what its pixels are, how they are encoded, what is known of each frame before
 * decoding, the problems met while opening, and its frames, decoded one at a time when asked for
 * from any thread.
 *
 * <p>The value is immutable. Two opens of the same unchanged file are equal: equality compares the
 * file, description, transfer syntax, frame status and problems, and leaves out the header and the
 * frame source, which are views of that file.
 *
 * @param frameStatus one entry per frame, by index from 0: present, or missing with the reason
 * @param problems the description's warnings, warnings about the pixel data, then one error per run
 *     of missing frames with the same reason, in frame order
 * @param frames decodes frame {@code i} on demand; a missing frame is refused with its reason
 */
public record DicomImage(
    Path file,
    DicomDataset header,
    PixelDescription description,
    TransferSyntax transferSyntax,
    List<FrameStatus> frameStatus,
    List<ImageProblem> problems,
    FrameSource frames) {

  public DicomImage {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(transferSyntax, "transferSyntax");
    Objects.requireNonNull(frames, "frames");
    frameStatus = List.copyOf(frameStatus);
    problems = List.copyOf(problems);
    if (frameStatus.size() != frames.frameCount()) {
      throw new IllegalArgumentException(
          file
              + ": "
              + frameStatus.size()
              + " frame statuses for "
              + frames.frameCount()
              + " frames");
    }
  }

  /**
   * An image whose every frame is present: its problems are its description's warnings. For frame
   * sources made in code (tests, synthetic series) as well as whole files.
   */
  public static DicomImage whole(
      Path file,
      DicomDataset header,
      PixelDescription description,
      TransferSyntax transferSyntax,
      FrameSource frames) {
    return new DicomImage(
        file,
        header,
        description,
        transferSyntax,
        Collections.nCopies(frames.frameCount(), FrameStatus.PRESENT),
        description.problems(),
        frames);
  }

  /**
   * An image with the frame statuses found on opening: its problems are the description's warnings
   * followed by one error per run of missing frames with the same reason, in frame order.
   */
  public static DicomImage withFrameStatus(
      Path file,
      DicomDataset header,
      PixelDescription description,
      TransferSyntax transferSyntax,
      List<FrameStatus> frameStatus,
      FrameSource frames) {
    return opened(file, header, description, transferSyntax, frameStatus, List.of(), frames);
  }

  /**
   * As {@link #withFrameStatus}, with the pixel data's own problems (damage that costs no frame, no
   * decoder for the transfer syntax) after the description's.
   */
  static DicomImage opened(
      Path file,
      DicomDataset header,
      PixelDescription description,
      TransferSyntax transferSyntax,
      List<FrameStatus> frameStatus,
      List<ImageProblem> pixelDataProblems,
      FrameSource frames) {
    List<ImageProblem> problems = new ArrayList<>(description.problems());
    problems.addAll(pixelDataProblems);
    // One problem per run of missing frames with the same reason, not one per frame.
    int i = 0;
    while (i < frameStatus.size()) {
      if (frameStatus.get(i) instanceof FrameStatus.Missing missing) {
        int last = i;
        while (last + 1 < frameStatus.size() && missing.equals(frameStatus.get(last + 1))) {
          last++;
        }
        problems.add(ImageProblem.framesError(i + 1, last + 1, missing.reason()));
        i = last + 1;
      } else {
        i++;
      }
    }
    return new DicomImage(file, header, description, transferSyntax, frameStatus, problems, frames);
  }

  /** How many frames the image declares, present or not. */
  public int frameCount() {
    return frameStatus.size();
  }

  /** Whether frame {@code index} (from 0) has all its data; false for an index out of range. */
  public boolean isPresent(int index) {
    return index >= 0 && index < frameStatus.size() && frameStatus.get(index).isPresent();
  }

  /** The indices (from 0) of the frames whose data is all there, in order. */
  public List<Integer> presentFrames() {
    return IntStream.range(0, frameStatus.size()).filter(this::isPresent).boxed().toList();
  }

  /** Whether some part of the image cannot be shown (a missing frame, no decoder). */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == ImageProblem.Severity.ERROR);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DicomImage d
        && file.equals(d.file)
        && description.equals(d.description)
        && transferSyntax.equals(d.transferSyntax)
        && frameStatus.equals(d.frameStatus)
        && problems.equals(d.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, description, transferSyntax, frameStatus, problems);
  }

  @Override
  public String toString() {
    return "DicomImage["
        + file
        + ", "
        + description.rows()
        + " x "
        + description.columns()
        + " "
        + description.photometric()
        + ", "
        + frameCount()
        + " frame(s), "
        + transferSyntax.name()
        + ", "
        + problems.size()
        + " problem(s)]";
  }
}
