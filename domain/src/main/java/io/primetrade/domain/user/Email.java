package io.primetrade.domain.user;

import io.primetrade.domain.InvalidInputException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address, kept in lower case: addresses are compared without regard to case, so {@code
 * Ann@Example.com} and {@code ann@example.com} are one user.
 */
public record Email(String value) {
  public static final int MAX_LENGTH = 254;

  /** Deliberately plain: one {@code @}, no spaces, a dot in the domain. */
  public static final String PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  private static final Pattern VALID = Pattern.compile(PATTERN);

  public Email {
    Objects.requireNonNull(value, "value");
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > MAX_LENGTH || !VALID.matcher(value).matches()) {
      throw InvalidInputException.field("email", "must be a valid email address");
    }
  }

  /** Whether {@code text} names this address, ignoring case and surrounding spaces. */
  public boolean matches(String text) {
    return text != null && value.equals(text.strip().toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
