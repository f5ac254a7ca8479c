package io.primetrade.adapters.persistence.sqlite;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL on the {@code users} table. */
@RegisterConstructorMapper(UserRow.class)
interface UserDao {
  String COLUMNS = "id, username, email, password_hash, role, created_at, updated_at";

  /** E-mail addresses are stored in lower case, so the unique index answers this. */
  String FIND_BY_EMAIL = "SELECT " + COLUMNS + " FROM users WHERE email = :email";

  @SqlUpdate(
      "INSERT INTO users ("
          + COLUMNS
          + ") VALUES (:id, :username, :email, :passwordHash, :role, :createdAt, :updatedAt)")
  int insert(@BindMethods UserRow row);

  @SqlQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
  Optional<UserRow> findById(String id);

  @SqlQuery(FIND_BY_EMAIL)
  Optional<UserRow> findByEmail(String email);
}
