package io.primetrade.domain;

/** The caller is not known: no credentials, wrong credentials, or a token that is not valid. */
public final class UnauthenticatedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public UnauthenticatedException(String code, String message) {
    super(code, message);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.UNAUTHENTICATED;
  }
}
