package io.primetrade.adapters.http.javalin;

import java.time.Duration;

/** A rate limit refused the request: 429, with when to retry. */
final class TooManyRequestsException extends RuntimeException {
  private final Duration retryAfter;

  TooManyRequestsException(Duration retryAfter) {
    super("Too many requests", null, false, false);
    this.retryAfter = retryAfter;
  }

  Duration retryAfter() {
    return retryAfter;
  }
}
