package io.primetrade.adapters.http.javalin;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.domain.DomainException;
import io.primetrade.domain.InvalidInputException;
import io.primetrade.domain.StaleVersionException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a status and an envelope, once for the whole API. Clients see a message
 * meant for people, never an exception's text or a stack trace.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private final long maxBodyBytes;

  ErrorResponses(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  void register(JavalinConfig config) {
    config.routes.exception(DomainException.class, this::domain);
    config.routes.exception(UnsupportedMediaTypeException.class, this::unsupportedMediaType);
    config.routes.exception(UnavailableException.class, this::unavailable);
    config.routes.exception(TooManyRequestsException.class, this::tooManyRequests);
    config.routes.exception(HttpResponseException.class, this::transport);
    config.routes.exception(Exception.class, this::bug);
  }

  private void domain(DomainException e, Context ctx) {
    int status =
        switch (e.kind()) {
          case INVALID_INPUT -> 400;
          case UNAUTHENTICATED -> 401;
          case FORBIDDEN -> 403;
          case NOT_FOUND -> 404;
          case CONFLICT -> 409;
          case STALE_VERSION -> 412;
        };
    if (status == 401) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    if (e instanceof StaleVersionException stale) {
      ctx.header("ETag", "\"" + stale.currentVersion() + "\"");
    }
    List<io.primetrade.domain.FieldError> errors =
        e instanceof InvalidInputException invalid ? invalid.errors() : List.of();
    ctx.status(status).json(Envelope.error(e.getMessage(), errors, RequestIds.of(ctx)));
  }

  private void unsupportedMediaType(UnsupportedMediaTypeException e, Context ctx) {
    ctx.status(415).json(Envelope.error(e.getMessage(), RequestIds.of(ctx)));
  }

  private void tooManyRequests(TooManyRequestsException e, Context ctx) {
    long seconds = Math.max(1, RateLimiting.seconds(e.retryAfter()));
    ctx.status(429)
        .header("Retry-After", Long.toString(seconds))
        .json(
            Envelope.error(
                "Too many requests; try again in "
                    + seconds
                    + (seconds == 1 ? " second" : " seconds"),
                RequestIds.of(ctx)));
  }

  private void unavailable(UnavailableException e, Context ctx) {
    LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e.getCause());
    ctx.status(503)
        .header("Retry-After", "5")
        .json(
            Envelope.error(
                "The service is temporarily unavailable; try again shortly", RequestIds.of(ctx)));
  }

  /** Javalin's own refusals: unknown routes, wrong methods, bodies over the limit. */
  private void transport(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    String message =
        switch (status) {
          case 404 -> "Not found: " + ctx.method() + " " + ctx.path();
          case 405 -> "Method " + ctx.method() + " is not allowed here";
          case 413 -> "The request body is larger than " + maxBodyBytes / 1024 + " KiB";
          default -> status >= 500 ? "Internal server error" : e.getMessage();
        };
    String allow = e.getDetails().get("availableMethods");
    if (status == 405 && allow != null) {
      ctx.header("Allow", allow);
    }
    ctx.status(status).json(Envelope.error(message, RequestIds.of(ctx)));
  }

  /** A bug: logged in full with the request id, answered without details. */
  private void bug(Exception e, Context ctx) {
    String requestId = RequestIds.of(ctx);
    LOG.error("Unhandled error in {} {} (request {})", ctx.method(), ctx.path(), requestId, e);
    ctx.status(500)
        .json(Envelope.error("Internal server error (request id " + requestId + ")", requestId));
  }
}
