package org.cryows.probecontrol.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-installation journal key: a file of exactly {@value JournalKey#BYTES} random bytes,
 * readable and writable by its owner only. Found, in this order, at the path given explicitly, at
 * {@code $CRYO_JOURNAL_KEY}, or at {@code $XDG_CONFIG_HOME/cryo/journal.key} (default {@code
 * ~/.config/cryo/journal.key}). Like ssh with a private key, a key file that others may read is
 * refused: anyone who can read it can forge a journal.
 */
public final class InstallationKeyFile implements JournalKeyProvider {
  public static final String PATH_VARIABLE = "CRYO_JOURNAL_KEY";
  private static final Logger LOG = LoggerFactory.getLogger(InstallationKeyFile.class);
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private final Path path;
  private final boolean createIfMissing;

  private InstallationKeyFile(Path path, boolean createIfMissing) {
    this.path = path;
    this.createIfMissing = createIfMissing;
  }

  /** The writer's provider: loads the key, creating the file (owner-only) on first use. */
  public static InstallationKeyFile loadOrCreate(Path path) {
    return new InstallationKeyFile(requirePath(path), true);
  }

  /** The reader's provider: loads the key; a missing file is an error, never a new key. */
  public static InstallationKeyFile load(Path path) {
    return new InstallationKeyFile(requirePath(path), false);
  }

  /** The default location: {@code $CRYO_JOURNAL_KEY}, else under the XDG config folder. */
  public static Path defaultLocation() {
    return defaultLocation(System.getenv(), System.getProperty("user.home"));
  }

  static Path defaultLocation(Map<String, String> environment, String userHome) {
    String explicit = environment.get(PATH_VARIABLE);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String config = environment.get("XDG_CONFIG_HOME");
    Path configDir =
        config != null && !config.isBlank() ? Path.of(config) : Path.of(userHome, ".config");
    return configDir.resolve("cryo").resolve("journal.key");
  }

  public Path path() {
    return path;
  }

  @Override
  public JournalKey journalKey() throws IOException {
    if (createIfMissing && !Files.exists(path)) {
      createKeyFile();
    }
    return read();
  }

  private JournalKey read() throws IOException {
    byte[] bytes;
    try {
      refuseWidePermissions();
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(path.toString(), null, "journal key file not found");
    }
    try {
      if (bytes.length != JournalKey.BYTES) {
        throw new IOException(
            "journal key file "
                + path
                + " has "
                + bytes.length
                + " bytes; a key file holds exactly "
                + JournalKey.BYTES);
      }
      return JournalKey.of(bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private void refuseWidePermissions() throws IOException {
    var view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    if (view == null) {
      return; // not a POSIX file system: its own access control applies
    }
    Set<PosixFilePermission> permissions = view.readAttributes().permissions();
    if (!OWNER_ONLY.containsAll(permissions)) {
      throw new IOException(
          "journal key file "
              + path
              + " is accessible to others ("
              + PosixFilePermissions.toString(permissions)
              + "); allow its owner only: chmod 600 "
              + path);
    }
  }

  /**
   * Writes a new key to a private temporary file and links it into place, so that no reader ever
   * sees a half-written key and two processes creating at once end with one key.
   */
  private void createKeyFile() throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    boolean posix = Files.getFileStore(existingAncestor(dir)).supportsFileAttributeView("posix");
    if (!Files.isDirectory(dir)) {
      if (posix) {
        Files.createDirectories(
            dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(dir);
      }
    }
    FileAttribute<?>[] ownerOnly =
        posix
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
            : new FileAttribute<?>[0];
    Path temporary = Files.createTempFile(dir, ".journal-key-", ".tmp", ownerOnly);
    try {
      byte[] bytes = JournalKey.generate().encoded();
      try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(bytes));
        channel.force(true);
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
      try {
        Files.createLink(path, temporary);
        LOG.info("Created the journal key file {}", path);
      } catch (FileAlreadyExistsException e) {
        LOG.debug("Journal key file {} was created meanwhile by another process", path);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static Path existingAncestor(Path dir) {
    Path candidate = dir;
    while (candidate != null && !Files.exists(candidate)) {
      candidate = candidate.getParent();
    }
    return candidate == null ? Path.of("").toAbsolutePath() : candidate;
  }

  private static Path requirePath(Path path) {
    if (path == null) {
      throw new IllegalArgumentException("key file path is required");
    }
    return path;
  }

  @Override
  public String toString() {
    return "InstallationKeyFile[" + path + "]";
  }
}
