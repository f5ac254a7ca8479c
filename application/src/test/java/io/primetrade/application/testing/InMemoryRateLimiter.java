package io.primetrade.application.testing;

import io.primetrade.application.port.out.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** A sliding-window log per key, by the given clock: the fake of the use-case tests. */
public final class InMemoryRateLimiter implements RateLimiter {
  private final Map<String, Deque<Long>> windows = new HashMap<>();
  private final Clock clock;

  public InMemoryRateLimiter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Decision acquire(String key, Limit limit) {
    long now = clock.millis();
    long windowMillis = limit.window().toMillis();
    Deque<Long> log = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!log.isEmpty() && log.peekFirst() <= now - windowMillis) {
      log.pollFirst();
    }
    if (log.size() >= limit.permits()) {
      long reset = log.peekFirst() + windowMillis - now;
      return new Decision(false, limit.permits(), 0, Duration.ofMillis(reset));
    }
    log.addLast(now);
    int remaining = limit.permits() - log.size();
    long reset = remaining > 0 ? 0 : log.peekFirst() + windowMillis - now;
    return new Decision(true, limit.permits(), remaining, Duration.ofMillis(reset));
  }
}
