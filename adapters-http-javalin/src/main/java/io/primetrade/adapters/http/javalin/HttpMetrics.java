package io.primetrade.adapters.http.javalin;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * What the HTTP API measures, into which registry, and whether it serves {@code /metrics} itself.
 * Every request is timed by route template (never the raw path, so ids do not make new series),
 * method and status, as {@code http_server_requests_seconds} with a histogram for percentiles;
 * refused rate limits count in {@code primetrade_ratelimit_rejections_total{policy}}; Jetty reports
 * its connections and thread pool.
 */
public final class HttpMetrics {
  static final String REQUESTS = "http.server.requests";
  static final String RATE_LIMIT_REJECTIONS = "primetrade.ratelimit.rejections";

  /** The route of requests that matched none, so that probes of random paths add no series. */
  static final String UNMATCHED = "unmatched";

  private static final String STARTED = "primetrade.startedNanos";

  private final MeterRegistry registry;
  private final MetricsEndpoint endpoint;

  private HttpMetrics(MeterRegistry registry, MetricsEndpoint endpoint) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.endpoint = endpoint;
  }

  /** Measures nothing and serves no {@code /metrics}. */
  public static HttpMetrics none() {
    return new HttpMetrics(new CompositeMeterRegistry(), null);
  }

  /** Records into {@code registry}; serves no {@code /metrics} on the API's port. */
  public static HttpMetrics recordingTo(MeterRegistry registry) {
    return new HttpMetrics(registry, null);
  }

  /**
   * These metrics, also served at {@code /metrics} on the API's port: give the endpoint a token, as
   * that port is usually public.
   */
  public HttpMetrics servedAt(MetricsEndpoint metricsEndpoint) {
    return new HttpMetrics(registry, Objects.requireNonNull(metricsEndpoint, "metricsEndpoint"));
  }

  MeterRegistry registry() {
    return registry;
  }

  Optional<MetricsEndpoint> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  /** Binds Jetty's connection and thread-pool metrics to the server the API runs on. */
  void bind(Server server) {
    new JettyServerThreadPoolMetrics(server.getThreadPool(), List.of()).bindTo(registry);
    // Javalin adds its connector only when it starts the server.
    server.addEventListener(
        new LifeCycle.Listener() {
          @Override
          public void lifeCycleStarting(LifeCycle event) {
            JettyConnectionMetrics.addToAllConnectors(server, registry, List.of());
          }
        });
  }

  /** The first before-handler: when the request started. */
  static void start(Context ctx) {
    ctx.attribute(STARTED, System.nanoTime());
  }

  /** After the response: one observation of the request's route, method and status. */
  void record(Context ctx, Float millis) {
    Long started = ctx.attribute(STARTED);
    long nanos =
        started != null
            ? System.nanoTime() - started
            : (long) (millis == null ? 0 : millis * 1_000_000.0);
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    Timer.builder(REQUESTS)
        .description("HTTP requests by route template, method and status")
        .tag("method", ctx.method().name())
        .tag("route", matched == null ? UNMATCHED : matched.path)
        .tag("status", Integer.toString(ctx.statusCode()))
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }
}
