package io.primetrade.domain;

/** The caller is known, but the role rules do not let them do this. */
public final class ForbiddenException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String code, String message) {
    super(code, message);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.FORBIDDEN;
  }
}
