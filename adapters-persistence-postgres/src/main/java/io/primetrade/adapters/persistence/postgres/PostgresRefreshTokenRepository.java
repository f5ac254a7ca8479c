package io.primetrade.adapters.persistence.postgres;

import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.domain.user.RefreshToken;
import io.primetrade.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens in the {@code refresh_tokens} table. Each change is one conditional statement, so
 * {@link #markUsed} lets exactly one of racing callers win, on this instance or another; the
 * foreign key's {@code ON DELETE CASCADE} forgets the tokens of a removed user.
 */
final class PostgresRefreshTokenRepository implements RefreshTokenRepository {
  private final PostgresAccess access;

  PostgresRefreshTokenRepository(PostgresAccess access) {
    this.access = access;
  }

  @Override
  public void add(RefreshToken token) {
    RefreshTokenRow row = RefreshTokenRow.from(token);
    access.write(RefreshTokenDao.class, dao -> dao.insert(row));
  }

  @Override
  public Optional<RefreshToken> findByHash(String tokenHash) {
    return access
        .read(RefreshTokenDao.class, dao -> dao.findByHash(tokenHash))
        .map(RefreshTokenRow::toDomain);
  }

  @Override
  public boolean markUsed(UUID id, Instant at) {
    return access.write(RefreshTokenDao.class, dao -> dao.markUsed(id, at)) == 1;
  }

  @Override
  public int revokeFamily(UUID familyId, Instant at) {
    return access.write(RefreshTokenDao.class, dao -> dao.revokeFamily(familyId, at));
  }

  @Override
  public int revokeAllOf(UserId userId, Instant at) {
    UUID user = userId.value();
    return access.write(RefreshTokenDao.class, dao -> dao.revokeAllOf(user, at));
  }

  @Override
  public int deleteExpired(Instant before) {
    return access.write(RefreshTokenDao.class, dao -> dao.deleteExpired(before));
  }
}
