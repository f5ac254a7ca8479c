package io.primetrade.adapters.http.javalin;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One log line per request, on the logger {@code io.primetrade.access}: method, route template,
 * status, duration, bytes, user id, client address and request id. The fields also go into the MDC
 * while the line is written, so a JSON encoder writes each as its own field.
 */
final class AccessLog {
  private static final Logger LOG = LoggerFactory.getLogger("io.primetrade.access");
  private static final String USER_ID = "primetrade.userId";

  private AccessLog() {}

  /** Remembers who the request is from, once the bearer token has been checked. */
  static void identify(Context ctx, String userId) {
    ctx.attribute(USER_ID, userId);
  }

  /** Javalin's request logger: runs after the response is written, last for every request. */
  static void log(Context ctx, Float millis) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    String route = endpoint == null ? "-" : endpoint.path;
    String userId = ctx.attribute(USER_ID);
    String duration = tenths(millis);
    String bytes = Long.toString(bytesWritten(ctx));
    try {
      MDC.put("method", ctx.method().name());
      MDC.put("route", route);
      MDC.put("status", Integer.toString(ctx.statusCode()));
      MDC.put("durationMs", duration);
      MDC.put("bytes", bytes);
      MDC.put("clientIp", ctx.ip());
      if (userId != null) {
        MDC.put("userId", userId);
      }
      LOG.info(
          "{} {} {} {}ms {}B user={} ip={}",
          ctx.method().name(),
          route,
          ctx.statusCode(),
          duration,
          bytes,
          userId == null ? "-" : userId,
          ctx.ip());
    } finally {
      MDC.clear();
    }
  }

  /**
   * {@code millis} with one decimal, as {@code String.format("%.1f")} writes it, without the cost
   * of a formatter on every request.
   */
  static String tenths(float millis) {
    long tenths = Math.round(millis * 10.0);
    return (tenths / 10) + "." + (tenths % 10);
  }

  private static long bytesWritten(Context ctx) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    return request == null
        ? -1
        : Response.getContentBytesWritten(request.getServletContextResponse());
  }
}
