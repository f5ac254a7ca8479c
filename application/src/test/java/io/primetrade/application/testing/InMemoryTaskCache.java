package io.primetrade.application.testing;

import io.primetrade.application.port.out.TaskCache;
import io.primetrade.domain.Page;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A cache in a map that keeps everything until invalidated: the fake of the use-case tests. The
 * generation read before loading is the one stored under, so a load that races a write is never
 * seen after it.
 */
public final class InMemoryTaskCache implements TaskCache {
  private final Map<String, Object> entries = new ConcurrentHashMap<>();
  private volatile long generation;

  @Override
  public Lookup<Page<Task>> page(ListKey key, Supplier<Page<Task>> loader) {
    return lookup("page:" + key, loader);
  }

  @Override
  public Lookup<Optional<Task>> task(TaskId id, Supplier<Optional<Task>> loader) {
    long seen = generation;
    String key = seen + ":task:" + id.value();
    Object cached = entries.get(key);
    if (cached != null) {
      return new Lookup<>(Optional.of((Task) cached), true);
    }
    Optional<Task> loaded = loader.get();
    loaded.ifPresent(task -> entries.put(key, task));
    return new Lookup<>(loaded, false);
  }

  @Override
  public synchronized void invalidate() {
    generation++;
    entries.clear();
  }

  @SuppressWarnings("unchecked")
  private <T> Lookup<T> lookup(String name, Supplier<T> loader) {
    long seen = generation;
    String key = seen + ":" + name;
    Object cached = entries.get(key);
    if (cached != null) {
      return new Lookup<>((T) cached, true);
    }
    T loaded = loader.get();
    entries.put(key, loaded);
    return new Lookup<>(loaded, false);
  }
}
