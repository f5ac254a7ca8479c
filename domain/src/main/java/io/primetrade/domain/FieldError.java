package io.primetrade.domain;

import java.util.Objects;

/** One input field that was refused, and why, in words a person understands. */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
