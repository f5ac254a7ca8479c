package io.primetrade.adapters.http.javalin;

/** A request body that is not declared as {@code application/json}: HTTP 415. */
final class UnsupportedMediaTypeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnsupportedMediaTypeException() {
    super(
        "The request body must be JSON, sent with Content-Type: application/json",
        null,
        false,
        false);
  }
}
