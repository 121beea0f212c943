package org.cryows.probecontrol.journal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that keys the journal's HMAC chain: 32 random bytes per installation. Its {@link
 * #keyId()} is written in each journal's header so that a reader given the wrong key says so
 * instead of reporting every record as altered. The key itself never appears in text.
 */
public final class JournalKey {
  public static final int BYTES = 32;
  static final String MAC_ALGORITHM = "HmacSHA256";
  private static final byte[] KEY_ID_LABEL =
      "cryo journal key id".getBytes(StandardCharsets.US_ASCII);

  private final SecretKeySpec secret;
  private final long keyId;

  private JournalKey(byte[] keyBytes) {
    this.secret = new SecretKeySpec(keyBytes, MAC_ALGORITHM);
    Mac mac = newMac();
    this.keyId = ByteBuffer.wrap(mac.doFinal(KEY_ID_LABEL)).getLong();
  }

  /** A key from exactly {@value #BYTES} bytes (copied). */
  public static JournalKey of(byte[] keyBytes) {
    if (keyBytes == null || keyBytes.length != BYTES) {
      throw new IllegalArgumentException(
          "a journal key has "
              + BYTES
              + " bytes, was "
              + (keyBytes == null ? "none" : keyBytes.length));
    }
    return new JournalKey(keyBytes.clone());
  }

  /** A fresh random key. */
  public static JournalKey generate() {
    byte[] bytes = new byte[BYTES];
    new SecureRandom().nextBytes(bytes);
    JournalKey key = new JournalKey(bytes);
    Arrays.fill(bytes, (byte) 0);
    return key;
  }

  /** A public fingerprint of the key (the first 8 bytes of its HMAC over a fixed label). */
  public long keyId() {
    return keyId;
  }

  /** The key id as 16 hex digits, as shown in messages. */
  public String keyIdHex() {
    return HexFormat.of().toHexDigits(keyId);
  }

  /** A new HMAC-SHA256 keyed with this key; a {@link Mac} is not thread-safe, so one per user. */
  Mac newMac() {
    try {
      Mac mac = Mac.getInstance(MAC_ALGORITHM);
      mac.init(secret);
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA256 (Mac class specification).
      throw new IllegalStateException("HmacSHA256 is not available on this Java platform", e);
    }
  }

  byte[] encoded() {
    return secret.getEncoded();
  }

  @Override
  public String toString() {
    return "JournalKey[id=" + keyIdHex() + "]";
  }
}
