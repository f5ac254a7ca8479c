package io.primetrade.domain;

import java.util.Objects;

/**
 * A rule of the task board said no. Unchecked: callers map {@link #kind()} once, at their border.
 *
 * <p>The {@link #code()} is stable and meant for logs and tests; the message is meant for people.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  protected DomainException(String code, String message) {
    super(message, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The kind of failure, which decides the HTTP status or the exit code. */
  public abstract ErrorKind kind();

  /** A stable, dotted identifier such as {@code task.not_found}. */
  public String code() {
    return code;
  }
}
