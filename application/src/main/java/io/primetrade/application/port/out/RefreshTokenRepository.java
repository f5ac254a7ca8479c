package io.primetrade.application.port.out;

import io.primetrade.domain.user.RefreshToken;
import io.primetrade.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where refresh tokens are kept: in the database, so that restarting a cache logs nobody out.
 * Implementations are thread-safe and throw {@link UnavailableException} when their store cannot be
 * reached. Removing a user removes their tokens.
 */
public interface RefreshTokenRepository {
  /** Stores a new token. */
  void add(RefreshToken token);

  /** The token with this hash, or empty. */
  Optional<RefreshToken> findByHash(String tokenHash);

  /**
   * Marks a token used, atomically: of two callers racing with the same token, one wins.
   *
   * @return false when the token was already used or revoked (or does not exist): nothing changed
   */
  boolean markUsed(UUID id, Instant at);

  /**
   * Revokes every token of the family that is not revoked yet.
   *
   * @return how many tokens it revoked
   */
  int revokeFamily(UUID familyId, Instant at);

  /**
   * Revokes every token of the user that is not revoked yet: every session ends.
   *
   * @return how many tokens it revoked
   */
  int revokeAllOf(UserId userId, Instant at);

  /**
   * Deletes tokens that expired before {@code before}, used or not.
   *
   * @return how many it deleted
   */
  int deleteExpired(Instant before);
}
