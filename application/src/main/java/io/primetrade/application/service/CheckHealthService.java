package io.primetrade.application.service;

import io.primetrade.application.port.in.CheckHealthUseCase;
import io.primetrade.application.port.out.HealthCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Asks every registered {@link HealthCheck}. */
public final class CheckHealthService implements CheckHealthUseCase {
  private final List<HealthCheck> checks;

  public CheckHealthService(List<HealthCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  @Override
  public Health check() {
    Map<String, Boolean> components = new LinkedHashMap<>();
    for (HealthCheck check : checks) {
      components.put(check.component(), check.isUp());
    }
    return new Health(components);
  }
}
