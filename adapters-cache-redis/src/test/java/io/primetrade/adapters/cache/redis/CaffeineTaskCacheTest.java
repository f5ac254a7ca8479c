package io.primetrade.adapters.cache.redis;

import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TaskCacheContract;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

class CaffeineTaskCacheTest extends TaskCacheContract {
  private TaskCache cache;

  @BeforeEach
  void empty() {
    cache = new CaffeineTaskCache(Duration.ofMinutes(5));
  }

  @Override
  protected TaskCache cache() {
    return cache;
  }
}
