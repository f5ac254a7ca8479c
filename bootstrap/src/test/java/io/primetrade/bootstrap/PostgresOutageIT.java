package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.adapters.persistence.postgres.TestPostgres;
import io.primetrade.bootstrap.ApiClient.Response;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL server that goes away under a running API, through a proxy the test cuts: the same
 * answers as a lost SQLite database (health 503, requests 503 in the envelope), each within the
 * connect timeout rather than a hang, and service again once the server is back.
 */
class PostgresOutageIT {
  /** The connect timeout (5 s) plus a generous margin for a loaded machine; never a hang. */
  private static final Duration PROMPT = Duration.ofSeconds(15);

  @TempDir Path directory;

  @Test
  @Timeout(180)
  void serverDownOrSilent_gives503OnHealthAndRequests_promptly_andRecovers() throws Exception {
    TestPostgres.Database database = TestPostgres.shared().newDatabase();
    URI server = URI.create(database.url().substring("jdbc:".length()));
    try (TcpProxy proxy =
        TcpProxy.to(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort())) {
      Map<String, String> env = ServerExtension.baseEnvironment(directory.resolve("unused.db"));
      env.putAll(
          AdminCliRunner.postgresEnvironment(
              new TestPostgres.Database(
                  database.name(),
                  database
                      .url()
                      .replace(
                          server.getHost() + ":" + server.getPort(), "127.0.0.1:" + proxy.port()),
                  database.user(),
                  database.password())));
      try (PrimeTradeServer api = PrimeTradeServer.start(AppConfig.fromEnv(env))) {
        ApiClient client = new ApiClient(api.port());
        String token = client.login(ServerExtension.ADMIN_EMAIL, ServerExtension.ADMIN_PASSWORD);
        String taskId =
            client
                .post("/api/v1/tasks", token, "{\"title\":\"Outlives the outage\"}")
                .data()
                .get("id")
                .asText();

        for (TcpProxy.Mode outage :
            new TcpProxy.Mode[] {TcpProxy.Mode.CLOSE, TcpProxy.Mode.SILENT}) {
          proxy.switchTo(outage);

          assertUnavailable(client, token, outage);

          proxy.switchTo(TcpProxy.Mode.FORWARD);
          awaitRecovery(client, token, taskId);
        }
      }
    }
  }

  private static void assertUnavailable(ApiClient client, String token, TcpProxy.Mode outage) {
    Instant start = Instant.now();
    Response health = client.get("/health", null);
    assertThat(Duration.between(start, Instant.now())).as("health, %s", outage).isLessThan(PROMPT);
    assertThat(health.status()).as("health, %s", outage).isEqualTo(503);
    assertThat(health.json().get("status").asText()).isEqualTo("DOWN");
    assertThat(health.json().get("checks").get("database").asText()).isEqualTo("DOWN");

    // A listing not read before: the task cache cannot answer it, the database must.
    start = Instant.now();
    Response list = client.get("/api/v1/tasks?limit=" + (50 + outage.ordinal()), token);
    assertThat(Duration.between(start, Instant.now())).as("list, %s", outage).isLessThan(PROMPT);
    assertThat(list.status()).as("list, %s: %s", outage, list.text()).isEqualTo(503);
    assertThat(list.json().get("success").asBoolean()).isFalse();
    assertThat(list.json().get("message").asText()).isNotBlank();
    assertThat(list.text()).doesNotContain("Exception").doesNotContain("postgresql");
    assertThat(list.header("Retry-After")).isPresent();

    start = Instant.now();
    Response create = client.post("/api/v1/tasks", token, "{\"title\":\"Lost in the outage\"}");
    assertThat(Duration.between(start, Instant.now())).as("create, %s", outage).isLessThan(PROMPT);
    assertThat(create.status()).as("create, %s: %s", outage, create.text()).isEqualTo(503);
    assertThat(create.json().get("success").asBoolean()).isFalse();
  }

  /** The pool makes new connections once the server answers again; no restart is needed. */
  private static void awaitRecovery(ApiClient client, String token, String taskId)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    Response health = client.get("/health", null);
    while (health.status() != 200 && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      health = client.get("/health", null);
    }
    assertThat(health.status()).as("health after the outage: %s", health.text()).isEqualTo(200);
    Response task = client.get("/api/v1/tasks/" + taskId, token);
    assertThat(task.status()).as("%s", task.text()).isEqualTo(200);
    assertThat(task.data().get("title").asText()).isEqualTo("Outlives the outage");
    Response list = client.get("/api/v1/tasks", token);
    assertThat(list.json().get("meta").get("total").asInt()).isEqualTo(1);
  }
}
