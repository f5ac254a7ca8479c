package io.primetrade.application.port.out;

/** Tells whether one thing the application depends on works right now. Thread-safe. */
public interface HealthCheck {
  /** The name reported to operators, such as {@code database}. */
  String component();

  /** Whether the component answers now; returns within a few seconds and never throws. */
  boolean isUp();

  /**
   * Whether the instance cannot serve without it (the database), rather than serve degraded (a
   * shared cache it can do without). True unless an implementation says otherwise.
   */
  default boolean essential() {
    return true;
  }
}
