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
   * Time-ordered (version 7, RFC 9562) UUIDs: the current Unix time in milliseconds, then 74 bits
   * from a cryptographically strong source.
   *
   * <p>Ids made one after the other sort together, so a database inserts each new row at the end of
   * its primary-key index instead of at a random page of it: a burst of new tasks touches a few
   * pages rather than one per task. The random bits come from one DRBG per thread, each seeded by
   * the system; {@link UUID#randomUUID()} would draw from one source behind one lock, which the
   * request threads of a busy server queue on. An id reveals when it was made, which the API shows
   * anyway ({@code createdAt}).
   */
  static IdGenerator timeOrdered() {
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
      byte[] random = new byte[10];
      sources.get().nextBytes(random);
      long randomA = ((random[0] & 0x0fL) << 8) | (random[1] & 0xffL);
      long randomB = 0;
      for (int i = 2; i < 10; i++) {
        randomB = (randomB << 8) | (random[i] & 0xffL);
      }
      long most = (System.currentTimeMillis() << 16) | 0x7000L | randomA;
      long least = (randomB & 0x3fffffffffffffffL) | 0x8000000000000000L;
      return new UUID(most, least);
    };
  }
}
