package io.primetrade.domain.user;

import static java.time.temporal.ChronoUnit.MILLIS;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone who can log in. The canonical constructor is also the rehydration path, so a row read
 * back passes the same checks as a new user.
 *
 * @param passwordHash the bcrypt hash, never the password
 * @param active false once an operator deactivates the account: it can no longer log in, and its
 *     tokens stop working
 */
public record User(
    UserId id,
    Username username,
    Email email,
    String passwordHash,
    Role role,
    boolean active,
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

  /** A new, active user, created now. */
  public static User register(
      UserId id, Username username, Email email, String passwordHash, Role role, Instant now) {
    return new User(id, username, email, passwordHash, role, true, now, now);
  }

  /** This user with another role. */
  public User withRole(Role newRole, Instant now) {
    return new User(id, username, email, passwordHash, newRole, active, createdAt, now);
  }

  /** This user activated or deactivated. */
  public User withActive(boolean isActive, Instant now) {
    return new User(id, username, email, passwordHash, role, isActive, createdAt, now);
  }

  /** This user with a new password hash. */
  public User withPasswordHash(String newHash, Instant now) {
    return new User(id, username, email, newHash, role, active, createdAt, now);
  }

  /** This user as the caller of a use case. */
  public Actor asActor() {
    return new Actor(id, username.value(), email.value(), role);
  }

  @Override
  public String toString() {
    // Keeps the hash out of logs.
    return "User[id="
        + id
        + ", username="
        + username
        + ", role="
        + role.code()
        + (active ? "" : ", deactivated")
        + "]";
  }
}
