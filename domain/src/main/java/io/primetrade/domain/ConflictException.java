package io.primetrade.domain;

/** The change collides with the current state: a name already taken, or a concurrent change. */
public final class ConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String code, String message) {
    super(code, message);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.CONFLICT;
  }
}
