package org.cryows.probecontrol.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationKeyFileTest {
  @TempDir Path dir;

  @Test
  void loadOrCreate_missingFile_createsAnOwnerOnlyKeyAndKeepsIt() throws IOException {
    Path path = dir.resolve("config/cryo/journal.key");
    JournalKey created = InstallationKeyFile.loadOrCreate(path).journalKey();
    assertEquals(JournalKey.BYTES, Files.size(path));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(path.getParent())));
    JournalKey again = InstallationKeyFile.loadOrCreate(path).journalKey();
    assertEquals(created.keyId(), again.keyId());
    assertEquals(created.keyId(), InstallationKeyFile.load(path).journalKey().keyId());
    try (var leftovers = Files.list(path.getParent())) {
      assertEquals(1, leftovers.count(), "no temporary file is left behind");
    }
  }

  @Test
  void load_missingFile_isAnErrorNotANewKey() {
    Path path = dir.resolve("journal.key");
    assertThrows(NoSuchFileException.class, () -> InstallationKeyFile.load(path).journalKey());
    assertFalse(Files.exists(path));
  }

  @Test
  void load_fileOthersCanRead_isRefusedWithTheFix() throws IOException {
    Path path = dir.resolve("journal.key");
    Files.write(path, TestJournals.bytes(3));
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
    var e = assertThrows(IOException.class, () -> InstallationKeyFile.load(path).journalKey());
    assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
  }

  @Test
  void load_fileOfWrongSize_isRefusedNamingTheSize() throws IOException {
    Path path = dir.resolve("journal.key");
    Files.write(path, new byte[16]);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    var e = assertThrows(IOException.class, () -> InstallationKeyFile.load(path).journalKey());
    assertTrue(e.getMessage().contains("has 16 bytes"), e.getMessage());
  }

  @Test
  void load_ownerOnlyFile_givesTheKeyInIt() throws IOException {
    Path path = dir.resolve("journal.key");
    Files.write(path, TestJournals.bytes(3));
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r--------"));
    assertEquals(
        JournalKey.of(TestJournals.bytes(3)).keyId(),
        InstallationKeyFile.load(path).journalKey().keyId());
  }

  @Test
  void defaultLocation_followsVariableThenXdgThenHome() {
    assertEquals(
        Path.of("/etc/cryo/site.key"),
        InstallationKeyFile.defaultLocation(
            Map.of("CRYO_JOURNAL_KEY", "/etc/cryo/site.key", "XDG_CONFIG_HOME", "/x"), "/home/n"));
    assertEquals(
        Path.of("/x/cryo/journal.key"),
        InstallationKeyFile.defaultLocation(Map.of("XDG_CONFIG_HOME", "/x"), "/home/n"));
    assertEquals(
        Path.of("/home/n/.config/cryo/journal.key"),
        InstallationKeyFile.defaultLocation(Map.of(), "/home/n"));
  }

  @Test
  void journalKey_wrongLength_isRefused() {
    var e = assertThrows(IllegalArgumentException.class, () -> JournalKey.of(new byte[31]));
    assertTrue(e.getMessage().contains("31"), e.getMessage());
  }

  @Test
  void journalKey_idDependsOnTheKeyAndTextNeverShowsTheKey() {
    JournalKey key = JournalKey.of(TestJournals.bytes(1));
    assertNotEquals(key.keyId(), JournalKey.of(TestJournals.bytes(2)).keyId());
    assertEquals("JournalKey[id=" + key.keyIdHex() + "]", key.toString());
    assertArrayEquals(TestJournals.bytes(1), key.encoded());
  }
}
