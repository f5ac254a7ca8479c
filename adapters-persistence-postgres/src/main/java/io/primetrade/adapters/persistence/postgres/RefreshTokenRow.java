package io.primetrade.adapters.persistence.postgres;

import io.primetrade.domain.user.RefreshToken;
import io.primetrade.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the {@code refresh_tokens} table, mapped both ways. Public only because JDBI binds its
 * accessors by reflection; nothing outside this package should use it.
 *
 * <p>Reading goes through the domain's canonical constructor, so a row read back passes the same
 * checks as a new token.
 */
public record RefreshTokenRow(
    UUID id,
    UUID familyId,
    UUID userId,
    String tokenHash,
    Instant issuedAt,
    Instant expiresAt,
    Instant usedAt,
    Instant revokedAt) {

  /** The row that stores {@code token}. */
  public static RefreshTokenRow from(RefreshToken token) {
    return new RefreshTokenRow(
        token.id(),
        token.familyId(),
        token.userId().value(),
        token.tokenHash(),
        token.issuedAt(),
        token.expiresAt(),
        token.usedAt(),
        token.revokedAt());
  }

  /** The token this row stores. */
  public RefreshToken toDomain() {
    return new RefreshToken(
        id, familyId, new UserId(userId), tokenHash, issuedAt, expiresAt, usedAt, revokedAt);
  }
}
