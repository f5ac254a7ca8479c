package io.primetrade.domain.user;

import io.primetrade.domain.InvalidInputException;

/**
 * What a user may do on the board; the codes are the words of the API, the CLI and the database.
 */
public enum Role {
  USER("user"),
  ADMIN("admin");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The role with this code, or an {@link InvalidInputException} on field {@code role}. */
  public static Role fromCode(String code) {
    for (Role role : values()) {
      if (role.code.equals(code)) {
        return role;
      }
    }
    throw InvalidInputException.field("role", "must be one of: user, admin");
  }
}
