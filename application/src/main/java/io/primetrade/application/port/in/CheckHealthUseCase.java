package io.primetrade.application.port.in;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Tells operators and load balancers whether this instance can do its work. */
public interface CheckHealthUseCase {
  /** Asks every component now; never throws. */
  Health check();

  /**
   * Each component's state, by name in alphabetical order; the instance can serve while every
   * essential one is up.
   *
   * @param optional the components it can do without (a shared cache), serving degraded
   */
  record Health(Map<String, Boolean> components, Set<String> optional) {
    public Health {
      components = Collections.unmodifiableMap(new TreeMap<>(components));
      optional = Set.copyOf(optional);
    }

    /** Health of essential components only. */
    public Health(Map<String, Boolean> components) {
      this(components, Set.of());
    }

    /** Whether the instance can serve: every essential component is up. */
    public boolean isUp() {
      return status() != Status.DOWN;
    }

    /** UP when all components are, DEGRADED when only optional ones are down, else DOWN. */
    public Status status() {
      Status status = Status.UP;
      for (Map.Entry<String, Boolean> component : components.entrySet()) {
        if (!component.getValue()) {
          if (!optional.contains(component.getKey())) {
            return Status.DOWN;
          }
          status = Status.DEGRADED;
        }
      }
      return status;
    }
  }

  /** The instance as a whole. */
  enum Status {
    UP,
    DEGRADED,
    DOWN
  }
}
