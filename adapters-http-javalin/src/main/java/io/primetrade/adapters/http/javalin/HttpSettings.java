package io.primetrade.adapters.http.javalin;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the HTTP API behaves towards clients.
 *
 * @param corsOrigins browser origins allowed to call the API (for example {@code
 *     https://app.example.com}); empty allows none
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param shutdownTimeout how long requests in flight may take to finish when the server stops
 * @param trustedProxies addresses or CIDR networks of the proxies (nginx) whose {@code
 *     X-Forwarded-For} tells the client's address; empty trusts none, so the peer is the client
 * @param instanceId sent in {@code X-Instance-Id} on every response, so that clients and tests
 *     behind a load balancer see which instance answered; empty sends no such header
 */
public record HttpSettings(
    List<String> corsOrigins,
    long maxBodyBytes,
    Duration shutdownTimeout,
    List<String> trustedProxies,
    Optional<String> instanceId) {
  public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

  /** What an instance id may look like: a header value that needs no quoting. */
  public static final Pattern INSTANCE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  public HttpSettings {
    corsOrigins = List.copyOf(corsOrigins);
    trustedProxies = List.copyOf(trustedProxies);
    // Fails now, naming the entry, rather than on the first request.
    new ClientAddresses(trustedProxies);
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    if (instanceId.isPresent() && !INSTANCE_ID.matcher(instanceId.get()).matches()) {
      throw new IllegalArgumentException(
          "instanceId must be 1 to 64 letters, digits, '.', '_', ':' or '-': " + instanceId.get());
    }
    if (shutdownTimeout.isNegative()) {
      throw new IllegalArgumentException(
          "shutdownTimeout must not be negative: " + shutdownTimeout);
    }
  }

  /** Settings without an instance id. */
  public HttpSettings(
      List<String> corsOrigins,
      long maxBodyBytes,
      Duration shutdownTimeout,
      List<String> trustedProxies) {
    this(corsOrigins, maxBodyBytes, shutdownTimeout, trustedProxies, Optional.empty());
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
    return new HttpSettings(corsOrigins, maxBodyBytes, shutdownTimeout, proxies, instanceId);
  }

  /** These settings with an instance id for {@code X-Instance-Id}. */
  public HttpSettings withInstanceId(String id) {
    return new HttpSettings(
        corsOrigins, maxBodyBytes, shutdownTimeout, trustedProxies, Optional.of(id));
  }
}
