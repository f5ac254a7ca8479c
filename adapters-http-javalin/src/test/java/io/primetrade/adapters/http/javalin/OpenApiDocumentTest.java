package io.primetrade.adapters.http.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.primetrade.application.port.out.UnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hand-kept OpenAPI document against the routes: every route is described and nothing else is;
 * the failures only a broken core shows (500, 503) answer as the document says. The rest of the
 * answers are checked against a real server in bootstrap's {@code OpenApiConformanceIT}.
 */
class OpenApiDocumentTest {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  private HttpApi api;

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  private static JsonNode document() throws IOException {
    try (InputStream in =
        OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(ApiDocs.DOCUMENT)) {
      assertThat(in).as(ApiDocs.DOCUMENT).isNotNull();
      return new YAMLMapper().readTree(in);
    }
  }

  /** {@code "GET /api/v1/tasks/{}"}: path parameters lose their names, which may differ. */
  private static String normalised(String method, String path) {
    return method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}/]*}", "{}");
  }

  @Test
  void describesEveryRoute_andNoOther() throws IOException {
    // With every optional route on: /metrics on the API's port.
    api =
        HttpApi.create(
            HttpApiFailureTest.failingCore(new IllegalStateException()),
            HttpSettings.defaults(),
            HttpMetrics.recordingTo(new SimpleMeterRegistry())
                .servedAt(
                    new MetricsEndpoint(
                        () -> "", MetricsEndpoint.PROMETHEUS_TEXT, Optional.of("token"))));
    List<String> routes =
        api.routes().stream()
            .filter(route -> !route.split(" ", 2)[1].startsWith(ApiDocs.PREFIX))
            // The web page is a client of the API, not part of it.
            .filter(route -> !WebPage.PATHS.contains(route.split(" ", 2)[1]))
            .map(route -> normalised(route.split(" ", 2)[0], route.split(" ", 2)[1]))
            .toList();

    List<String> documented = new ArrayList<>();
    document()
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          if (METHODS.contains(method)) {
                            documented.add(normalised(method, path.getKey()));
                          }
                        }));

    assertThat(documented)
        .as("operations in %s, against HttpApi.routes()", ApiDocs.DOCUMENT)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(routes);
  }

  @Test
  void everyOperationHasAnIdASummary_andApiOnesAnswersForBugsAndOutages() throws IOException {
    document()
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        operation -> {
                          if (!METHODS.contains(operation.getKey())) {
                            return;
                          }
                          String name = operation.getKey() + " " + path.getKey();
                          JsonNode op = operation.getValue();
                          assertThat(op.path("operationId").asText()).as(name).isNotBlank();
                          assertThat(op.path("summary").asText()).as(name).isNotBlank();
                          if (path.getKey().startsWith("/api/")) {
                            assertThat(op.path("responses").has("500")).as(name + " 500").isTrue();
                            assertThat(op.path("responses").has("503")).as(name + " 503").isTrue();
                          }
                        }));
  }

  @Test
  void bug_answersAsDocumented() throws Exception {
    api =
        HttpApi.create(
                HttpApiFailureTest.failingCore(new IllegalStateException("boom")),
                HttpSettings.defaults())
            .start("127.0.0.1", 0);

    assertConforms("/api/v1/tasks", get("/api/v1/tasks"), 500);
    assertConforms("/api/v1/users/me", get("/api/v1/users/me"), 500);
  }

  @Test
  void outage_answersAsDocumented() throws Exception {
    api =
        HttpApi.create(
                HttpApiFailureTest.failingCore(
                    new UnavailableException("down", new SQLException("disk I/O error"))),
                HttpSettings.defaults())
            .start("127.0.0.1", 0);

    assertConforms("/api/v1/tasks", get("/api/v1/tasks"), 503);
    assertConforms("/health", get("/health"), 503);
    assertConforms("/health/ready", get("/health/ready"), 503);
  }

  @Test
  void metricsWithoutToken_answersAsDocumented() throws Exception {
    api =
        HttpApi.create(
                HttpApiFailureTest.failingCore(new IllegalStateException("boom")),
                HttpSettings.defaults(),
                HttpMetrics.recordingTo(new SimpleMeterRegistry())
                    .servedAt(
                        new MetricsEndpoint(
                            () -> "", MetricsEndpoint.PROMETHEUS_TEXT, Optional.of("token"))))
            .start("127.0.0.1", 0);

    // "Bearer any" is not the metrics token.
    assertConforms("/metrics", get("/metrics"), 401);
  }

  private HttpResponse<String> get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
            .header("Authorization", "Bearer any")
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private void assertConforms(String path, HttpResponse<String> response, int status)
      throws IOException {
    assertThat(response.statusCode()).isEqualTo(status);
    SimpleResponse.Builder answer =
        SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
    response.headers().map().forEach(answer::withHeader);
    OpenApiInteractionValidator validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(
                new ObjectMapper().writeValueAsString(document()))
            .build();
    ValidationReport report = validator.validateResponse(path, Request.Method.GET, answer.build());
    assertThat(report.getMessages()).as("GET %s %s", path, status).isEmpty();
  }
}
