package io.primetrade.application.port.out;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/** Makes ids for new users and tasks. Thread-safe. */
@FunctionalInterface
public interface IdGenerator {
  /** A new id, never handed out before. */
  UUID next();

  /**
   * Random (version 4) UUIDs from a cryptographically strong source: one DRBG per thread, each
   * seeded by the system. {@link UUID#randomUUID()} would draw from one source behind one lock,
   * which the request threads of a busy server queue on.
   */
  static IdGenerator random() {
    ThreadLocal<SecureRandom> sources =
        ThreadLocal.withInitial(
            () -> {
              try {
                return SecureRandom.getInstance("DRBG");
              } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java 9+ runtime has DRBG", e);
              }
            });
    return () -> {
      byte[] bytes = new byte[16];
      sources.get().nextBytes(bytes);
      bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
      bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
      long most = 0;
      long least = 0;
      for (int i = 0; i < 8; i++) {
        most = (most << 8) | (bytes[i] & 0xff);
        least = (least << 8) | (bytes[i + 8] & 0xff);
      }
      return new UUID(most, least);
    };
  }
}
