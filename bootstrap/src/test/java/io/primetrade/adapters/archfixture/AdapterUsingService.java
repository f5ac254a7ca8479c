package io.primetrade.adapters.archfixture;

import io.primetrade.application.service.ListTasksService;

/** Breaks the rules on purpose: an adapter bound to a service rather than its use case. */
public class AdapterUsingService {
  public Class<?> service() {
    return ListTasksService.class;
  }
}
