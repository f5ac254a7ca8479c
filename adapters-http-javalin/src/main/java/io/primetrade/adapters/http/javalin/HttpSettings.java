package io.primetrade.adapters.http.javalin;

import java.time.Duration;
import java.util.List;

/**
 * How the HTTP API behaves towards clients.
 *
 * @param corsOrigins browser origins allowed to call the API (for example {@code
 *     https://app.example.com}); empty allows none
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param shutdownTimeout how long requests in flight may take to finish when the server stops
 */
public record HttpSettings(List<String> corsOrigins, long maxBodyBytes, Duration shutdownTimeout) {
  public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

  public HttpSettings {
    corsOrigins = List.copyOf(corsOrigins);
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    if (shutdownTimeout.isNegative()) {
      throw new IllegalArgumentException(
          "shutdownTimeout must not be negative: " + shutdownTimeout);
    }
  }

  /** No CORS origins, a 64 KiB body limit, 30 seconds for requests in flight at shutdown. */
  public static HttpSettings defaults() {
    return new HttpSettings(List.of(), DEFAULT_MAX_BODY_BYTES, DEFAULT_SHUTDOWN_TIMEOUT);
  }
}
