package io.primetrade.application.service;

import io.primetrade.application.port.in.CheckRateLimitUseCase;
import io.primetrade.application.port.out.RateLimiter;
import io.primetrade.application.port.out.RateLimiter.Decision;
import io.primetrade.application.port.out.RateLimiter.Limit;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/** Asks the rate limiter with the operator's limit for the policy, unless limiting is off. */
public final class CheckRateLimitService implements CheckRateLimitUseCase {
  private final RateLimiter limiter;
  private final boolean enabled;
  private final Map<Policy, Limit> limits;

  /**
   * @param limits a limit for every policy
   */
  public CheckRateLimitService(RateLimiter limiter, boolean enabled, Map<Policy, Limit> limits) {
    this.limiter = limiter;
    this.enabled = enabled;
    this.limits = Map.copyOf(limits);
    for (Policy policy : Policy.values()) {
      if (!this.limits.containsKey(policy)) {
        throw new IllegalArgumentException("no limit for policy " + policy.code());
      }
    }
  }

  @Override
  public Decision check(Policy policy, String subject) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(subject, "subject");
    Limit limit = limits.get(policy);
    if (!enabled) {
      return new Decision(true, limit.permits(), limit.permits(), Duration.ZERO);
    }
    return limiter.acquire(policy.code() + ":" + subject, limit);
  }

  @Override
  public boolean enabled() {
    return enabled;
  }
}
