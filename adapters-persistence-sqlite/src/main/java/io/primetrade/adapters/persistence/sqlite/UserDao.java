package io.primetrade.adapters.persistence.sqlite;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL on the {@code users} table. */
@RegisterConstructorMapper(UserRow.class)
interface UserDao {
  String COLUMNS = "id, username, email, password_hash, role, active, created_at, updated_at";

  /** E-mail addresses are stored in lower case, so the unique index answers this. */
  String FIND_BY_EMAIL = "SELECT " + COLUMNS + " FROM users WHERE email = :email";

  /**
   * A null criterion matches every row. The filters cannot use an index; the order walks {@code
   * users_created_at_idx}, so a page reads only the rows up to its end and never sorts.
   */
  String FILTER =
      " WHERE (:role IS NULL OR role = :role) AND (:active IS NULL OR active = :active)";

  /** One page of the users listing, oldest account first, ties broken by id. */
  String PAGE =
      "SELECT "
          + COLUMNS
          + " FROM users"
          + FILTER
          + " ORDER BY created_at ASC, id ASC LIMIT :limit OFFSET :offset";

  @SqlUpdate(
      "INSERT INTO users ("
          + COLUMNS
          + ") VALUES (:id, :username, :email, :passwordHash, :role, :active, :createdAt,"
          + " :updatedAt)")
  int insert(@BindMethods UserRow row);

  String FIND_BY_ID = "SELECT " + COLUMNS + " FROM users WHERE id = :id";

  @SqlQuery(FIND_BY_ID)
  Optional<UserRow> findById(String id);

  @SqlQuery(FIND_BY_EMAIL)
  Optional<UserRow> findByEmail(String email);

  /** Writes every column but the id: the last write wins. */
  @SqlUpdate(
      "UPDATE users SET username = :username, email = :email, password_hash = :passwordHash,"
          + " role = :role, active = :active, created_at = :createdAt, updated_at = :updatedAt"
          + " WHERE id = :id")
  int update(@BindMethods UserRow row);

  @SqlUpdate("DELETE FROM users WHERE id = :id")
  int delete(String id);

  @SqlQuery(PAGE)
  List<UserRow> page(String role, Boolean active, int limit, long offset);

  @SqlQuery("SELECT count(*) FROM users" + FILTER)
  long count(String role, Boolean active);
}
