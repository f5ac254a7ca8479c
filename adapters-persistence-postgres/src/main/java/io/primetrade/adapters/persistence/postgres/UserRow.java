package io.primetrade.adapters.persistence.postgres;

import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import io.primetrade.domain.user.Username;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the {@code users} table, mapped both ways. Public only because JDBI binds its
 * accessors by reflection; nothing outside this package should use it.
 *
 * <p>Reading goes through the domain's canonical constructor, so a row read back passes the same
 * checks as a new user.
 */
public record UserRow(
    UUID id,
    String username,
    String email,
    String passwordHash,
    String role,
    boolean active,
    Instant createdAt,
    Instant updatedAt) {

  /** The row that stores {@code user}; the e-mail address is already in lower case. */
  public static UserRow from(User user) {
    return new UserRow(
        user.id().value(),
        user.username().value(),
        user.email().value(),
        user.passwordHash(),
        user.role().code(),
        user.active(),
        user.createdAt(),
        user.updatedAt());
  }

  /** The user this row stores. */
  public User toDomain() {
    return new User(
        new UserId(id),
        new Username(username),
        new Email(email),
        passwordHash,
        Role.fromCode(role),
        active,
        createdAt,
        updatedAt);
  }
}
