package org.cryows.planner.plan;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A plan on disk. Saving writes a temporary file in the same folder, forces it to the disk and
 * renames it over the plan in one step, so a reader sees the old plan or the new one, never half of
 * one, and a failed save leaves the old file as it was.
 */
public final class PlanFile {

  private PlanFile() {}

  /**
   * Reads and checks a plan.
   *
   * @throws PlanFormatException naming the field (a newer or broken schema included)
   * @throws IOException when the file cannot be read
   */
  public static Plan load(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such plan file");
    }
    return PlanJson.read(text);
  }

  /** Something to do once the new plan is on the disk and before it replaces the old one. */
  @FunctionalInterface
  public interface BeforeReplacing {
    void run() throws IOException;
  }

  /** Writes a plan in its place: temporary file, force, atomic rename. */
  public static void save(Path file, Plan plan) throws IOException {
    save(file, plan, () -> {});
  }

  /**
   * Writes a plan in its place, running {@code beforeReplacing} between forcing the temporary file
   * and renaming it (the audit entry of a signing: if it cannot be written, the plan stays as it
   * was).
   */
  public static void save(Path file, Plan plan, BeforeReplacing beforeReplacing)
      throws IOException {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
    try {
      byte[] bytes = PlanJson.write(plan).getBytes(StandardCharsets.UTF_8);
      try (FileChannel channel =
          FileChannel.open(
              temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        var buffer = java.nio.ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      beforeReplacing.run();
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(
            "cannot replace " + target + " in one step on this file system; the plan is unchanged",
            e);
      }
      forceFolder(folder);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Makes the rename itself durable (a folder's entries are flushed by forcing the folder). */
  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some file systems cannot open a folder for reading; the rename is done either way.
    }
  }
}
