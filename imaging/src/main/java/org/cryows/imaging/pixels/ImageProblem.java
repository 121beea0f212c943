package org.cryows.imaging.pixels;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.cryows.imaging.dataset.Tag;
import org.cryows.imaging.dataset.Tags;

/**
 * Something wrong in an image that was opened anyway: what it concerns (an attribute, a frame, or
 * both), how serious it is, and what was done about it. A fault that leaves nothing to show is not
 * an {@code ImageProblem} but a refusal ({@link org.cryows.imaging.dataset.DicomReadException}).
 *
 * @param frameNumber the (first) frame concerned, counted from 1 as in every message; empty when
 *     the problem concerns the image rather than frames
 * @param lastFrameNumber the last frame concerned when the problem covers a run of frames with the
 *     same reason (frames 14 to 30 missing); equal to {@code frameNumber} for one frame
 * @param message what is wrong and what the workstation does instead, without the tag or frame
 */
public record ImageProblem(
    Severity severity,
    Optional<Tag> tag,
    OptionalInt frameNumber,
    OptionalInt lastFrameNumber,
    String message) {

  /** How much of the image the problem costs the user. */
  public enum Severity {
    /**
     * The image shows, but not quite as its header asks: an optional attribute was ignored or
     * replaced (an invalid window replaced by a computed one).
     */
    WARNING,
    /** Part of the image cannot be shown: a frame is missing, cut or cannot be decoded. */
    ERROR
  }

  public ImageProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(frameNumber, "frameNumber");
    Objects.requireNonNull(lastFrameNumber, "lastFrameNumber");
    Objects.requireNonNull(message, "message");
    if (frameNumber.isPresent() != lastFrameNumber.isPresent()) {
      throw new IllegalArgumentException("a run of frames has a first and a last frame");
    }
    if (frameNumber.isPresent()
        && (frameNumber.getAsInt() < 1 || lastFrameNumber.getAsInt() < frameNumber.getAsInt())) {
      throw new IllegalArgumentException(
          "frames are numbered from 1, the last not before the first: "
              + frameNumber.getAsInt()
              + " to "
              + lastFrameNumber.getAsInt());
    }
  }

  /** An optional attribute that could not be used as written. */
  public static ImageProblem attributeWarning(Tag tag, String message) {
    return new ImageProblem(
        Severity.WARNING, Optional.of(tag), OptionalInt.empty(), OptionalInt.empty(), message);
  }

  /** A frame that cannot be shown (numbered from 1). */
  public static ImageProblem frameError(int frameNumber, String message) {
    return framesError(frameNumber, frameNumber, message);
  }

  /** Frames {@code first} to {@code last} (numbered from 1) cannot be shown, for one reason. */
  public static ImageProblem framesError(int first, int last, String message) {
    return new ImageProblem(
        Severity.ERROR, Optional.empty(), OptionalInt.of(first), OptionalInt.of(last), message);
  }

  /** Whether the problem concerns frame {@code frameNumber} (from 1). */
  public boolean concernsFrame(int frameNumber) {
    return this.frameNumber.isPresent()
        && frameNumber >= this.frameNumber.getAsInt()
        && frameNumber <= lastFrameNumber.getAsInt();
  }

  /**
   * The problem as one line: {@code WindowWidth (0028,1051): ...}, {@code frame 30: ...} or {@code
   * frames 14 to 30: ...}.
   */
  public String text() {
    StringBuilder text = new StringBuilder();
    if (frameNumber.isPresent()) {
      int first = frameNumber.getAsInt();
      int last = lastFrameNumber.getAsInt();
      text.append(first == last ? "frame " + first : "frames " + first + " to " + last)
          .append(": ");
    }
    tag.ifPresent(t -> text.append(Tags.describe(t)).append(": "));
    return text.append(message).toString();
  }

  @Override
  public String toString() {
    return severity + " " + text();
  }
}
