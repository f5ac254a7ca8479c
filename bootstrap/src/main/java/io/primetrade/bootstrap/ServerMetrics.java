package io.primetrade.bootstrap;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.primetrade.adapters.http.javalin.MetricsEndpoint;
import java.util.Optional;

/**
 * The server's Prometheus registry, with Micrometer's JVM and process binders (memory, GC, threads,
 * classes, CPU, uptime, open files) on top of what the core and the adapters record.
 */
final class ServerMetrics implements AutoCloseable {
  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gc;
  private final JvmHeapPressureMetrics heapPressure;

  private ServerMetrics(
      PrometheusMeterRegistry registry, JvmGcMetrics gc, JvmHeapPressureMetrics heapPressure) {
    this.registry = registry;
    this.gc = gc;
    this.heapPressure = heapPressure;
  }

  static ServerMetrics create() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new JvmInfoMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    JvmHeapPressureMetrics heapPressure = new JvmHeapPressureMetrics();
    heapPressure.bindTo(registry);
    return new ServerMetrics(registry, gc, heapPressure);
  }

  PrometheusMeterRegistry registry() {
    return registry;
  }

  /** {@code /metrics}, in Prometheus' text format, behind {@code token} when there is one. */
  MetricsEndpoint endpoint(Optional<String> token) {
    return new MetricsEndpoint(registry::scrape, MetricsEndpoint.PROMETHEUS_TEXT, token);
  }

  @Override
  public void close() {
    gc.close();
    heapPressure.close();
    registry.close();
  }
}
