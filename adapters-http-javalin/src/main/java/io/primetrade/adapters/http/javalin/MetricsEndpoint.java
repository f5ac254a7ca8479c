package io.primetrade.adapters.http.javalin;

import io.javalin.http.Context;
import io.primetrade.domain.UnauthenticatedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /metrics}: the registry's exposition (Prometheus text), behind a bearer token when one
 * is set. Served on the API's port ({@link HttpMetrics#servedAt}) or on a management port of its
 * own ({@link ManagementServer}).
 *
 * @param scrape writes the current exposition, such as a Prometheus registry's {@code scrape()}
 * @param contentType the exposition's media type
 * @param token the bearer token a scraper must send; empty lets anyone who reaches the port scrape
 */
public record MetricsEndpoint(Supplier<String> scrape, String contentType, Optional<String> token) {
  /** The path it is served at. */
  public static final String PATH = "/metrics";

  /** Prometheus' text format, version 0.0.4. */
  public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  public MetricsEndpoint {
    Objects.requireNonNull(scrape, "scrape");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(token, "token");
    if (token.isPresent() && token.get().isBlank()) {
      throw new IllegalArgumentException("a metrics token must not be blank");
    }
  }

  void handle(Context ctx) {
    token.ifPresent(expected -> requireToken(ctx, expected));
    ctx.header("Cache-Control", "no-store").contentType(contentType).result(scrape.get());
  }

  /** Compares in constant time, so that timing tells nothing about the token. */
  private static void requireToken(Context ctx, String expected) {
    String header = ctx.header("Authorization");
    String offered =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : "";
    if (!MessageDigest.isEqual(
        offered.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      throw new UnauthenticatedException(
          "metrics.token_required", "The metrics need the metrics bearer token");
    }
  }

  @Override
  public String toString() {
    return "MetricsEndpoint[contentType="
        + contentType
        + ", token="
        + (token.isPresent() ? "(set)" : "(none)")
        + "]";
  }
}
