package io.primetrade.adapters.persistence.postgres;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL on the {@code users} table. */
@RegisterConstructorMapper(UserRow.class)
interface UserDao {
  String COLUMNS = "id, username, email, password_hash, role, active, created_at, updated_at";

  /** A null criterion matches every row; the order walks {@code users_created_at_idx}. */
  String FILTER =
      " WHERE (CAST(:role AS user_role) IS NULL OR role = CAST(:role AS user_role))"
          + " AND (CAST(:active AS boolean) IS NULL OR active = :active)";

  @SqlUpdate(
      "INSERT INTO users ("
          + COLUMNS
          + ") VALUES (:id, :username, :email, :passwordHash, CAST(:role AS user_role), :active,"
          + " :createdAt, :updatedAt)")
  int insert(@BindMethods UserRow row);

  @SqlQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
  Optional<UserRow> findById(UUID id);

  /** Answered by the unique index on {@code lower(email)}. */
  @SqlQuery("SELECT " + COLUMNS + " FROM users WHERE lower(email) = lower(:email)")
  Optional<UserRow> findByEmail(String email);

  /** Writes every column but the id: the last write wins. */
  @SqlUpdate(
      "UPDATE users SET username = :username, email = :email, password_hash = :passwordHash,"
          + " role = CAST(:role AS user_role), active = :active, created_at = :createdAt,"
          + " updated_at = :updatedAt WHERE id = :id")
  int update(@BindMethods UserRow row);

  @SqlUpdate("DELETE FROM users WHERE id = :id")
  int delete(UUID id);

  @SqlQuery(
      "SELECT "
          + COLUMNS
          + " FROM users"
          + FILTER
          + " ORDER BY created_at ASC, id ASC LIMIT :limit OFFSET :offset")
  List<UserRow> page(String role, Boolean active, int limit, long offset);

  @SqlQuery("SELECT count(*) FROM users" + FILTER)
  long count(String role, Boolean active);
}
