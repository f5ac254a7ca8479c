package io.primetrade.domain.user;

import io.primetrade.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;

/**
 * What a password must be. Counted in UTF-8 bytes, because bcrypt reads at most 72 bytes and would
 * silently ignore the rest: a longer password is refused rather than truncated.
 */
public final class PasswordPolicy {
  public static final int MIN_BYTES = 8;
  public static final int MAX_BYTES = 72;
  public static final String MESSAGE =
      "must be " + MIN_BYTES + " to " + MAX_BYTES + " bytes long (UTF-8)";

  private PasswordPolicy() {}

  /** Whether the policy allows {@code password}; null is not allowed. */
  public static boolean allows(String password) {
    if (password == null) {
      return false;
    }
    int bytes = password.getBytes(StandardCharsets.UTF_8).length;
    return bytes >= MIN_BYTES && bytes <= MAX_BYTES;
  }

  /** Throws an {@link InvalidInputException} on field {@code password} unless allowed. */
  public static void require(String password) {
    if (!allows(password)) {
      throw InvalidInputException.field("password", MESSAGE);
    }
  }
}
