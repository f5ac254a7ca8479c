package io.primetrade.adapters.persistence.sqlite;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL on the {@code refresh_tokens} table. */
@RegisterConstructorMapper(RefreshTokenRow.class)
interface RefreshTokenDao {
  String COLUMNS = "id, family_id, user_id, token_hash, issued_at, expires_at, used_at, revoked_at";

  /** Answered by the unique index {@code refresh_tokens_token_hash_key}. */
  String FIND_BY_HASH = "SELECT " + COLUMNS + " FROM refresh_tokens WHERE token_hash = :tokenHash";

  /**
   * Changes the row only while it is neither used nor revoked, in one statement: of two writers,
   * the second finds {@code used_at} set and changes nothing.
   */
  String MARK_USED =
      "UPDATE refresh_tokens SET used_at = :at"
          + " WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL";

  /** Searches {@code refresh_tokens_family_id_idx}. */
  String REVOKE_FAMILY =
      "UPDATE refresh_tokens SET revoked_at = :at"
          + " WHERE family_id = :familyId AND revoked_at IS NULL";

  /** Searches {@code refresh_tokens_user_id_idx}. */
  String REVOKE_ALL_OF =
      "UPDATE refresh_tokens SET revoked_at = :at WHERE user_id = :userId AND revoked_at IS NULL";

  /** Searches {@code refresh_tokens_expires_at_idx}. */
  String DELETE_EXPIRED = "DELETE FROM refresh_tokens WHERE expires_at < :before";

  @SqlUpdate(
      "INSERT INTO refresh_tokens ("
          + COLUMNS
          + ") VALUES (:id, :familyId, :userId, :tokenHash, :issuedAt, :expiresAt, :usedAt,"
          + " :revokedAt)")
  int insert(@BindMethods RefreshTokenRow row);

  @SqlQuery(FIND_BY_HASH)
  Optional<RefreshTokenRow> findByHash(String tokenHash);

  @SqlUpdate(MARK_USED)
  int markUsed(String id, long at);

  @SqlUpdate(REVOKE_FAMILY)
  int revokeFamily(String familyId, long at);

  @SqlUpdate(REVOKE_ALL_OF)
  int revokeAllOf(String userId, long at);

  @SqlUpdate(DELETE_EXPIRED)
  int deleteExpired(long before);
}
