package io.primetrade.application.port.out;

import java.time.Instant;

/**
 * Access tokens that were ended before they expire (by logout), by token id. Shared by every
 * instance that uses the same store. Implementations are thread-safe and never throw: when their
 * store fails they answer from the copy this process keeps.
 */
public interface TokenDenylist {
  /** Denies the token until {@code expiresAt}, after which it is invalid anyway. */
  void deny(String tokenId, Instant expiresAt);

  /** Whether the token was denied. */
  boolean isDenied(String tokenId);
}
