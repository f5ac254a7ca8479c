package io.primetrade.domain.user;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** The caller of a use case: who they are and what role they have, as known right now. */
public record Actor(UserId id, String username, String email, Role role) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
  }

  /**
   * The operator at the admin tool: an admin's rights, but no account of their own. Its id is the
   * nil UUID, which no user has.
   */
  public static Actor operator() {
    return new Actor(new UserId(new UUID(0, 0)), "operator", "operator", Role.ADMIN);
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  /**
   * Whether a task assigned to {@code assignedTo} is this actor's: the username matches exactly, or
   * the e-mail address matches without regard to case.
   */
  public boolean answersTo(String assignedTo) {
    if (assignedTo == null) {
      return false;
    }
    String who = assignedTo.strip();
    return who.equals(username)
        || who.toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT));
  }
}
