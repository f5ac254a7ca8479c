package io.primetrade.adapters.cache.redis;

import io.primetrade.application.port.out.RateLimiter;
import io.primetrade.application.port.out.RateLimiterContract;
import java.time.Clock;

class LocalRateLimiterTest extends RateLimiterContract {
  private final RateLimiter limiter = new LocalRateLimiter(Clock.systemUTC());

  @Override
  protected RateLimiter limiter() {
    return limiter;
  }
}
