package io.primetrade.application.port.out;

import io.primetrade.application.testing.InMemoryRateLimiter;
import java.time.Clock;

class InMemoryRateLimiterTest extends RateLimiterContract {
  private final RateLimiter limiter = new InMemoryRateLimiter(Clock.systemUTC());

  @Override
  protected RateLimiter limiter() {
    return limiter;
  }
}
