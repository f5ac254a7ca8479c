package io.primetrade.adapters.http.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Request timings by route template, and /metrics behind its token, on a real socket. */
class HttpMetricsTest {
  private static final String TOKEN = "metrics-token-0123456789";

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private HttpApi api;
  private ManagementServer management;

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
    if (management != null) {
      management.close();
    }
  }

  private HttpApi start(HttpMetrics metrics) {
    api =
        HttpApi.create(
                HttpApiFailureTest.failingCore(new IllegalStateException("boom")),
                HttpSettings.defaults(),
                metrics)
            .start("127.0.0.1", 0);
    return api;
  }

  private static HttpResponse<String> get(int port, String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private MetricsEndpoint endpoint(Optional<String> token) {
    return new MetricsEndpoint(
        () -> "# scraped " + registry.getMeters().size(), MetricsEndpoint.PROMETHEUS_TEXT, token);
  }

  private void awaitRequests(String route, String status, long count) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (requests(route, status) < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private long requests(String route, String status) {
    Timer timer =
        registry
            .find(HttpMetrics.REQUESTS)
            .tag("method", "GET")
            .tag("route", route)
            .tag("status", status)
            .timer();
    return timer == null ? 0 : timer.count();
  }

  @Test
  void requestsAreTimedByRouteTemplate_notByPath() throws Exception {
    start(HttpMetrics.recordingTo(registry));

    get(api.port(), "/api/v1/tasks/0b8f3c1e-6d2a-4f7e-9a51-2c3d4e5f6a7b", "any");
    get(api.port(), "/api/v1/tasks/1b8f3c1e-6d2a-4f7e-9a51-2c3d4e5f6a7b", "any");
    get(api.port(), "/no/such/path/42", null);
    get(api.port(), "/health/live", null);

    // A request is recorded once its response is written, which the client may see first.
    awaitRequests("/api/v1/tasks/{id}", "500", 2);
    awaitRequests(HttpMetrics.UNMATCHED, "404", 1);
    awaitRequests("/health/live", "200", 1);
    assertThat(requests("/api/v1/tasks/{id}", "500")).isEqualTo(2);
    assertThat(requests(HttpMetrics.UNMATCHED, "404")).isEqualTo(1);
    assertThat(requests("/health/live", "200")).isEqualTo(1);
    assertThat(registry.find(HttpMetrics.REQUESTS).tag("route", "/no/such/path/42").timer())
        .isNull();
  }

  @Test
  void jettyReportsItsConnectionsAndThreads() throws Exception {
    start(HttpMetrics.recordingTo(registry));
    get(api.port(), "/health/live", null);

    assertThat(registry.find("jetty.connections.current").gauge()).isNotNull();
    assertThat(registry.find("jetty.threads.busy").gauge()).isNotNull();
  }

  @Test
  void metricsOnTheApiPort_needTheToken() throws Exception {
    start(HttpMetrics.recordingTo(registry).servedAt(endpoint(Optional.of(TOKEN))));

    HttpResponse<String> none = get(api.port(), "/metrics", null);
    HttpResponse<String> wrong = get(api.port(), "/metrics", "not-the-token");
    HttpResponse<String> right = get(api.port(), "/metrics", TOKEN);

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(none.body()).contains("\"success\":false").contains("\"requestId\"");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(right.body()).startsWith("# scraped ");
  }

  @Test
  void withoutAnEndpoint_theApiPortHasNoMetrics() throws Exception {
    start(HttpMetrics.recordingTo(registry));

    assertThat(get(api.port(), "/metrics", TOKEN).statusCode()).isEqualTo(404);
  }

  @Test
  void managementServer_servesMetricsOnItsOwnPort_withOrWithoutToken() throws Exception {
    management = ManagementServer.start("127.0.0.1", 0, endpoint(Optional.empty()));
    assertThat(get(management.port(), "/metrics", null).statusCode()).isEqualTo(200);
    assertThat(get(management.port(), "/api/v1/tasks", null).statusCode()).isEqualTo(404);
    management.close();

    management = ManagementServer.start("127.0.0.1", 0, endpoint(Optional.of(TOKEN)));
    assertThat(get(management.port(), "/metrics", null).statusCode()).isEqualTo(401);
    assertThat(get(management.port(), "/metrics", TOKEN).statusCode()).isEqualTo(200);
  }
}
