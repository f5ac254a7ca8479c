package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.primetrade.adapters.security.JwtSettings;
import io.primetrade.adapters.security.JwtTokenService;
import io.primetrade.bootstrap.ApiClient.Response;
import io.primetrade.domain.user.Email;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import io.primetrade.domain.user.UserId;
import io.primetrade.domain.user.Username;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What every client meets: authentication, malformed input, limits, headers, CORS. */
class HttpProtocolIT {
  private static final String ORIGIN = "https://app.example.com";

  @RegisterExtension
  static final ServerExtension SERVER = ServerExtension.withEnv(Map.of("CORS_ORIGINS", ORIGIN));

  private final ApiClient api = SERVER.client();
  private final String admin = SERVER.adminToken();

  private Response post(String path, String contentType, String body) {
    HttpRequest request =
        ApiClient.authorized(api.request(path), admin)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return api.send(request);
  }

  private static void assertEnvelopeError(Response response, int status) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(response.json().get("success").asBoolean()).isFalse();
    assertThat(response.json().get("message").asText()).isNotBlank();
    // The id a client quotes is the one in the header and in every log line of the request.
    assertThat(response.json().path("requestId").asText()).isNotBlank();
    assertThat(response.header("X-Request-ID")).contains(response.json().get("requestId").asText());
    assertThat(response.text()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private int taskCount() {
    return api.get("/api/v1/tasks", admin).json().get("meta").get("total").asInt();
  }

  @Test
  void missingToken_returns401WithBearerChallenge() {
    Response response = api.get("/api/v1/tasks", null);

    assertEnvelopeError(response, 401);
    assertThat(response.header("WWW-Authenticate")).contains("Bearer");
    assertThat(response.json().get("message").asText()).isEqualTo("Authentication required");
  }

  @Test
  void badTokens_return401() {
    UserId adminId = UserId.parse(JWT.decode(admin).getClaim("id").asString(), "id");
    byte[] secret = ServerExtension.JWT_SECRET.getBytes(StandardCharsets.UTF_8);
    User adminUser =
        new User(
            adminId,
            new Username("admin"),
            new Email(ServerExtension.ADMIN_EMAIL),
            "x",
            Role.ADMIN,
            true,
            Instant.EPOCH,
            Instant.EPOCH);
    String expired =
        new JwtTokenService(
                new JwtSettings(secret, Duration.ofMinutes(1), JwtSettings.DEFAULT_ISSUER),
                Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC))
            .issue(adminUser)
            .token();
    String otherKey =
        new JwtTokenService(
                JwtSettings.of("a-completely-different-secret-of-32-bytes"), Clock.systemUTC())
            .issue(adminUser)
            .token();
    String algNone =
        JWT.create()
            .withIssuer(JwtSettings.DEFAULT_ISSUER)
            .withClaim("id", adminId.toString())
            .withClaim("email", ServerExtension.ADMIN_EMAIL)
            .withClaim("role", "admin")
            .withExpiresAt(Instant.now().plusSeconds(600))
            .withJWTId(UUID.randomUUID().toString())
            .sign(Algorithm.none());
    String[] parts = admin.split("\\.");
    String tampered = parts[0] + "." + parts[1] + "x." + parts[2];

    for (String token : new String[] {expired, otherKey, algNone, tampered, "garbage"}) {
      Response response = api.get("/api/v1/tasks", token);
      assertEnvelopeError(response, 401);
    }
    assertThat(api.get("/api/v1/tasks", expired).json().get("message").asText())
        .isEqualTo("Token expired");
    Response basic =
        api.send(api.request("/api/v1/tasks").header("Authorization", "Basic YTpi").GET().build());
    assertEnvelopeError(basic, 401);
  }

  @Test
  void malformedJson_returns400_andChangesNothing() {
    int before = taskCount();

    assertEnvelopeError(post("/api/v1/tasks", "application/json", "{\"title\": \"Broken"), 400);
    assertEnvelopeError(post("/api/v1/tasks", "application/json", "[1,2]"), 400);
    assertEnvelopeError(
        post("/api/v1/tasks", "application/json", "{\"title\":\"a\"} trailing"), 400);
    assertEnvelopeError(
        post("/api/v1/tasks", "application/json", "{\"title\":\"Dup one\",\"title\":\"Dup two\"}"),
        400);
    assertThat(taskCount()).isEqualTo(before);
  }

  @Test
  void unknownFieldsAndWrongTypes_return400NamingTheField() {
    Response unknown =
        post("/api/v1/tasks", "application/json", "{\"title\":\"Valid title\",\"owner\":\"me\"}");
    Response wrongType = post("/api/v1/tasks", "application/json", "{\"title\":123}");

    assertEnvelopeError(unknown, 400);
    assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("owner");
    assertEnvelopeError(wrongType, 400);
    assertThat(wrongType.json().get("errors").get(0).get("field").asText()).isEqualTo("title");
    assertThat(wrongType.json().get("errors").get(0).get("message").asText())
        .isEqualTo("must be a string");
  }

  @Test
  void bodyOver64KiB_returns413_andChangesNothing() {
    int before = taskCount();
    String huge = "{\"title\":\"Big\",\"description\":\"" + "x".repeat(70_000) + "\"}";

    Response response = post("/api/v1/tasks", "application/json", huge);

    assertEnvelopeError(response, 413);
    assertThat(taskCount()).isEqualTo(before);
  }

  @Test
  void nonJsonContentType_returns415() {
    Response response = post("/api/v1/tasks", "text/plain", "{\"title\":\"Plain text\"}");

    assertEnvelopeError(response, 415);
  }

  @Test
  void unknownRoute_returns404_andWrongMethod_returns405() {
    assertEnvelopeError(api.get("/api/v1/nothing-here", admin), 404);
    Response wrongMethod = api.delete("/api/v1/tasks", admin);
    assertEnvelopeError(wrongMethod, 405);
    assertThat(wrongMethod.header("Allow")).isPresent();
  }

  @Test
  void requestsThatNeverReachTheApi_getTheEnvelopeToo() throws IOException {
    String raw =
        rawRequest("GET /api/v1/tasks/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertThat(raw).startsWith("HTTP/1.1 400");
    assertThat(raw).contains("\"success\":false").doesNotContainIgnoringCase("<html");
    assertThat(raw)
        .containsPattern("(?i)X-Request-ID: ([0-9a-f-]{36})[\\s\\S]*\"requestId\":\"\\1\"");
  }

  @Test
  void everyResponse_carriesSecurityHeaders() {
    for (Response response :
        new Response[] {api.get("/health", null), api.get("/api/v1/tasks", null)}) {
      assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
      assertThat(response.header("X-Frame-Options")).contains("DENY");
      assertThat(response.header("Referrer-Policy")).contains("no-referrer");
      assertThat(response.header("Strict-Transport-Security")).isPresent();
      assertThat(response.header("Content-Security-Policy"))
          .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
    }
  }

  @Test
  void cors_allowsOnlyConfiguredOrigins() {
    Response allowed = api.send(api.request("/health").header("Origin", ORIGIN).GET().build());
    Response other =
        api.send(api.request("/health").header("Origin", "https://evil.example.net").GET().build());
    Response preflight =
        api.send(
            api.request("/api/v1/tasks")
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(allowed.header("Access-Control-Allow-Origin")).contains(ORIGIN);
    assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Origin")).contains(ORIGIN);
    assertThat(preflight.header("Access-Control-Allow-Methods"))
        .hasValueSatisfying(m -> assertThat(m).contains("POST"));
  }

  @Test
  void largeResponses_areGzipped() throws IOException {
    for (int i = 0; i < 12; i++) {
      SERVER.createTask(Map.of("title", "Bulk task " + i, "description", "d".repeat(300)));
    }
    HttpRequest request =
        ApiClient.authorized(api.request("/api/v1/tasks?limit=100"), admin)
            .header("Accept-Encoding", "gzip")
            .GET()
            .build();

    java.net.http.HttpResponse<byte[]> response = sendBytes(request);

    assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).startsWith("{\"success\":true");
    }
  }

  @Test
  void requestIds_areEchoedOrMade() {
    Response given =
        api.send(api.request("/health").header("X-Request-ID", "trace-123").GET().build());
    Response made = api.get("/health", null);
    Response insane =
        api.send(api.request("/health").header("X-Request-ID", "bad id <script>").GET().build());

    assertThat(given.header("X-Request-ID")).contains("trace-123");
    assertThat(made.header("X-Request-ID")).hasValueSatisfying(id -> assertThat(id).isNotBlank());
    assertThat(insane.header("X-Request-ID"))
        .hasValueSatisfying(id -> assertThat(id).doesNotContain("<"));
  }

  private java.net.http.HttpResponse<byte[]> sendBytes(HttpRequest request) throws IOException {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private String rawRequest(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", SERVER.server().port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
