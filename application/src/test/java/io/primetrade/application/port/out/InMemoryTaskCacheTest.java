package io.primetrade.application.port.out;

import io.primetrade.application.testing.InMemoryTaskCache;
import org.junit.jupiter.api.BeforeEach;

class InMemoryTaskCacheTest extends TaskCacheContract {
  private TaskCache cache;

  @BeforeEach
  void empty() {
    cache = new InMemoryTaskCache();
  }

  @Override
  protected TaskCache cache() {
    return cache;
  }
}
