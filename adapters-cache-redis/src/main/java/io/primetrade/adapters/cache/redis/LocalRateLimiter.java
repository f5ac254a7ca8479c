package io.primetrade.adapters.cache.redis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.primetrade.application.port.out.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The sliding-window log of {@code rate-limit.lua}, in this process: the limiter of a single
 * instance, and each instance's own while Redis is down. A key's log is forgotten a window after
 * its last request; at most {@link #MAX_KEYS} keys are kept, the least recent dropped first.
 */
final class LocalRateLimiter implements RateLimiter {
  static final long MAX_KEYS = 100_000;

  private final Cache<String, Window> windows;
  private final Clock clock;

  LocalRateLimiter(Clock clock) {
    this.clock = clock;
    this.windows =
        Caffeine.newBuilder()
            .maximumSize(MAX_KEYS)
            .expireAfter(
                new Expiry<String, Window>() {
                  @Override
                  public long expireAfterCreate(String key, Window window, long now) {
                    return window.length.toNanos();
                  }

                  @Override
                  public long expireAfterUpdate(
                      String key, Window window, long now, long currentDuration) {
                    return window.length.toNanos();
                  }

                  @Override
                  public long expireAfterRead(
                      String key, Window window, long now, long currentDuration) {
                    return window.length.toNanos();
                  }
                })
            .build();
  }

  @Override
  public Decision acquire(String key, Limit limit) {
    Window window = windows.get(key + "/" + limit.window().toMillis(), k -> new Window(limit));
    return window.acquire(clock.millis(), limit);
  }

  /** The requests of one key in its window. */
  private static final class Window {
    private final Duration length;
    private final Deque<Long> log = new ArrayDeque<>();

    Window(Limit limit) {
      this.length = limit.window();
    }

    synchronized Decision acquire(long now, Limit limit) {
      long windowMillis = length.toMillis();
      while (!log.isEmpty() && log.peekFirst() <= now - windowMillis) {
        log.pollFirst();
      }
      if (log.size() >= limit.permits()) {
        return new Decision(false, limit.permits(), 0, untilOldestLeaves(now, windowMillis));
      }
      log.addLast(now);
      int remaining = limit.permits() - log.size();
      Duration reset = remaining > 0 ? Duration.ZERO : untilOldestLeaves(now, windowMillis);
      return new Decision(true, limit.permits(), remaining, reset);
    }

    private Duration untilOldestLeaves(long now, long windowMillis) {
      return Duration.ofMillis(Math.max(0, log.peekFirst() + windowMillis - now));
    }
  }
}
