package io.primetrade.application.port.out;

/** Tells whether one thing the application depends on works right now. Thread-safe. */
public interface HealthCheck {
  /** The name reported to operators, such as {@code database}. */
  String component();

  /** Whether the component answers now; returns within a few seconds and never throws. */
  boolean isUp();
}
