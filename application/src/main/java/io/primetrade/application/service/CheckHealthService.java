package io.primetrade.application.service;

import io.primetrade.application.port.in.CheckHealthUseCase;
import io.primetrade.application.port.out.HealthCheck;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Asks every registered {@link HealthCheck}. */
public final class CheckHealthService implements CheckHealthUseCase {
  private final List<HealthCheck> checks;

  public CheckHealthService(List<HealthCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  @Override
  public Health check() {
    Map<String, Boolean> components = new LinkedHashMap<>();
    Set<String> optional = new HashSet<>();
    for (HealthCheck check : checks) {
      components.put(check.component(), check.isUp());
      if (!check.essential()) {
        optional.add(check.component());
      }
    }
    return new Health(components, optional);
  }
}
