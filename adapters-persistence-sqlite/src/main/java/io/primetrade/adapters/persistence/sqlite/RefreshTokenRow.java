package io.primetrade.adapters.persistence.sqlite;

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
    String id,
    String familyId,
    String userId,
    String tokenHash,
    long issuedAt,
    long expiresAt,
    Long usedAt,
    Long revokedAt) {

  /** The row that stores {@code token}. */
  public static RefreshTokenRow from(RefreshToken token) {
    return new RefreshTokenRow(
        token.id().toString(),
        token.familyId().toString(),
        token.userId().value().toString(),
        token.tokenHash(),
        token.issuedAt().toEpochMilli(),
        token.expiresAt().toEpochMilli(),
        millis(token.usedAt()),
        millis(token.revokedAt()));
  }

  /** The token this row stores. */
  public RefreshToken toDomain() {
    return new RefreshToken(
        UUID.fromString(id),
        UUID.fromString(familyId),
        new UserId(UUID.fromString(userId)),
        tokenHash,
        Instant.ofEpochMilli(issuedAt),
        Instant.ofEpochMilli(expiresAt),
        instant(usedAt),
        instant(revokedAt));
  }

  private static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  private static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }
}
