package io.primetrade.adapters.cache.redis;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Every Redis command goes through here: a circuit breaker in front of the client, so that a dead
 * or hung Redis costs requests nothing once it is noticed. Failures are logged when the breaker
 * opens, not once per command; while it is open no command is tried, and after {@link #PROBE_AFTER}
 * one is let through to see whether Redis is back.
 */
final class RedisGuard {
  private static final Logger LOG = LoggerFactory.getLogger(RedisGuard.class);

  /** How long the breaker stays open before it lets a probe through. */
  static final Duration PROBE_AFTER = Duration.ofSeconds(2);

  private final UnifiedJedis client;
  private final CircuitBreaker breaker;
  private final List<Runnable> onRecovery = new CopyOnWriteArrayList<>();
  private final List<Runnable> onFailure = new CopyOnWriteArrayList<>();
  private final AtomicLong errors = new AtomicLong();

  RedisGuard(UnifiedJedis client, String name) {
    this.client = client;
    this.breaker =
        CircuitBreaker.of(
            name,
            CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(20)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(PROBE_AFTER)
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    breaker
        .getEventPublisher()
        .onStateTransition(
            event -> {
              switch (event.getStateTransition().getToState()) {
                case OPEN ->
                    LOG.warn(
                        "Redis is failing; serving without it (no shared cache, per-instance rate"
                            + " limits, local token denylist) and probing again every {} s",
                        PROBE_AFTER.toSeconds());
                case CLOSED -> {
                  LOG.info("Redis answers again; using it");
                  onRecovery.forEach(Runnable::run);
                }
                default -> {}
              }
            });
  }

  /**
   * Runs a command unless the breaker is open. The command must not return null.
   *
   * @return empty when Redis was not asked or failed: the caller does without it
   */
  <T> Optional<T> call(Function<UnifiedJedis, T> command) {
    if (!breaker.tryAcquirePermission()) {
      return Optional.empty();
    }
    long start = System.nanoTime();
    try {
      T result = command.apply(client);
      breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      return Optional.of(result);
    } catch (JedisException e) {
      errors.incrementAndGet();
      if (e.getCause() instanceof NoSuchElementException) {
        // The pool was exhausted by our own load, not a failing Redis: do without, count nothing.
        breaker.releasePermission();
        LOG.debug("No Redis connection free in time", e);
      } else {
        breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
        onFailure.forEach(Runnable::run);
        LOG.debug("Redis command failed", e);
      }
      return Optional.empty();
    }
  }

  /**
   * Runs a command whatever the breaker says, without counting its outcome: for background work
   * that must notice Redis back as soon as it is. The command must not return null.
   *
   * @return empty when Redis failed
   */
  <T> Optional<T> probe(Function<UnifiedJedis, T> command) {
    try {
      return Optional.of(command.apply(client));
    } catch (JedisException e) {
      return Optional.empty();
    }
  }

  /** Runs {@code action} each time a command fails because of Redis (not of a full pool). */
  void onFailure(Runnable action) {
    onFailure.add(action);
  }

  /** Runs {@code action} each time Redis comes back after the breaker had opened. */
  void onRecovery(Runnable action) {
    onRecovery.add(action);
  }

  /** Whether commands are being sent (closed) or probed (half-open). */
  boolean isAvailable() {
    return breaker.getState() != CircuitBreaker.State.OPEN
        && breaker.getState() != CircuitBreaker.State.FORCED_OPEN;
  }

  /** Commands that failed since start. */
  long errors() {
    return errors.get();
  }
}
