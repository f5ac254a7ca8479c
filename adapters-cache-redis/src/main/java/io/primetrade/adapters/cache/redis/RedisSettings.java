package io.primetrade.adapters.cache.redis;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Redis and how long to keep things there.
 *
 * @param uri {@code redis://[user:password@]host:port[/db]}, or {@code rediss://} for TLS
 * @param timeout the longest a connect or a command may take before Redis counts as failing; keep
 *     it short, as every request that uses Redis may wait this long until the breaker opens
 * @param poolSize connections per instance; above the server's request threads, so that the pool is
 *     never what a request waits for
 * @param cacheTtl how long cached task reads live
 * @param keyPrefix the start of every key, so that one Redis can serve several deployments
 */
public record RedisSettings(
    URI uri, Duration timeout, int poolSize, Duration cacheTtl, String keyPrefix) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(250);
  public static final int DEFAULT_POOL_SIZE = 64;
  public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(60);
  public static final String DEFAULT_KEY_PREFIX = "primetrade:v1:";

  public RedisSettings {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(cacheTtl, "cacheTtl");
    Objects.requireNonNull(keyPrefix, "keyPrefix");
    String scheme = uri.getScheme();
    if (!"redis".equals(scheme) && !"rediss".equals(scheme) || uri.getHost() == null) {
      throw new IllegalArgumentException("expected redis://host:port or rediss://host:port");
    }
    if (timeout.toMillis() < 1 || timeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("timeout must be at least 1 ms");
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("poolSize must be at least 1");
    }
    if (cacheTtl.toMillis() < 1) {
      throw new IllegalArgumentException("cacheTtl must be at least 1 ms");
    }
  }

  /** The defaults for the Redis at {@code uri}. */
  public static RedisSettings of(URI uri) {
    return new RedisSettings(
        uri, DEFAULT_TIMEOUT, DEFAULT_POOL_SIZE, DEFAULT_CACHE_TTL, DEFAULT_KEY_PREFIX);
  }

  public RedisSettings withTimeout(Duration newTimeout) {
    return new RedisSettings(uri, newTimeout, poolSize, cacheTtl, keyPrefix);
  }

  public RedisSettings withCacheTtl(Duration ttl) {
    return new RedisSettings(uri, timeout, poolSize, ttl, keyPrefix);
  }

  public RedisSettings withPoolSize(int size) {
    return new RedisSettings(uri, timeout, size, cacheTtl, keyPrefix);
  }

  public RedisSettings withKeyPrefix(String prefix) {
    return new RedisSettings(uri, timeout, poolSize, cacheTtl, prefix);
  }

  /** The address without the password, for logs. */
  public String redactedUri() {
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  @Override
  public String toString() {
    return "RedisSettings[uri="
        + redactedUri()
        + ", timeout="
        + timeout
        + ", poolSize="
        + poolSize
        + ", cacheTtl="
        + cacheTtl
        + ", keyPrefix="
        + keyPrefix
        + "]";
  }
}
