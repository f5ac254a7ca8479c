package io.primetrade.application.port.out;

import java.util.UUID;

/** Makes ids for new users and tasks. Thread-safe. */
@FunctionalInterface
public interface IdGenerator {
  /** A new id, never handed out before. */
  UUID next();

  /** Random (version 4) UUIDs from a cryptographically strong source. */
  static IdGenerator random() {
    return UUID::randomUUID;
  }
}
