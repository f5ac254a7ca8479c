package io.primetrade.adapters.http.javalin;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.primetrade.application.port.in.CheckRateLimitUseCase;
import io.primetrade.application.port.in.CheckRateLimitUseCase.Policy;
import io.primetrade.application.port.out.RateLimiter.Decision;
import io.primetrade.domain.user.Actor;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Applies the rate-limit policies to requests: every API request per client address, and the
 * stricter ones of login, registration and task creation. Each limited response says where the
 * client stands ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset}, for the tightest
 * policy that applied); a refused one gets 429 with {@code Retry-After}.
 */
final class RateLimiting {
  private static final String TIGHTEST = "primetrade.rateLimit";

  /** The request attribute naming the policy that refused a request. */
  static final String REFUSED_BY = "primetrade.rateLimitedBy";

  private final CheckRateLimitUseCase limits;
  private final ClientAddresses addresses;
  private final Map<Policy, Counter> rejections = new EnumMap<>(Policy.class);

  RateLimiting(CheckRateLimitUseCase limits, ClientAddresses addresses, MeterRegistry registry) {
    this.limits = limits;
    this.addresses = addresses;
    // Registered up front: a policy that never refused shows 0 rather than nothing.
    for (Policy policy : Policy.values()) {
      rejections.put(
          policy,
          Counter.builder(HttpMetrics.RATE_LIMIT_REJECTIONS)
              .description("Requests refused with 429, by the rate-limit policy that refused them")
              .tag("policy", policy.code())
              .register(registry));
    }
  }

  /** Before every {@code /api/} request. */
  void apiRequest(Context ctx) {
    check(ctx, Policy.API, addresses.of(ctx));
  }

  /** Before a login attempt's password is checked. */
  void login(Context ctx, String email) {
    check(ctx, Policy.LOGIN_PER_ADDRESS, addresses.of(ctx));
    if (email != null && !email.isBlank()) {
      check(ctx, Policy.LOGIN_PER_EMAIL, email.strip().toLowerCase(Locale.ROOT));
    }
  }

  /** Before an account is created. */
  void register(Context ctx) {
    check(ctx, Policy.REGISTER, addresses.of(ctx));
  }

  /** Before a task is created. */
  void taskCreate(Context ctx, Actor actor) {
    check(ctx, Policy.TASK_CREATE, actor.id().toString());
  }

  private void check(Context ctx, Policy policy, String subject) {
    if (!limits.enabled()) {
      return;
    }
    Decision decision = limits.check(policy, subject);
    Decision tightest = ctx.attribute(TIGHTEST);
    if (tightest == null || !decision.allowed() || decision.remaining() < tightest.remaining()) {
      ctx.attribute(TIGHTEST, decision);
      ctx.header("RateLimit-Limit", Integer.toString(decision.limit()));
      ctx.header("RateLimit-Remaining", Integer.toString(decision.remaining()));
      ctx.header("RateLimit-Reset", Long.toString(seconds(decision.reset())));
    }
    if (!decision.allowed()) {
      ctx.attribute(REFUSED_BY, policy.code());
      rejections.get(policy).increment();
      throw new TooManyRequestsException(decision.reset());
    }
  }

  /** Whole seconds, rounded up: a client that waits that long finds a permit free. */
  static long seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis <= 0 ? 0 : (millis + 999) / 1000;
  }
}
