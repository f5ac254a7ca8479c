package io.primetrade.application.port.out;

/**
 * A store the application needs cannot be reached or did not answer in time. Adapters wrap their
 * driver's exception in it; delivery apps answer "try again later" (HTTP 503, CLI exit 3).
 */
public final class UnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
