package io.primetrade.adapters.http.javalin;

import java.util.List;

/**
 * How the HTTP API behaves towards clients.
 *
 * @param corsOrigins browser origins allowed to call the API (for example {@code
 *     https://app.example.com}); empty allows none
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 */
public record HttpSettings(List<String> corsOrigins, long maxBodyBytes) {
  public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  public HttpSettings {
    corsOrigins = List.copyOf(corsOrigins);
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
  }

  /** No CORS origins, a 64 KiB body limit. */
  public static HttpSettings defaults() {
    return new HttpSettings(List.of(), DEFAULT_MAX_BODY_BYTES);
  }
}
