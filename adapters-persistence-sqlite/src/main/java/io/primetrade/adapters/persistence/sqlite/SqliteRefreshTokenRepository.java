package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.domain.user.RefreshToken;
import io.primetrade.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens in the {@code refresh_tokens} table. Each change is one conditional statement in
 * its own IMMEDIATE transaction, so {@link #markUsed} lets exactly one of racing callers win, in
 * this process or another; the foreign key's {@code ON DELETE CASCADE} forgets the tokens of a
 * removed user.
 */
final class SqliteRefreshTokenRepository implements RefreshTokenRepository {
  private final SqliteAccess access;

  SqliteRefreshTokenRepository(SqliteAccess access) {
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
    String tokenId = id.toString();
    long millis = at.toEpochMilli();
    return access.write(RefreshTokenDao.class, dao -> dao.markUsed(tokenId, millis)) == 1;
  }

  @Override
  public int revokeFamily(UUID familyId, Instant at) {
    String family = familyId.toString();
    long millis = at.toEpochMilli();
    return access.write(RefreshTokenDao.class, dao -> dao.revokeFamily(family, millis));
  }

  @Override
  public int revokeAllOf(UserId userId, Instant at) {
    String user = userId.value().toString();
    long millis = at.toEpochMilli();
    return access.write(RefreshTokenDao.class, dao -> dao.revokeAllOf(user, millis));
  }

  /**
   * Rounds {@code before} up to the next millisecond, if it has a fraction of one: expiry instants
   * are whole milliseconds, and one that is earlier than {@code before} is also earlier than that.
   */
  @Override
  public int deleteExpired(Instant before) {
    long millis = before.toEpochMilli() + (before.getNano() % 1_000_000 == 0 ? 0 : 1);
    return access.write(RefreshTokenDao.class, dao -> dao.deleteExpired(millis));
  }
}
