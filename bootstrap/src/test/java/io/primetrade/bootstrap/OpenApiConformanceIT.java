package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real requests and responses of a running server, validated against the OpenAPI document it serves
 * at {@code /api-docs/openapi.json} by Atlassian's swagger-request-validator: bodies, headers,
 * statuses, parameters, security. Well-formed requests are validated both ways; requests that are
 * wrong on purpose (unknown fields, no token, a huge body) only by their response.
 */
class OpenApiConformanceIT {
  @RegisterExtension static final ServerExtension SERVER = ServerExtension.withDefaults();

  private static OpenApiInteractionValidator validator;

  /** "METHOD /path/{id} status" of every exchange validated, to check coverage at the end. */
  private static final Set<String> SEEN = new TreeSet<>();

  private final ApiClient api = SERVER.client();
  private final String admin = SERVER.adminToken();

  @BeforeAll
  static void loadTheServedDocument() {
    ApiClient.Response document = SERVER.client().get("/api-docs/openapi.json", null);
    assertThat(document.status()).isEqualTo(200);
    validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(document.text()).build();
  }

  @AfterAll
  static void everyOperationWasSeenSucceeding() {
    assertThat(SEEN)
        .contains(
            "POST /api/v1/auth/register 201",
            "POST /api/v1/auth/login 200",
            "GET /api/v1/tasks 200",
            "POST /api/v1/tasks 201",
            "GET /api/v1/tasks/{id} 200",
            "PUT /api/v1/tasks/{id} 200",
            "DELETE /api/v1/tasks/{id} 200",
            "GET /api/v1/users 200",
            "GET /api/v1/users/me 200",
            "GET /api/v1/users/{id} 200",
            "PATCH /api/v1/users/{id} 200",
            "DELETE /api/v1/users/{id} 200",
            "GET /health 200");
  }

  /** One request as sent, and the server's answer. */
  private record Exchange(Request request, Response response, ApiClient.Response raw) {
    int status() {
      return raw.status();
    }

    JsonNode data() {
      return raw.data();
    }
  }

  private Exchange send(
      String method, String target, String token, Map<String, String> headers, String body) {
    URI uri = URI.create(target);
    HttpRequest.Builder http = ApiClient.authorized(api.request(target), token);
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(method, uri.getRawPath()).withBody(body);
    if (token != null) {
      request.withHeader("Authorization", "Bearer " + token);
    }
    headers.forEach(
        (name, value) -> {
          http.header(name, value);
          request.withHeader(name, value);
        });
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] parts = pair.split("=", 2);
        request.withQueryParam(
            URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
            URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
      }
    }
    http.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    ApiClient.Response raw = api.send(http.build());
    SimpleResponse.Builder response = SimpleResponse.Builder.status(raw.status());
    raw.headers().forEach(response::withHeader);
    if (!raw.text().isEmpty()) {
      response.withBody(raw.text());
    }
    return new Exchange(request.build(), response.build(), raw);
  }

  private Exchange send(String method, String target, String token, Object json) {
    Map<String, String> headers = new LinkedHashMap<>();
    String body = null;
    if (json != null) {
      headers.put("Content-Type", "application/json");
      body = json instanceof String text ? text : ApiClient.json(json);
    }
    return send(method, target, token, headers, body);
  }

  /** The request and the response both conform; the status is the one expected. */
  private Exchange conforms(Exchange exchange, int status) {
    assertThat(exchange.status()).as(exchange.raw().text()).isEqualTo(status);
    ValidationReport report = validator.validate(exchange.request(), exchange.response());
    assertThat(report.getMessages()).as(describe(exchange)).isEmpty();
    seen(exchange);
    return exchange;
  }

  /** A request wrong on purpose: only the response must be as documented. */
  private Exchange answersAsDocumented(Exchange exchange, int status, String template) {
    assertThat(exchange.status()).as(exchange.raw().text()).isEqualTo(status);
    ValidationReport report =
        validator.validateResponse(template, exchange.request().getMethod(), exchange.response());
    assertThat(report.getMessages()).as(describe(exchange)).isEmpty();
    SEEN.add(exchange.request().getMethod() + " " + template + " " + status);
    return exchange;
  }

  private static void seen(Exchange exchange) {
    String path =
        exchange
            .request()
            .getPath()
            .replaceAll("/tasks/[0-9a-f-]{36}", "/tasks/{id}")
            .replaceAll("/users/[0-9a-f-]{36}", "/users/{id}")
            .replaceAll("/(tasks|users)/not-an-id", "/$1/{id}");
    SEEN.add(exchange.request().getMethod() + " " + path + " " + exchange.status());
  }

  private static String describe(Exchange exchange) {
    return exchange.request().getMethod()
        + " "
        + exchange.request().getPath()
        + " -> "
        + exchange.status()
        + " "
        + exchange.raw().text();
  }

  private String newUser(String prefix) {
    return SERVER.uniqueName(prefix);
  }

  @Test
  void auth() {
    String name = newUser("oasuser");
    Map<String, String> user =
        Map.of("username", name, "email", name + "@example.com", "password", "password-" + name);
    conforms(send("POST", "/api/v1/auth/register", null, user), 201);
    conforms(send("POST", "/api/v1/auth/register", null, user), 409);
    conforms(
        send(
            "POST",
            "/api/v1/auth/register",
            null,
            Map.of(
                "username",
                newUser("oasadmin"),
                "email",
                newUser("oasadmin") + "@example.com",
                "password",
                "password-123",
                "role",
                "admin")),
        403);
    conforms(
        send(
            "POST",
            "/api/v1/auth/login",
            null,
            Map.of("email", name + "@example.com", "password", "password-" + name)),
        200);
    conforms(
        send(
            "POST",
            "/api/v1/auth/login",
            null,
            Map.of("email", name + "@example.com", "password", "wrong-password")),
        401);
    answersAsDocumented(
        send("POST", "/api/v1/auth/login", null, Map.of("email", "x@example.com", "pw", "y")),
        400,
        "/api/v1/auth/login");
    answersAsDocumented(
        send("POST", "/api/v1/auth/register", null, "{not json"), 400, "/api/v1/auth/register");
  }

  @Test
  void tasks() {
    Exchange created =
        conforms(
            send(
                "POST",
                "/api/v1/tasks",
                admin,
                Map.of(
                    "title", "Document the API",
                    "description", "OpenAPI 3",
                    "priority", "high",
                    "dueDate", "2026-12-01",
                    "assignedTo", "someone")),
            201);
    String path = "/api/v1/tasks/" + created.data().get("id").asText();
    conforms(send("POST", "/api/v1/tasks", admin, Map.of("title", "Bare task")), 201);

    conforms(send("GET", "/api/v1/tasks?page=1&limit=5&sort=-priority", admin, null), 200);
    conforms(send("GET", "/api/v1/tasks?status=pending&priority=high", admin, null), 200);
    answersAsDocumented(
        send("GET", "/api/v1/tasks?limit=1000&colour=red", admin, null), 400, "/api/v1/tasks");
    answersAsDocumented(send("GET", "/api/v1/tasks", null, null), 401, "/api/v1/tasks");
    answersAsDocumented(send("GET", "/api/v1/tasks", "not-a-jwt", null), 401, "/api/v1/tasks");

    conforms(send("GET", path, admin, null), 200);
    conforms(send("GET", "/api/v1/tasks/" + java.util.UUID.randomUUID(), admin, null), 404);
    answersAsDocumented(
        send("GET", "/api/v1/tasks/not-an-id", admin, null), 400, "/api/v1/tasks/{id}");

    conforms(
        send(
            "PUT",
            path,
            admin,
            Map.of("If-Match", "\"1\"", "Content-Type", "application/json"),
            ApiClient.json(Map.of("status", "in-progress"))),
        200);
    conforms(
        send(
            "PUT",
            path,
            admin,
            Map.of("If-Match", "\"1\"", "Content-Type", "application/json"),
            ApiClient.json(Map.of("status", "completed"))),
        412);
    Map<String, Object> clear = new LinkedHashMap<>();
    clear.put("dueDate", null);
    clear.put("assignedTo", null);
    conforms(send("PUT", path, admin, clear), 200);
    answersAsDocumented(
        send("PUT", path, admin, Map.of("title", "no", "colour", "red")),
        400,
        "/api/v1/tasks/{id}");
    answersAsDocumented(
        send("PUT", path, admin, Map.of("Content-Type", "text/plain"), "status=completed"),
        415,
        "/api/v1/tasks/{id}");
    answersAsDocumented(
        send("POST", "/api/v1/tasks", admin, Map.of("title", "x".repeat(70 * 1024))),
        413,
        "/api/v1/tasks");

    String user = SERVER.registerUser(newUser("oastasks"));
    conforms(send("POST", "/api/v1/tasks", user, Map.of("title", "Not mine to make")), 403);
    conforms(send("PUT", path, user, Map.of("status", "completed")), 403);
    conforms(send("DELETE", path, user, null), 403);

    conforms(send("DELETE", path, admin, Map.of("If-Match", "\"1\""), null), 412);
    conforms(send("DELETE", path, admin, null), 200);
    conforms(send("DELETE", path, admin, null), 404);
  }

  @Test
  void users() {
    String name = newUser("oasaccount");
    String token = SERVER.registerUser(name);
    Exchange me = conforms(send("GET", "/api/v1/users/me", token, null), 200);
    String path = "/api/v1/users/" + me.data().get("id").asText();
    answersAsDocumented(send("GET", "/api/v1/users/me", null, null), 401, "/api/v1/users/me");

    conforms(send("GET", "/api/v1/users?page=1&limit=10&role=user&active=true", admin, null), 200);
    conforms(send("GET", "/api/v1/users", token, null), 403);
    conforms(send("GET", path, token, null), 200);
    conforms(send("GET", path, admin, null), 200);
    conforms(send("GET", "/api/v1/users/" + java.util.UUID.randomUUID(), admin, null), 404);
    answersAsDocumented(
        send("GET", "/api/v1/users/not-an-id", admin, null), 400, "/api/v1/users/{id}");

    conforms(send("PATCH", path, admin, Map.of("active", false)), 200);
    conforms(send("PATCH", path, admin, Map.of("active", true, "role", "admin")), 200);
    // Now an admin, who may not demote themselves.
    conforms(send("PATCH", path, token, Map.of("role", "user")), 403);
    answersAsDocumented(
        send("PATCH", path, admin, Map.of("role", "root")), 400, "/api/v1/users/{id}");
    conforms(
        send("PATCH", path, SERVER.registerUser(newUser("oaspeer")), Map.of("active", false)), 403);

    String creator = newUser("oascreator");
    SERVER.registerUser(creator);
    String creatorToken = SERVER.login(creator + "@example.com", "password-" + creator);
    String creatorPath =
        "/api/v1/users/" + api.get("/api/v1/users/me", creatorToken).data().get("id").asText();
    conforms(send("PATCH", creatorPath, admin, Map.of("role", "admin")), 200);
    String adminCreator = SERVER.login(creator + "@example.com", "password-" + creator);
    conforms(
        send("POST", "/api/v1/tasks", adminCreator, Map.of("title", "Keeps its creator")), 201);
    conforms(send("DELETE", creatorPath, admin, null), 409);

    conforms(send("DELETE", path, admin, null), 200);
    conforms(send("DELETE", path, admin, null), 404);
  }

  @Test
  void health() {
    conforms(send("GET", "/health", null, null), 200);
    conforms(send("GET", "/health", null, Map.of("X-Request-ID", "probe-1"), null), 200);
  }

  @Test
  void unknownMethod_answers405InTheEnvelope() {
    Exchange exchange = send("PATCH", "/api/v1/tasks", admin, Map.of("title", "nope"));
    assertThat(exchange.status()).isEqualTo(405);
    assertThat(exchange.raw().header("Allow")).isPresent();
    assertThat(exchange.raw().json().get("success").asBoolean()).isFalse();
    assertThat(exchange.raw().json().fieldNames())
        .toIterable()
        .containsOnly("success", "message", "requestId");
    assertThat(exchange.raw().header("X-Request-ID"))
        .contains(exchange.raw().json().get("requestId").asText());
    assertThat(List.of(exchange.raw().header("X-Request-ID"))).isNotEmpty();
  }
}
