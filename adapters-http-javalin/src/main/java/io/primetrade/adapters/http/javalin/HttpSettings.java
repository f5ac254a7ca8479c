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
 * @param trustedProxies addresses or CIDR networks of the proxies (nginx) whose {@code
 *     X-Forwarded-For} tells the client's address; empty trusts none, so the peer is the client
 */
public record HttpSettings(
    List<String> corsOrigins,
    long maxBodyBytes,
    Duration shutdownTimeout,
    List<String> trustedProxies) {
  public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

  public HttpSettings {
    corsOrigins = List.copyOf(corsOrigins);
    trustedProxies = List.copyOf(trustedProxies);
    // Fails now, naming the entry, rather than on the first request.
    new ClientAddresses(trustedProxies);
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    if (shutdownTimeout.isNegative()) {
      throw new IllegalArgumentException(
          "shutdownTimeout must not be negative: " + shutdownTimeout);
    }
  }

  /**
   * No CORS origins, a 64 KiB body limit, 30 seconds for requests in flight at shutdown, no trusted
   * proxy.
   */
  public static HttpSettings defaults() {
    return new HttpSettings(List.of(), DEFAULT_MAX_BODY_BYTES, DEFAULT_SHUTDOWN_TIMEOUT, List.of());
  }

  /** These settings with other trusted proxies. */
  public HttpSettings withTrustedProxies(List<String> proxies) {
    return new HttpSettings(corsOrigins, maxBodyBytes, shutdownTimeout, proxies);
  }
}
