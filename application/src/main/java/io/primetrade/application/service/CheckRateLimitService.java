package io.primetrade.application.service;

import io.primetrade.application.port.in.CheckRateLimitUseCase;
import io.primetrade.application.port.in.RateLimits;
import io.primetrade.application.port.out.RateLimiter;
import io.primetrade.application.port.out.RateLimiter.Decision;
import io.primetrade.application.port.out.RateLimiter.Limit;
import java.time.Duration;
import java.util.Objects;

/** Asks the rate limiter with the operator's limit for the policy. */
public final class CheckRateLimitService implements CheckRateLimitUseCase {
  private final RateLimiter limiter;
  private final RateLimits limits;

  public CheckRateLimitService(RateLimiter limiter, RateLimits limits) {
    this.limiter = limiter;
    this.limits = limits;
  }

  @Override
  public Decision check(Policy policy, String subject) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(subject, "subject");
    Limit limit = limits.limit(policy);
    if (!limits.enabled()) {
      return new Decision(true, limit.permits(), limit.permits(), Duration.ZERO);
    }
    return limiter.acquire(policy.code() + ":" + subject, limit);
  }

  @Override
  public boolean enabled() {
    return limits.enabled();
  }
}
