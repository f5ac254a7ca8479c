package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.bootstrap.ApiClient.Response;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /metrics} on the API's port behind {@code METRICS_TOKEN}, scraped from a real server: the
 * token is enforced, requests are timed by route template, and the business, database, cache, JVM
 * and Jetty metrics are there and move. (Also run on PostgreSQL by the failsafe execution {@code
 * postgres}.)
 */
class MetricsIT {
  private static final String TOKEN = "scrape-token-0123456789abcdef";

  @RegisterExtension
  static final ServerExtension SERVER = ServerExtension.withEnv(Map.of("METRICS_TOKEN", TOKEN));

  private final ApiClient api = SERVER.client();

  private PrometheusText scrape() {
    Response response = api.get("/metrics", TOKEN);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    return PrometheusText.parse(response.text());
  }

  /** Scrapes until {@code condition} holds, for at most ten seconds; the last scrape. */
  private PrometheusText scrapeUntil(Predicate<PrometheusText> condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    PrometheusText text = scrape();
    while (!condition.test(text) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      text = scrape();
    }
    return text;
  }

  @Test
  void metricsNeedTheToken() {
    Response none = api.get("/metrics", null);
    Response userJwt = api.get("/metrics", SERVER.adminToken());
    Response wrong = api.get("/metrics", TOKEN + "x");

    for (Response refused : new Response[] {none, userJwt, wrong}) {
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.header("WWW-Authenticate")).contains("Bearer");
      assertThat(refused.text()).doesNotContain("http_server_requests");
    }
    assertThat(api.get("/metrics", TOKEN).status()).isEqualTo(200);
  }

  @Test
  void requestsAreCountedByRouteTemplate_withAHistogramForPercentiles() {
    String id = SERVER.createTask(Map.of("title", "Timed task")).get("id").asText();
    for (int i = 0; i < 3; i++) {
      assertThat(api.get("/api/v1/tasks/" + id, SERVER.adminToken()).status()).isEqualTo(200);
    }
    assertThat(api.get("/api/v1/tasks/" + id, null).status()).isEqualTo(401);
    Map<String, String> ok =
        Map.of("method", "GET", "route", "/api/v1/tasks/{id}", "status", "200");

    // A request is recorded once its response is written, which the client may see first.
    PrometheusText metrics =
        scrapeUntil(
            text ->
                text.sum("http_server_requests_seconds_count", ok) >= 3
                    && text.sum(
                            "http_server_requests_seconds_count",
                            Map.of("route", "/api/v1/tasks/{id}", "status", "401"))
                        >= 1);

    assertThat(metrics.sum("http_server_requests_seconds_count", ok)).isGreaterThanOrEqualTo(3);
    assertThat(
            metrics.sum(
                "http_server_requests_seconds_count",
                Map.of("route", "/api/v1/tasks/{id}", "status", "401")))
        .isGreaterThanOrEqualTo(1);
    // Buckets, so that p50/p95/p99 can be computed; the largest holds every request.
    assertThat(metrics.find("http_server_requests_seconds_bucket", ok)).hasSizeGreaterThan(10);
    assertThat(
            metrics.sum(
                "http_server_requests_seconds_bucket",
                Map.of(
                    "method", "GET", "route", "/api/v1/tasks/{id}", "status", "200", "le", "+Inf")))
        .isEqualTo(metrics.sum("http_server_requests_seconds_count", ok));
    // Never the raw path: an id in a label would make a series per task.
    assertThat(metrics.find("http_server_requests_seconds_count", Map.of()))
        .allSatisfy(sample -> assertThat(sample.labels().get("route")).doesNotContain(id));
  }

  @Test
  void loginsAndTasksAreCounted() {
    PrometheusText before = scrape();
    SERVER.login(ServerExtension.ADMIN_EMAIL, ServerExtension.ADMIN_PASSWORD);
    Response refused =
        api.post(
            "/api/v1/auth/login",
            null,
            ApiClient.json(Map.of("email", ServerExtension.ADMIN_EMAIL, "password", "wrong-one")));
    assertThat(refused.status()).isEqualTo(401);
    String id = SERVER.createTask(Map.of("title", "Counted task")).get("id").asText();
    Response done =
        api.put("/api/v1/tasks/" + id, SERVER.adminToken(), "{\"status\":\"completed\"}");
    assertThat(done.status()).as(done.text()).isEqualTo(200);

    PrometheusText after = scrape();

    assertThat(delta(before, after, "primetrade_logins_total", Map.of("result", "success")))
        .isEqualTo(1);
    assertThat(delta(before, after, "primetrade_logins_total", Map.of("result", "failure")))
        .isEqualTo(1);
    assertThat(delta(before, after, "primetrade_task_events_total", Map.of("event", "created")))
        .isEqualTo(1);
    assertThat(delta(before, after, "primetrade_task_events_total", Map.of("event", "completed")))
        .isEqualTo(1);
  }

  private static double delta(
      PrometheusText before, PrometheusText after, String name, Map<String, String> labels) {
    return after.sum(name, labels) - before.sum(name, labels);
  }

  @Test
  void databasePoolAndQueryTimingsAreReported() {
    SERVER.createTask(Map.of("title", "A row to time"));

    PrometheusText metrics = scrape();

    assertThat(metrics.find("hikaricp_connections_max", Map.of()))
        .isNotEmpty()
        .allSatisfy(sample -> assertThat(sample.labels().get("pool")).startsWith("primetrade-"));
    assertThat(metrics.names())
        .contains(
            "hikaricp_connections_active",
            "hikaricp_connections_pending",
            "hikaricp_connections_timeout_total",
            "hikaricp_connections_acquire_seconds_count");
    assertThat(
            metrics.sum(
                "primetrade_db_operations_seconds_count",
                Map.of("repository", "TaskRepository", "operation", "add", "outcome", "ok")))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void cacheLookupsAreCounted() {
    String id = SERVER.createTask(Map.of("title", "Cached task")).get("id").asText();
    PrometheusText before = scrape();
    api.get("/api/v1/tasks/" + id, SERVER.adminToken());
    api.get("/api/v1/tasks/" + id, SERVER.adminToken());

    PrometheusText after = scrape();

    Map<String, String> tasks = Map.of("cache", "tasks", "store", "caffeine");
    double misses =
        delta(before, after, "primetrade_cache_requests_total", withResult(tasks, "miss"));
    double hits = delta(before, after, "primetrade_cache_requests_total", withResult(tasks, "hit"));
    assertThat(misses + hits).isEqualTo(2);
    assertThat(hits).isGreaterThanOrEqualTo(1);
  }

  private static Map<String, String> withResult(Map<String, String> labels, String result) {
    Map<String, String> all = new java.util.HashMap<>(labels);
    all.put("result", result);
    return all;
  }

  @Test
  void jvmProcessJettyAndRateLimitMetricsAreThere() {
    PrometheusText metrics = scrape();

    assertThat(metrics.names())
        .contains(
            "jvm_memory_used_bytes",
            "jvm_gc_overhead",
            "jvm_threads_live_threads",
            "process_cpu_usage",
            "process_uptime_seconds",
            "jetty_threads_busy",
            "jetty_connections_current_connections");
    assertThat(metrics.find("primetrade_ratelimit_rejections_total", Map.of("policy", "login-ip")))
        .hasSize(1);
  }
}
