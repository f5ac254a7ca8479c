package io.primetrade.adapters.http.javalin;

import io.javalin.http.Context;
import io.primetrade.application.port.in.CheckHealthUseCase;
import io.primetrade.application.port.in.CheckHealthUseCase.Health;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: for load balancers and operators. 200 while every dependency answers, 503
 * otherwise. The reference's fields ({@code status}, {@code pid}, {@code uptime} in seconds) sit
 * beside the envelope's {@code success}.
 */
final class HealthRoutes {
  private final CheckHealthUseCase checkHealth;

  HealthRoutes(CheckHealthUseCase checkHealth) {
    this.checkHealth = checkHealth;
  }

  /** {@code GET /health/live}: the process is up and serving; checks nothing else. */
  void live(Context ctx) {
    ctx.header("Cache-Control", "no-store")
        .json(new HealthJson(true, "UP", null, ProcessHandle.current().pid(), uptime(), Map.of()));
  }

  /**
   * {@code GET /health/ready}: whether this instance should get traffic: every dependency answers
   * (the database, with its migrations applied when it opened).
   */
  void ready(Context ctx) {
    health(ctx);
  }

  /** {@code GET /health}: the reference's aggregate, the same answer as readiness. */
  void health(Context ctx) {
    Health health = checkHealth.check();
    Map<String, String> checks = new LinkedHashMap<>();
    health.components().forEach((name, up) -> checks.put(name, up ? "UP" : "DOWN"));
    // Degraded (a shared cache is down) still serves: 200, so the load balancer keeps sending.
    boolean up = health.isUp();
    ctx.status(up ? 200 : 503)
        .header("Cache-Control", "no-store")
        .json(
            new HealthJson(
                up,
                switch (health.status()) {
                  case UP -> "OK";
                  case DEGRADED -> "DEGRADED";
                  case DOWN -> "DOWN";
                },
                switch (health.status()) {
                  case UP -> null;
                  case DEGRADED -> "Serving without a dependency it can do without";
                  case DOWN -> "A dependency is unavailable";
                },
                ProcessHandle.current().pid(),
                uptime(),
                checks));
  }

  private static double uptime() {
    return ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
  }

  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record HealthJson(
      boolean success,
      String status,
      String message,
      long pid,
      double uptime,
      Map<String, String> checks) {}
}
