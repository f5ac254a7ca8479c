package io.primetrade.adapters.persistence.sqlite;

import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import io.primetrade.domain.user.Username;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One row of the {@code users} table, mapped both ways. Public only because JDBI binds its
 * accessors by reflection; nothing outside this package should use it.
 *
 * <p>Reading goes through the domain's canonical constructor, so a row read back passes the same
 * checks as a new user.
 */
public record UserRow(
    String id,
    String username,
    String email,
    String passwordHash,
    String role,
    boolean active,
    long createdAt,
    long updatedAt) {

  /** Reads a row of {@link UserDao#COLUMNS} by column name, without reflection (as TaskRow). */
  public static final RowMapper<UserRow> MAPPER = UserRow::map;

  static UserRow map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new UserRow(
        rs.getString("id"),
        rs.getString("username"),
        rs.getString("email"),
        rs.getString("password_hash"),
        rs.getString("role"),
        rs.getBoolean("active"),
        rs.getLong("created_at"),
        rs.getLong("updated_at"));
  }

  /** The row that stores {@code user}; the e-mail address is already in lower case. */
  public static UserRow from(User user) {
    return new UserRow(
        user.id().value().toString(),
        user.username().value(),
        user.email().value(),
        user.passwordHash(),
        user.role().code(),
        user.active(),
        user.createdAt().toEpochMilli(),
        user.updatedAt().toEpochMilli());
  }

  /** The user this row stores. */
  public User toDomain() {
    return new User(
        new UserId(UUID.fromString(id)),
        new Username(username),
        new Email(email),
        passwordHash,
        Role.fromCode(role),
        active,
        Instant.ofEpochMilli(createdAt),
        Instant.ofEpochMilli(updatedAt));
  }
}
