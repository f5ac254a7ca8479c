package io.primetrade.adapters.http.javalin;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * One id per request, echoed in {@code X-Request-ID}: the client's own when it is a sane token (so
 * a proxy's id follows the request), a new one otherwise.
 */
final class RequestIds {
  static final String HEADER = "X-Request-ID";
  private static final String ATTRIBUTE = "primetrade.requestId";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  static void assign(Context ctx) {
    String id = choose(ctx.header(HEADER));
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
    // Every log line of this request carries it; the access log clears the MDC at the end.
    MDC.put("requestId", id);
  }

  /**
   * The client's id if it is sane, else a new random (version 4) UUID. A request id only has to be
   * unique enough to find a request's lines, not unguessable: it comes from the thread's own
   * generator rather than from the one locked source {@link UUID#randomUUID()} draws from.
   */
  static String choose(String offered) {
    if (offered != null && SANE.matcher(offered).matches()) {
      return offered;
    }
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & ~0xf000L) | 0x4000L;
    long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(most, least).toString();
  }

  static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id == null ? "unknown" : id;
  }
}
