package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rate limits as clients meet them, on a server with small limits and 127.0.0.1 as its trusted
 * proxy (so tests can speak as other clients through {@code X-Forwarded-For}).
 */
class RateLimitIT {
  @RegisterExtension
  static final ServerExtension SERVER =
      ServerExtension.withEnv(
          Map.of(
              "RATE_LIMIT_ENABLED", "true",
              "RATE_LIMIT_API", "20/1m",
              "RATE_LIMIT_LOGIN_IP", "6/1m",
              "RATE_LIMIT_LOGIN_EMAIL", "3/1m",
              "RATE_LIMIT_REGISTER", "2/1m",
              "RATE_LIMIT_TASK_CREATE", "2/15m",
              "TRUSTED_PROXIES", "127.0.0.1, ::1"));

  private final ApiClient client = SERVER.client();

  /** A request as the client at {@code address} behind the trusted proxy. */
  private ApiClient.Response as(String address, String method, String path, String json) {
    HttpRequest.Builder request =
        client
            .request(path)
            .header("X-Forwarded-For", address)
            .header("Content-Type", "application/json");
    return client.send(
        request
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private ApiClient.Response loginAs(String address, String email) {
    return as(
        address,
        "POST",
        "/api/v1/auth/login",
        ApiClient.json(Map.of("email", email, "password", "wrong-password")));
  }

  @Test
  void apiRequests_areLimitedPerClient_withHeadersOnEveryLimitedResponse() {
    for (int i = 1; i <= 20; i++) {
      ApiClient.Response ok = as("203.0.113.1", "GET", "/api/v1/tasks", null);
      assertThat(ok.status()).as("request %d", i).isEqualTo(401);
      assertThat(ok.header("RateLimit-Limit")).contains("20");
      assertThat(ok.header("RateLimit-Remaining")).contains(Integer.toString(20 - i));
    }

    ApiClient.Response refused = as("203.0.113.1", "GET", "/api/v1/tasks", null);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.json().get("success").asBoolean()).isFalse();
    assertThat(refused.json().get("message").asText())
        .startsWith("Too many requests; try again in");
    int retryAfter = Integer.parseInt(refused.header("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1, 60);
    assertThat(refused.header("RateLimit-Remaining")).contains("0");
    assertThat(Integer.parseInt(refused.header("RateLimit-Reset").orElseThrow())).isBetween(1, 60);
    // Another client is not affected, and health checks are never limited.
    assertThat(as("203.0.113.2", "GET", "/api/v1/tasks", null).status()).isEqualTo(401);
    assertThat(as("203.0.113.1", "GET", "/health", null).status()).isEqualTo(200);
  }

  @Test
  void logins_areLimitedPerEmail_whateverTheAddress() {
    // 3 per minute for an address; the extension's own admin login took the first.
    for (int i = 0; i < 2; i++) {
      assertThat(loginAs("198.51.100." + (10 + i), ServerExtension.ADMIN_EMAIL).status())
          .isEqualTo(401);
    }

    ApiClient.Response refused =
        loginAs("198.51.100.99", ServerExtension.ADMIN_EMAIL.toUpperCase(Locale.ROOT));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isPresent();
    // The right password does not get through either: the limit comes first.
    ApiClient.Response realOwner =
        as(
            "198.51.100.98",
            "POST",
            "/api/v1/auth/login",
            ApiClient.json(
                Map.of(
                    "email",
                    ServerExtension.ADMIN_EMAIL,
                    "password",
                    ServerExtension.ADMIN_PASSWORD)));
    assertThat(realOwner.status()).isEqualTo(429);
  }

  @Test
  void logins_areLimitedPerAddress_whateverTheEmail() {
    for (int i = 0; i < 6; i++) {
      assertThat(loginAs("192.0.2.7", "someone" + i + "@example.com").status()).isEqualTo(401);
    }

    assertThat(loginAs("192.0.2.7", "another@example.com").status()).isEqualTo(429);
    assertThat(loginAs("192.0.2.8", "another@example.com").status()).isEqualTo(401);
  }

  @Test
  void registrations_areLimitedPerAddress() {
    for (int i = 0; i < 2; i++) {
      String name = SERVER.uniqueName("reg");
      ApiClient.Response created =
          as(
              "192.0.2.50",
              "POST",
              "/api/v1/auth/register",
              ApiClient.json(
                  Map.of(
                      "username", name,
                      "email", name + "@example.com",
                      "password", "password-" + name)));
      assertThat(created.status()).isEqualTo(201);
    }

    ApiClient.Response refused =
        as(
            "192.0.2.50",
            "POST",
            "/api/v1/auth/register",
            ApiClient.json(
                Map.of(
                    "username",
                    "toomany",
                    "email",
                    "toomany@example.com",
                    "password",
                    "p4ssword!")));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(client.get("/api/v1/users/me", SERVER.adminToken()).status()).isEqualTo(200);
  }

  @Test
  void taskCreation_isLimitedPerUser_andARefusedCreateChangesNothing() {
    String admin = SERVER.adminToken();
    for (int i = 0; i < 2; i++) {
      ApiClient.Response created =
          client.post("/api/v1/tasks", admin, ApiClient.json(Map.of("title", "Task " + i)));
      assertThat(created.status()).isEqualTo(201);
    }
    long before = client.get("/api/v1/tasks", admin).json().get("meta").get("total").asLong();

    ApiClient.Response refused =
        client.post("/api/v1/tasks", admin, ApiClient.json(Map.of("title", "One too many")));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("RateLimit-Limit")).contains("2");
    assertThat(client.get("/api/v1/tasks", admin).json().get("meta").get("total").asLong())
        .isEqualTo(before);
  }
}
