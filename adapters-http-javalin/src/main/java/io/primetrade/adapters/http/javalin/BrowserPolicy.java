package io.primetrade.adapters.http.javalin;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * What browsers are told: security headers on every response (as Helmet sets them for the reference
 * API) and CORS for the configured origins only.
 */
final class BrowserPolicy {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; "
          + "form-action 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

  /**
   * Added over HTTPS only: on a page served over plain HTTP (such as {@code
   * http://localhost:3000/}) Chromium would upgrade the page's own scripts and styles to an HTTPS
   * that is not there.
   */
  static final String UPGRADE_INSECURE_REQUESTS = "; upgrade-insecure-requests";

  private final Set<String> corsOrigins;

  BrowserPolicy(Set<String> corsOrigins) {
    this.corsOrigins = Set.copyOf(corsOrigins);
  }

  /** Runs before every request. */
  void apply(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Strict-Transport-Security", "max-age=15552000; includeSubDomains");
    ctx.header(
        "Content-Security-Policy",
        overHttps(ctx)
            ? CONTENT_SECURITY_POLICY + UPGRADE_INSECURE_REQUESTS
            : CONTENT_SECURITY_POLICY);
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("X-Permitted-Cross-Domain-Policies", "none");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
    if (!corsOrigins.isEmpty()) {
      cors(ctx);
    }
  }

  /**
   * Whether the browser reached us over HTTPS: directly, or through a proxy that says so. A client
   * forging {@code X-Forwarded-Proto} changes only its own response's CSP.
   */
  private static boolean overHttps(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

  private void cors(Context ctx) {
    ctx.header("Vary", "Origin");
    String origin = ctx.header("Origin");
    if (origin == null || !corsOrigins.contains(origin)) {
      // Not an allowed origin: no CORS headers, so the browser keeps the response from the page.
      return;
    }
    ctx.header("Access-Control-Allow-Origin", origin);
    ctx.header(
        "Access-Control-Expose-Headers", "ETag, Location, Retry-After, " + RequestIds.HEADER);
    if (ctx.method() == HandlerType.OPTIONS
        && ctx.header("Access-Control-Request-Method") != null) {
      ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE");
      ctx.header(
          "Access-Control-Allow-Headers",
          "Authorization, Content-Type, If-Match, " + RequestIds.HEADER);
      ctx.header("Access-Control-Max-Age", "600");
      ctx.status(204);
      ctx.skipRemainingHandlers();
    }
  }
}
