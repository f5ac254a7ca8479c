package io.primetrade.application.port.in;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Tells operators and load balancers whether this instance can do its work. */
public interface CheckHealthUseCase {
  /** Asks every component now; never throws. */
  Health check();

  /**
   * Each component's state, by name in alphabetical order; the instance is up when all of them are.
   */
  record Health(Map<String, Boolean> components) {
    public Health {
      components = Collections.unmodifiableMap(new TreeMap<>(components));
    }

    public boolean isUp() {
      return components.values().stream().allMatch(Boolean::booleanValue);
    }
  }
}
