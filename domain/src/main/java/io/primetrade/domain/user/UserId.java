package io.primetrade.domain.user;

import io.primetrade.domain.CanonicalUuid;
import java.util.Objects;
import java.util.UUID;

/** Identifies a user for life. */
public record UserId(UUID value) {
  public UserId {
    Objects.requireNonNull(value, "value");
  }

  /** Reads the canonical text form; anything else is refused as input of {@code field}. */
  public static UserId parse(String text, String field) {
    return new UserId(CanonicalUuid.parse(text, field));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
