package io.primetrade.domain.user;

import io.primetrade.domain.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user's public name: what tasks are assigned to. Letters, digits and {@code . _ -} only, so that
 * it can never be mistaken for an e-mail address; compared exactly.
 */
public record Username(String value) {
  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 30;
  public static final String PATTERN = "[A-Za-z0-9._-]+";

  private static final Pattern VALID = Pattern.compile(PATTERN);

  public Username {
    Objects.requireNonNull(value, "value");
    value = value.strip();
    if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
      throw InvalidInputException.field(
          "username", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
    }
    if (!VALID.matcher(value).matches()) {
      throw InvalidInputException.field(
          "username", "may contain only letters, digits, dots, hyphens and underscores");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
