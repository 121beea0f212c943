package org.cryows.samples.sessions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import org.cryows.probecontrol.journal.JournalKey;

/**
 * The key the sample sessions are signed with. A SAMPLE KEY, NOT EVIDENCE: it is derived from a
 * published phrase (SHA-256 of {@link #PHRASE}), so anyone can forge a journal that verifies with
 * it. It exists so that the shipped sessions can be verified and replayed like real ones; a real
 * installation's key is random and private (probe-control docs/journal.md).
 */
public final class SampleJournalKey {
  public static final String FILE_NAME = "sample-journal.key";

  public static final String PHRASE =
      "cryo sample journal key: published with the samples, proves nothing, not evidence";

  private SampleJournalKey() {}

  /** The 32 key bytes. */
  public static byte[] bytes() {
    try {
      return MessageDigest.getInstance("SHA-256").digest(PHRASE.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  public static JournalKey key() {
    return JournalKey.of(bytes());
  }

  /**
   * Writes the key file as {@code journal verify --key} reads it: the 32 bytes, readable by its
   * owner only (the reader refuses a key others could read).
   */
  public static Path write(Path folder) throws IOException {
    Path file = folder.resolve(FILE_NAME);
    Files.deleteIfExists(file);
    Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
    Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
    Files.write(file, bytes());
    Files.setPosixFilePermissions(file, ownerOnly);
    return file;
  }
}
