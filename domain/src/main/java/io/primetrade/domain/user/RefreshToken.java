package io.primetrade.domain.user;

import static java.time.temporal.ChronoUnit.MILLIS;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One refresh token of a signed-in session; only a hash of the token is kept. The tokens of one
 * session form a family: each refresh uses up one token and issues the next, so a used token that
 * comes back means it was copied, and the whole family is then revoked.
 *
 * @param tokenHash a one-way hash of the token handed to the client
 * @param usedAt when it was exchanged for the next token of its family, or null
 * @param revokedAt when logout or reuse detection ended it, or null
 */
public record RefreshToken(
    UUID id,
    UUID familyId,
    UserId userId,
    String tokenHash,
    Instant issuedAt,
    Instant expiresAt,
    Instant usedAt,
    Instant revokedAt) {

  public RefreshToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(tokenHash, "tokenHash");
    issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(MILLIS);
    expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").truncatedTo(MILLIS);
    usedAt = usedAt == null ? null : usedAt.truncatedTo(MILLIS);
    revokedAt = revokedAt == null ? null : revokedAt.truncatedTo(MILLIS);
  }

  /** A new token of the family, unused, living for {@code ttl} from {@code now}. */
  public static RefreshToken issue(
      UUID id, UUID familyId, UserId userId, String tokenHash, Instant now, Duration ttl) {
    return new RefreshToken(id, familyId, userId, tokenHash, now, now.plus(ttl), null, null);
  }

  /** Whether it may still be exchanged at {@code now}: not used, not revoked, not expired. */
  public boolean isRedeemableAt(Instant now) {
    return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
  }

  /** Whether it was already exchanged or revoked: presenting it again is a reuse. */
  public boolean isSpent() {
    return usedAt != null || revokedAt != null;
  }

  @Override
  public String toString() {
    return "RefreshToken[id=" + id + ", familyId=" + familyId + ", userId=" + userId + "]";
  }
}
