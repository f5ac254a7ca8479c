package io.primetrade.application.port.in;

import io.primetrade.application.port.in.CheckRateLimitUseCase.Policy;
import io.primetrade.application.port.out.RateLimiter.Limit;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The operator's rate limits: one per policy, and a switch for all of them (off for load tests).
 *
 * @param limits a limit for every policy
 */
public record RateLimits(boolean enabled, Map<Policy, Limit> limits) {
  /**
   * The defaults: 300 API requests a minute per address, 10 logins a minute per address and per
   * e-mail address, 5 registrations a minute per address, 50 tasks per 15 minutes per user.
   */
  public static final RateLimits DEFAULTS =
      new RateLimits(
          true,
          Map.of(
              Policy.API, new Limit(300, Duration.ofMinutes(1)),
              Policy.LOGIN_PER_ADDRESS, new Limit(10, Duration.ofMinutes(1)),
              Policy.LOGIN_PER_EMAIL, new Limit(10, Duration.ofMinutes(1)),
              Policy.REGISTER, new Limit(5, Duration.ofMinutes(1)),
              Policy.TASK_CREATE, new Limit(50, Duration.ofMinutes(15))));

  /** No limiting at all. */
  public static final RateLimits OFF = new RateLimits(false, DEFAULTS.limits());

  public RateLimits {
    EnumMap<Policy, Limit> copy = new EnumMap<>(Policy.class);
    copy.putAll(Objects.requireNonNull(limits, "limits"));
    for (Policy policy : Policy.values()) {
      if (!copy.containsKey(policy)) {
        throw new IllegalArgumentException("no limit for policy " + policy.code());
      }
    }
    limits = Map.copyOf(copy);
  }

  /** The limit of one policy. */
  public Limit limit(Policy policy) {
    return limits.get(policy);
  }

  /** These limits with one policy's limit replaced. */
  public RateLimits with(Policy policy, Limit limit) {
    EnumMap<Policy, Limit> copy = new EnumMap<>(limits);
    copy.put(policy, Objects.requireNonNull(limit, "limit"));
    return new RateLimits(enabled, copy);
  }

  /** These limits switched on or off. */
  public RateLimits enabled(boolean on) {
    return new RateLimits(on, limits);
  }
}
