package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.primetrade.adapters.cache.redis.TestRedis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two real servers sharing one SQLite file and one real Redis, as instances behind a load balancer
 * do: what one instance is told, the other knows at once, and losing Redis fails no request.
 */
class SharedRedisIT {
  private TestRedis redis;
  private Path directory;
  private final List<PrimeTradeServer> servers = new ArrayList<>();

  @BeforeEach
  void startRedis() throws IOException {
    redis = TestRedis.start();
    directory = Files.createTempDirectory("primetrade-shared");
  }

  @AfterEach
  void stopEverything() throws IOException {
    servers.forEach(PrimeTradeServer::close);
    redis.close();
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(SharedRedisIT::delete);
    }
  }

  /** Starts an instance on the shared database and Redis; {@code overrides} change its settings. */
  private ApiClient instance(Map<String, String> overrides) {
    Map<String, String> env =
        new HashMap<>(ServerExtension.baseEnvironment(directory.resolve("shared.db")));
    env.put("REDIS_URL", redis.uri().toString());
    env.putAll(overrides);
    PrimeTradeServer server = PrimeTradeServer.start(AppConfig.fromEnv(env));
    servers.add(server);
    return new ApiClient(server.port());
  }

  private static String adminToken(ApiClient api) {
    return api.login(ServerExtension.ADMIN_EMAIL, ServerExtension.ADMIN_PASSWORD);
  }

  private static List<String> titles(ApiClient.Response list) {
    List<String> titles = new ArrayList<>();
    list.json().get("data").forEach(task -> titles.add(task.get("title").asText()));
    return titles;
  }

  @Test
  void aWriteThroughOneInstance_isReadAtOnceThroughTheOther() {
    ApiClient a = instance(Map.of());
    ApiClient b = instance(Map.of());
    String token = adminToken(a);
    String listing = "/api/v1/tasks?limit=100&sort=createdAt";

    for (int round = 0; round < 10; round++) {
      b.get(listing, token);
      assertThat(b.get(listing, token).header("X-Cache")).as("round %d", round).contains("HIT");

      ApiClient.Response created =
          a.post("/api/v1/tasks", token, ApiClient.json(Map.of("title", "Written " + round)));
      assertThat(created.status()).isEqualTo(201);

      ApiClient.Response read = b.get(listing, token);
      assertThat(read.header("X-Cache")).contains("MISS");
      assertThat(titles(read)).as("round %d", round).contains("Written " + round);
    }
  }

  @Test
  void anUpdateOrDeleteThroughOneInstance_isSeenAtOnceOnTheOthersCachedTask() {
    ApiClient a = instance(Map.of());
    ApiClient b = instance(Map.of());
    String token = adminToken(a);
    JsonNode task =
        a.post("/api/v1/tasks", token, ApiClient.json(Map.of("title", "Before"))).data();
    String path = "/api/v1/tasks/" + task.get("id").asText();
    b.get(path, token);
    assertThat(b.get(path, token).header("X-Cache")).contains("HIT");

    ApiClient.Response updated = a.put(path, token, ApiClient.json(Map.of("title", "After")));
    assertThat(updated.status()).as(updated.text()).isEqualTo(200);
    assertThat(b.get(path, token).data().get("title").asText()).isEqualTo("After");

    assertThat(a.delete(path, token).status()).isEqualTo(200);
    assertThat(b.get(path, token).status()).isEqualTo(404);
  }

  @Test
  void aLogoutThroughOneInstance_endsTheSessionOnTheOther() {
    ApiClient a = instance(Map.of());
    ApiClient b = instance(Map.of());
    JsonNode session = a.session(ServerExtension.ADMIN_EMAIL, ServerExtension.ADMIN_PASSWORD);
    String token = session.get("token").asText();
    String refreshToken = session.get("refreshToken").asText();
    assertThat(b.get("/api/v1/users/me", token).status()).isEqualTo(200);

    ApiClient.Response out =
        a.post("/api/v1/auth/logout", token, ApiClient.json(Map.of("refreshToken", refreshToken)));

    assertThat(out.status()).as(out.text()).isEqualTo(200);
    assertThat(b.get("/api/v1/users/me", token).status()).isEqualTo(401);
    assertThat(
            b.post(
                    "/api/v1/auth/refresh",
                    null,
                    ApiClient.json(Map.of("refreshToken", refreshToken)))
                .status())
        .isEqualTo(401);
  }

  @Test
  void aRateLimitHoldsAcrossInstances_andASpoofedForwardedForIsIgnored() {
    Map<String, String> limited =
        Map.of("RATE_LIMIT_ENABLED", "true", "RATE_LIMIT_LOGIN_IP", "6/1m");
    ApiClient a = instance(limited);
    ApiClient b = instance(limited);

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ApiClient api = i % 2 == 0 ? a : b;
      HttpRequest request =
          api.request("/api/v1/auth/login")
              .header("Content-Type", "application/json")
              // Not from a trusted proxy: the server must not believe this header.
              .header("X-Forwarded-For", "198.51.100." + i)
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      ApiClient.json(
                          Map.of("email", "nobody" + i + "@example.com", "password", "wrong-1"))))
              .build();
      statuses.add(api.send(request).status());
    }

    assertThat(statuses.subList(0, 6)).containsOnly(401);
    assertThat(statuses.subList(6, 12)).containsOnly(429);
  }

  @Test
  void withRedisGone_everyRequestIsServed_healthSaysDegraded_andItRecovers() {
    ApiClient a = instance(Map.of());
    ApiClient b = instance(Map.of());
    String token = adminToken(a);
    String listing = "/api/v1/tasks?limit=100";
    a.post("/api/v1/tasks", token, ApiClient.json(Map.of("title", "Before the outage")));
    b.get(listing, token);
    assertThat(b.get(listing, token).header("X-Cache")).contains("HIT");

    redis.pause();

    for (ApiClient api : List.of(a, b)) {
      ApiClient.Response health = api.get("/health", null);
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().get("status").asText()).isEqualTo("DEGRADED");
      assertThat(health.json().get("checks").get("cache").asText()).isEqualTo("DOWN");
      assertThat(health.json().get("checks").get("database").asText()).isEqualTo("UP");
      assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
    }
    for (int i = 0; i < 20; i++) {
      ApiClient writer = i % 2 == 0 ? a : b;
      ApiClient reader = i % 2 == 0 ? b : a;
      ApiClient.Response created =
          writer.post("/api/v1/tasks", token, ApiClient.json(Map.of("title", "During " + i)));
      assertThat(created.status()).as(created.text()).isEqualTo(201);
      ApiClient.Response read = reader.get(listing, token);
      assertThat(read.status()).isEqualTo(200);
      assertThat(read.header("X-Cache")).contains("MISS");
      assertThat(titles(read)).contains("During " + i);
    }
    // A session still ends on the instance that is told (its local copy of the denylist).
    JsonNode session = b.session(ServerExtension.ADMIN_EMAIL, ServerExtension.ADMIN_PASSWORD);
    String ended = session.get("token").asText();
    ApiClient.Response out =
        b.post(
            "/api/v1/auth/logout",
            ended,
            ApiClient.json(Map.of("refreshToken", session.get("refreshToken").asText())));
    assertThat(out.status()).as(out.text()).isEqualTo(200);
    assertThat(b.get("/api/v1/users/me", ended).status()).isEqualTo(401);

    redis.resume();

    for (ApiClient api : List.of(a, b)) {
      awaitHealth(api, body -> "OK".equals(body.get("status").asText()));
    }
    // The writer settles what it owes Redis before it reads from it again; then its write is
    // visible to every instance, although Redis came back with its pre-outage entries.
    assertThat(titles(a.get(listing, token))).contains("During 19");
    assertThat(titles(b.get(listing, token))).contains("During 18", "During 19");
    a.post("/api/v1/tasks", token, ApiClient.json(Map.of("title", "After the outage")));
    assertThat(titles(b.get(listing, token))).contains("After the outage");
  }

  /** Polls {@code /health} for up to ten seconds until its body satisfies {@code condition}. */
  private static void awaitHealth(ApiClient api, Predicate<JsonNode> condition) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    JsonNode body = api.get("/health", null).json();
    while (!condition.test(body) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      body = api.get("/health", null).json();
    }
    assertThat(condition).as("health %s", body).accepts(body);
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
