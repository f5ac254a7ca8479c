package io.primetrade.domain.user;

import static java.time.temporal.ChronoUnit.MILLIS;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone who can log in. The canonical constructor is also the rehydration path, so a row read
 * back passes the same checks as a new user.
 *
 * @param passwordHash the bcrypt hash, never the password
 */
public record User(
    UserId id,
    Username username,
    Email email,
    String passwordHash,
    Role role,
    Instant createdAt,
    Instant updatedAt) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(MILLIS);
    updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(MILLIS);
  }

  /** A new user, created now. */
  public static User register(
      UserId id, Username username, Email email, String passwordHash, Role role, Instant now) {
    return new User(id, username, email, passwordHash, role, now, now);
  }

  /** This user as the caller of a use case. */
  public Actor asActor() {
    return new Actor(id, username.value(), email.value(), role);
  }

  @Override
  public String toString() {
    // Keeps the hash out of logs.
    return "User[id=" + id + ", username=" + username + ", role=" + role.code() + "]";
  }
}
