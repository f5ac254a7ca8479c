package io.primetrade.application.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * Counts requests per key in a sliding window and says whether one more is allowed. Shared by every
 * instance that uses the same store. Implementations are thread-safe, atomic per key (no two
 * callers both get the last permit) and never throw: when their store fails they fall back to
 * counting in this process.
 */
public interface RateLimiter {
  /** Takes a permit for {@code key} under {@code limit} if one is left. */
  Decision acquire(String key, Limit limit);

  /** At most {@code permits} requests in any {@code window}. */
  record Limit(int permits, Duration window) {
    public Limit {
      Objects.requireNonNull(window, "window");
      if (permits < 1) {
        throw new IllegalArgumentException("permits must be at least 1");
      }
      if (window.toMillis() < 1) {
        throw new IllegalArgumentException("window must be at least 1 ms");
      }
    }
  }

  /**
   * The answer for one request.
   *
   * @param remaining permits left in the window after this request
   * @param reset when the next permit frees up, from now (zero when one is free)
   */
  record Decision(boolean allowed, int limit, int remaining, Duration reset) {
    public Decision {
      Objects.requireNonNull(reset, "reset");
    }
  }
}
