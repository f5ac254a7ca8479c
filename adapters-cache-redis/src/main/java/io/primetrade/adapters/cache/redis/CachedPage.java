package io.primetrade.adapters.cache.redis;

import io.primetrade.domain.Page;
import io.primetrade.domain.PageRequest;
import io.primetrade.domain.task.Task;
import java.util.List;

/** A page of the board as Redis keeps it, in JSON. */
record CachedPage(List<CachedTask> items, int page, int limit, long total) {
  static CachedPage from(Page<Task> page) {
    return new CachedPage(
        page.items().stream().map(CachedTask::from).toList(),
        page.request().page(),
        page.request().limit(),
        page.total());
  }

  Page<Task> toDomain() {
    return new Page<>(
        items.stream().map(CachedTask::toDomain).toList(), new PageRequest(page, limit), total);
  }
}
