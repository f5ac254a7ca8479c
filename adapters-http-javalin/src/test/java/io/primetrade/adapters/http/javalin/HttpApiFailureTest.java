package io.primetrade.adapters.http.javalin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.application.Core;
import io.primetrade.application.port.in.CheckHealthUseCase;
import io.primetrade.application.port.in.CheckRateLimitUseCase;
import io.primetrade.application.port.out.RateLimiter;
import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.UserId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Failures the real core only shows when something breaks: a bug in a use case and a store that is
 * gone. The API runs on a real socket; the use cases are lambdas that fail on purpose.
 */
class HttpApiFailureTest {
  private static final Actor ADMIN =
      new Actor(new UserId(new UUID(0, 1)), "admin", "admin@example.com", Role.ADMIN);

  private HttpApi api;

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  /** A core whose every use case throws {@code failure}; also used by the OpenAPI tests. */
  static Core failingCore(RuntimeException failure) {
    return new Core(
        command -> {
          throw failure;
        },
        command -> {
          throw failure;
        },
        command -> {
          throw failure;
        },
        command -> {
          throw failure;
        },
        token -> ADMIN,
        new CheckRateLimitUseCase() {
          @Override
          public RateLimiter.Decision check(Policy policy, String subject) {
            throw new AssertionError("rate limiting is off");
          }

          @Override
          public boolean enabled() {
            return false;
          }
        },
        query -> {
          throw failure;
        },
        query -> {
          throw failure;
        },
        command -> {
          throw failure;
        },
        command -> {
          throw failure;
        },
        command -> {
          throw failure;
        },
        command -> {
          throw failure;
        },
        () -> new CheckHealthUseCase.Health(Map.of("database", false)),
        query -> {
          throw failure;
        },
        query -> {
          throw failure;
        },
        command -> {
          throw failure;
        },
        command -> {
          throw failure;
        },
        command -> {
          throw failure;
        },
        command -> {
          throw failure;
        },
        (query, sink) -> {
          throw failure;
        },
        command -> {
          throw failure;
        });
  }

  private HttpResponse<String> get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
            .header("Authorization", "Bearer any")
            .header("X-Request-ID", "req-42")
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bugInAUseCase_gives500WithRequestIdAndNoDetails() throws Exception {
    api =
        HttpApi.create(
                failingCore(new IllegalStateException("secret table tasks_v2 missing")),
                HttpSettings.defaults())
            .start("127.0.0.1", 0);

    HttpResponse<String> response = get("/api/v1/tasks");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body())
        .isEqualTo(
            "{\"success\":false,\"message\":\"Internal server error (request id req-42)\","
                + "\"requestId\":\"req-42\"}");
  }

  @Test
  void instanceId_isOnEveryAnswer_evenErrorsAndUnknownPaths() throws Exception {
    api =
        HttpApi.create(
                failingCore(new IllegalStateException()),
                HttpSettings.defaults().withInstanceId("api-7"))
            .start("127.0.0.1", 0);

    assertThat(get("/api/v1/tasks").headers().firstValue("X-Instance-Id")).contains("api-7");
    assertThat(get("/no/such/path").headers().firstValue("X-Instance-Id")).contains("api-7");
    assertThat(get("/health").headers().firstValue("X-Instance-Id")).contains("api-7");
  }

  @Test
  void withoutInstanceId_noSuchHeader() throws Exception {
    api =
        HttpApi.create(failingCore(new IllegalStateException()), HttpSettings.defaults())
            .start("127.0.0.1", 0);

    assertThat(get("/health").headers().firstValue("X-Instance-Id")).isEmpty();
  }

  @Test
  void instanceId_mustBeAPlainToken() {
    assertThatThrownBy(() -> HttpSettings.defaults().withInstanceId("api 1\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("instanceId");
  }

  @Test
  void unavailableStore_gives503WithRetryAfter() throws Exception {
    api =
        HttpApi.create(
                failingCore(
                    new UnavailableException(
                        "The database is unavailable", new SQLException("disk I/O error"))),
                HttpSettings.defaults())
            .start("127.0.0.1", 0);

    HttpResponse<String> response = get("/api/v1/tasks");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
    assertThat(response.body()).contains("\"success\":false").doesNotContain("disk I/O");
  }

  @Test
  void failingEssentialHealthCheck_gives503Down() throws Exception {
    api = HttpApi.create(failingCore(new IllegalStateException()), HttpSettings.defaults());
    api.start("127.0.0.1", 0);

    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("\"status\":\"DOWN\"").contains("\"database\":\"DOWN\"");
  }

  @Test
  void listsEveryRoute() {
    api = HttpApi.create(failingCore(new IllegalStateException()), HttpSettings.defaults());

    assertThat(api.routes())
        .containsExactly(
            "DELETE /api/v1/tasks/{id}",
            "DELETE /api/v1/users/{id}",
            "GET /",
            "GET /api-docs",
            "GET /api-docs/openapi.json",
            "GET /api-docs/openapi.yaml",
            "GET /api-docs/swagger-init.js",
            "GET /api-docs/ui/{file}",
            "GET /api/v1/tasks",
            "GET /api/v1/tasks/{id}",
            "GET /api/v1/users",
            "GET /api/v1/users/me",
            "GET /api/v1/users/{id}",
            "GET /assets/{file}",
            "GET /health",
            "GET /health/live",
            "GET /health/ready",
            "PATCH /api/v1/users/{id}",
            "POST /api/v1/auth/login",
            "POST /api/v1/auth/logout",
            "POST /api/v1/auth/refresh",
            "POST /api/v1/auth/register",
            "POST /api/v1/tasks",
            "PUT /api/v1/tasks/{id}");
  }
}
