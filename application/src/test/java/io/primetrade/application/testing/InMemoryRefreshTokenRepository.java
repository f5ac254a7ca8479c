package io.primetrade.application.testing;

import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.domain.user.RefreshToken;
import io.primetrade.domain.user.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Refresh tokens in a map, held honest by the contract. Tokens of users the user repository no
 * longer has are forgotten, as a database's cascade forgets them.
 */
public final class InMemoryRefreshTokenRepository implements RefreshTokenRepository {
  private final Map<UUID, RefreshToken> tokens = new LinkedHashMap<>();
  private final InMemoryUserRepository users;

  public InMemoryRefreshTokenRepository(InMemoryUserRepository users) {
    this.users = users;
  }

  /** What a cascade from the users table would have done by now. */
  private void forgetRemovedUsers() {
    tokens.values().removeIf(t -> users.findById(t.userId()).isEmpty());
  }

  @Override
  public synchronized void add(RefreshToken token) {
    tokens.put(token.id(), token);
  }

  @Override
  public synchronized Optional<RefreshToken> findByHash(String tokenHash) {
    forgetRemovedUsers();
    return tokens.values().stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
  }

  @Override
  public synchronized boolean markUsed(UUID id, Instant at) {
    forgetRemovedUsers();
    RefreshToken token = tokens.get(id);
    if (token == null || token.isSpent()) {
      return false;
    }
    tokens.put(id, copy(token, at, null));
    return true;
  }

  @Override
  public synchronized int revokeFamily(UUID familyId, Instant at) {
    return revokeWhere(t -> t.familyId().equals(familyId), at);
  }

  @Override
  public synchronized int revokeAllOf(UserId userId, Instant at) {
    return revokeWhere(t -> t.userId().equals(userId), at);
  }

  @Override
  public synchronized int deleteExpired(Instant before) {
    forgetRemovedUsers();
    int size = tokens.size();
    tokens.values().removeIf(t -> t.expiresAt().isBefore(before));
    return size - tokens.size();
  }

  private int revokeWhere(Predicate<RefreshToken> which, Instant at) {
    forgetRemovedUsers();
    int revoked = 0;
    for (RefreshToken token : tokens.values()) {
      if (which.test(token) && token.revokedAt() == null) {
        tokens.put(token.id(), copy(token, token.usedAt(), at));
        revoked++;
      }
    }
    return revoked;
  }

  private static RefreshToken copy(RefreshToken t, Instant usedAt, Instant revokedAt) {
    return new RefreshToken(
        t.id(),
        t.familyId(),
        t.userId(),
        t.tokenHash(),
        t.issuedAt(),
        t.expiresAt(),
        usedAt,
        revokedAt);
  }
}
