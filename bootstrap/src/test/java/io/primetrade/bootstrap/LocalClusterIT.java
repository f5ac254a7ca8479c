package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment of docker-compose.yml, without Docker: {@code deploy/local-cluster.sh} starts a
 * redis-server, three processes of the packaged jar sharing one SQLite file, and nginx (Debian's
 * package) with the repository's configuration, all on loopback. The tests talk to nginx as clients
 * do, and to single instances by their own ports where they must pick one.
 *
 * <p>Needs {@code nginx}, {@code redis-server} and {@code sqlite3} (installed by {@code .ci/run}).
 * Without them the class is skipped, unless {@code CI=true}, where it fails.
 */
@TestMethodOrder(OrderAnnotation.class)
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class LocalClusterIT {
  private static final Path SCRIPT =
      Path.of("..", "deploy", "local-cluster.sh").toAbsolutePath().normalize();
  private static final Path JAR = Path.of("target", "primetrade.jar").toAbsolutePath();
  private static final String ADMIN_EMAIL = "admin@example.com";
  private static final String ADMIN_PASSWORD = "cluster-admin-password";
  private static final int LOGIN_LIMIT = 5;
  private static final List<String> INSTANCES = List.of("api-1", "api-2", "api-3");

  @TempDir static Path dir;

  private static Map<String, String> env;
  private static Path database;
  private static Http nginx;
  private static List<Http> instances;
  private static String adminToken;

  @BeforeAll
  static void startCluster() throws Exception {
    requirePrograms("nginx", "redis-server", "sqlite3");
    assertThat(JAR).as("the packaged jar").exists();
    Path clusterDir = dir.resolve("cluster");
    database = clusterDir.resolve("data").resolve("primetrade.db");
    List<Integer> ports = freePorts(5);
    env = new LinkedHashMap<>();
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin");
    env.put("HOME", dir.toString());
    env.put("CLUSTER_DIR", clusterDir.toString());
    env.put("PRIMETRADE_JAR", JAR.toString());
    env.put("JAVA_BIN", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.put("NGINX_PORT", ports.get(0).toString());
    env.put("API_PORTS", ports.get(1) + " " + ports.get(2) + " " + ports.get(3));
    env.put("REDIS_PORT", ports.get(4).toString());
    env.put("JWT_SECRET", "cluster-test-secret-0123456789abcdef0123456789");
    env.put("ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
    // nginx is the only proxy, on loopback: its X-Forwarded-For is believed.
    env.put("TRUSTED_PROXIES", "127.0.0.1");
    // Four builds may share this machine's two cores: a Redis answer that a busy JVM reads late
    // must not count as Redis being down (which would fall back to per-instance caches and limits).
    env.put("REDIS_TIMEOUT", "2s");
    env.put("RATE_LIMIT_LOGIN_EMAIL", LOGIN_LIMIT + "/1m");
    env.put("RATE_LIMIT_LOGIN_IP", "100000/1m");
    env.put("RATE_LIMIT_API", "1000000/1m");
    env.put("RATE_LIMIT_REGISTER", "100000/1m");
    env.put("RATE_LIMIT_TASK_CREATE", "1000000/1m");

    assertThat(database).as("a new database file").doesNotExist();
    Script start = script(Duration.ofMinutes(3), "start");
    assertThat(start.exitCode()).as("start:%n%s", start.output()).isZero();

    nginx = new Http(ports.get(0));
    instances = List.of(new Http(ports.get(1)), new Http(ports.get(2)), new Http(ports.get(3)));
    Http.Answer login =
        nginx.post(
            "/api/v1/auth/login",
            null,
            ApiClient.json(Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)));
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    adminToken = login.json().at("/data/token").asText();
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (env == null) {
      return;
    }
    Script stop = script(Duration.ofMinutes(2), "stop");
    assertThat(stop.exitCode()).as("stop:%n%s", stop.output()).isZero();
    // Everything it started is gone: nobody listens on the cluster's ports any more.
    for (String key : List.of("NGINX_PORT", "API_PORTS", "REDIS_PORT")) {
      for (String port : env.get(key).split(" ")) {
        assertThat(listens(Integer.parseInt(port)))
            .as("something still on port %s", port)
            .isFalse();
      }
    }
  }

  @Test
  @Order(0)
  void instancesStartedTogetherOnANewFile_migratedItOnce() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT version, count(*), min(success) FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL GROUP BY version")) {
      int versions = 0;
      while (rows.next()) {
        versions++;
        assertThat(rows.getInt(2)).as("runs of V%s", rows.getString(1)).isEqualTo(1);
        assertThat(rows.getInt(3)).as("success of V%s", rows.getString(1)).isEqualTo(1);
      }
      assertThat(versions).isGreaterThanOrEqualTo(3);
    }
    for (String instance : INSTANCES) {
      assertThat(log(instance)).doesNotContain(" ERROR ").contains("listening");
    }
  }

  @Test
  @Order(1)
  void requestsAreSpreadOverAllInstances() {
    Map<String, Integer> answeredBy = new TreeMap<>();
    for (int i = 0; i < 30; i++) {
      Http.Answer answer = nginx.get("/api/v1/tasks?limit=1", adminToken);
      assertThat(answer.status()).isEqualTo(200);
      answeredBy.merge(answer.instance(), 1, Integer::sum);
    }

    assertThat(answeredBy.keySet()).containsExactlyElementsOf(INSTANCES);
    // Round-robin: each instance takes a fair share, not a stray request.
    assertThat(answeredBy.values())
        .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(5));
  }

  @Test
  @Order(2)
  void writeThroughOneInstance_isReadAtOnceThroughTheOthers() {
    Http writer = instances.get(0);
    List<Http> readers = instances.subList(1, 3);
    String list = "/api/v1/tasks?limit=100&sort=-createdAt";
    // The readers have the list cached before the write (the cache is shared: the second read,
    // wherever it lands, is a hit).
    for (Http reader : readers) {
      reader.get(list, adminToken);
    }
    for (Http reader : readers) {
      Http.Answer cached = reader.get(list, adminToken);
      assertThat(cached.status()).isEqualTo(200);
      assertThat(cached.header("X-Cache")).contains("HIT");
    }

    Http.Answer created = writer.post("/api/v1/tasks", adminToken, task("Written on api-1"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.instance()).isEqualTo("api-1");
    String id = created.json().at("/data/id").asText();

    // The write invalidated the shared cache: the first read after it goes to the database.
    assertThat(readers.get(0).get(list, adminToken).header("X-Cache")).contains("MISS");
    for (Http reader : readers) {
      Http.Answer fresh = reader.get(list, adminToken);
      assertThat(fresh.status()).isEqualTo(200);
      assertThat(ids(fresh.json())).contains(id);
      // And the task itself, cached by the readers, then changed by the writer.
      assertThat(reader.get("/api/v1/tasks/" + id, adminToken).status()).isEqualTo(200);
      assertThat(reader.get("/api/v1/tasks/" + id, adminToken).header("X-Cache")).contains("HIT");
    }
    Http.Answer renamed =
        writer.put("/api/v1/tasks/" + id, adminToken, "{\"title\":\"Renamed on api-1\"}");
    assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    for (Http reader : readers) {
      Http.Answer read = reader.get("/api/v1/tasks/" + id, adminToken);
      assertThat(read.json().at("/data/title").asText()).isEqualTo("Renamed on api-1");
      assertThat(read.json().at("/data/version").asLong()).isEqualTo(2);
    }
  }

  @Test
  @Order(3)
  void loginLimitHoldsAcrossInstances() {
    String email = "limited@example.com";
    Http.Answer registered =
        nginx.post(
            "/api/v1/auth/register",
            null,
            ApiClient.json(
                Map.of("username", "limited", "email", email, "password", "limited-password")));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);

    Map<Integer, Integer> statuses = new TreeMap<>();
    Set<String> answeredBy = new HashSet<>();
    for (int i = 0; i < 12; i++) {
      Http.Answer answer =
          nginx.post(
              "/api/v1/auth/login",
              null,
              ApiClient.json(Map.of("email", email, "password", "limited-password")));
      statuses.merge(answer.status(), 1, Integer::sum);
      answeredBy.add(answer.instance());
    }

    assertThat(answeredBy).containsExactlyInAnyOrderElementsOf(INSTANCES);
    assertThat(statuses).containsExactlyEntriesOf(new TreeMap<>(Map.of(200, 5, 429, 7)));
  }

  @Test
  @Order(4)
  void concurrentWritersOnAllInstances_loseNothing() throws Exception {
    Duration duration = Duration.ofSeconds(30);
    Map<String, String> acknowledged = new ConcurrentHashMap<>(); // id -> title
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger updates = new AtomicInteger();
    ExecutorService writers = Executors.newFixedThreadPool(6);
    Instant deadline = Instant.now().plus(duration);
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < 6; w++) {
      Http instance = instances.get(w % 3);
      String writer = "w" + w;
      running.add(
          writers.submit(
              () -> {
                for (int n = 0; Instant.now().isBefore(deadline); n++) {
                  String title = writer + "-" + n;
                  Http.Answer created;
                  try {
                    created = instance.post("/api/v1/tasks", adminToken, task(title));
                  } catch (RuntimeException e) {
                    failures.add(title + ": " + e);
                    continue;
                  }
                  if (created.status() != 201) {
                    failures.add(title + ": " + created.status() + " " + created.body());
                    continue;
                  }
                  String id = created.json().at("/data/id").asText();
                  acknowledged.put(id, title);
                  if (n % 4 == 0) {
                    Http.Answer updated =
                        instance.put(
                            "/api/v1/tasks/" + id, adminToken, "{\"status\":\"in-progress\"}");
                    if (updated.status() == 200) {
                      updates.incrementAndGet();
                    } else {
                      failures.add(title + " update: " + updated.status() + " " + updated.body());
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> writer : running) {
      writer.get(2, TimeUnit.MINUTES);
    }
    writers.shutdown();

    System.out.printf(
        "concurrent writers: %d tasks created, %d updated, %d failures%n",
        acknowledged.size(), updates.get(), failures.size());
    assertThat(failures).as("requests that failed").isEmpty();
    assertThat(acknowledged).hasSizeGreaterThan(100);
    Map<String, String> stored = new HashMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT id, title FROM tasks WHERE title GLOB 'w[0-9]-*'")) {
      while (rows.next()) {
        stored.put(rows.getString(1), rows.getString(2));
      }
    }
    assertThat(stored).containsExactlyInAnyOrderEntriesOf(acknowledged);
    assertThat(updates.get()).isPositive();
    for (String instance : INSTANCES) {
      assertThat(log(instance)).doesNotContain("SQLITE_BUSY").doesNotContain(" ERROR ");
    }
    Script check = script(Duration.ofMinutes(1), "check");
    assertThat(check.exitCode()).as(check.output()).isZero();
    assertThat(check.output().strip()).isEqualTo("ok");
  }

  @Test
  @Order(5)
  void instanceKilledUnderLoad_failsNoRead_replaysNoWrite_andRejoins() throws Exception {
    String known =
        nginx
            .post("/api/v1/tasks", adminToken, task("Read under load"))
            .json()
            .at("/data/id")
            .asText();
    AtomicBoolean loading = new AtomicBoolean(true);
    AtomicBoolean killed = new AtomicBoolean(false);
    ConcurrentLinkedQueue<String> failedReads = new ConcurrentLinkedQueue<>();
    AtomicInteger reads = new AtomicInteger();
    Set<String> servedAfterKill = ConcurrentHashMap.newKeySet();
    Map<String, String> acknowledged = new ConcurrentHashMap<>(); // title -> id
    Set<String> failedWrites = ConcurrentHashMap.newKeySet();
    ExecutorService load = Executors.newFixedThreadPool(6);
    List<Future<?>> running = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      String path = r % 2 == 0 ? "/api/v1/tasks?limit=5" : "/api/v1/tasks/" + known;
      running.add(
          load.submit(
              () -> {
                while (loading.get()) {
                  boolean afterKill = killed.get();
                  try {
                    Http.Answer answer = nginx.get(path, adminToken);
                    reads.incrementAndGet();
                    if (answer.status() != 200) {
                      failedReads.add(path + ": " + answer.status() + " " + answer.body());
                    } else if (afterKill) {
                      servedAfterKill.add(answer.instance());
                    }
                  } catch (RuntimeException e) {
                    failedReads.add(path + ": " + e);
                  }
                }
                return null;
              }));
    }
    for (int w = 0; w < 2; w++) {
      String writer = "k" + w;
      running.add(
          load.submit(
              () -> {
                for (int n = 0; loading.get(); n++) {
                  String title = writer + "-" + n;
                  try {
                    Http.Answer created = nginx.post("/api/v1/tasks", adminToken, task(title));
                    if (created.status() == 201) {
                      acknowledged.put(title, created.json().at("/data/id").asText());
                    } else {
                      failedWrites.add(title);
                    }
                  } catch (RuntimeException e) {
                    failedWrites.add(title);
                  }
                }
                return null;
              }));
    }

    Thread.sleep(3_000);
    Script kill = script(Duration.ofSeconds(30), "stop-instance", "2", "--kill");
    assertThat(kill.exitCode()).as(kill.output()).isZero();
    killed.set(true);
    Thread.sleep(5_000);
    int readsWhileDown = reads.get();

    Script restart = script(Duration.ofMinutes(2), "start-instance", "2");
    assertThat(restart.exitCode()).as(restart.output()).isZero();
    // Passive health: nginx tries the instance again once its fail_timeout (10 s) is over.
    boolean rejoined = false;
    Instant deadline = Instant.now().plusSeconds(60);
    while (!rejoined && Instant.now().isBefore(deadline)) {
      rejoined = "api-2".equals(nginx.get("/health/ready", null).instance());
      if (!rejoined) {
        Thread.sleep(100);
      }
    }
    loading.set(false);
    for (Future<?> task : running) {
      task.get(1, TimeUnit.MINUTES);
    }
    load.shutdown();

    System.out.printf(
        "kill under load: %d reads (%d failed), %d writes acknowledged, %d failed%n",
        reads.get(), failedReads.size(), acknowledged.size(), failedWrites.size());
    assertThat(rejoined).as("api-2 answers through nginx again").isTrue();
    assertThat(failedReads).as("reads that failed").isEmpty();
    assertThat(reads.get()).isGreaterThan(readsWhileDown).isGreaterThan(100);
    assertThat(servedAfterKill).contains("api-1", "api-3");
    assertThat(acknowledged).isNotEmpty();

    Map<String, Integer> rowsPerTitle = new HashMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database);
        PreparedStatement query =
            db.prepareStatement(
                "SELECT title, count(*) FROM tasks WHERE title GLOB 'k[0-9]-*' GROUP BY title");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        rowsPerTitle.put(rows.getString(1), rows.getInt(2));
      }
    }
    for (String title : acknowledged.keySet()) {
      assertThat(rowsPerTitle.get(title)).as("rows for acknowledged %s", title).isEqualTo(1);
    }
    for (String title : failedWrites) {
      assertThat(rowsPerTitle.getOrDefault(title, 0))
          .as("rows for failed %s", title)
          .isLessThanOrEqualTo(1);
    }
    assertThat(rowsPerTitle.values()).allSatisfy(count -> assertThat(count).isEqualTo(1));
  }

  private static String task(String title) {
    return ApiClient.json(Map.of("title", title, "priority", "medium"));
  }

  private static Set<String> ids(JsonNode list) {
    Set<String> ids = new HashSet<>();
    list.get("data").forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  private static String log(String instance) throws IOException {
    return Files.readString(Path.of(env.get("CLUSTER_DIR"), "logs", instance + ".log"));
  }

  /** The programs the cluster needs: missing ones skip the class, or fail it on CI. */
  private static void requirePrograms(String... programs) {
    List<String> missing = new ArrayList<>();
    for (String program : programs) {
      if (find(program).isEmpty()) {
        missing.add(program);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String message =
        "The local cluster needs "
            + missing
            + " (Debian: apt-get install nginx-light redis-server sqlite3; .ci/run installs them)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message);
  }

  private static Optional<Path> find(String program) {
    List<String> directories =
        new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
    directories.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/sbin"));
    return directories.stream()
        .filter(directory -> !directory.isEmpty())
        .map(directory -> Path.of(directory, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private record Script(int exitCode, String output) {}

  private static Script script(Duration timeout, String... args) throws Exception {
    Path output = Files.createTempFile(dir, "script", ".log");
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      fail("local-cluster.sh " + String.join(" ", args) + " took over " + timeout);
    }
    return new Script(process.exitValue(), Files.readString(output));
  }

  private static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }

  private static boolean listens(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (ConnectException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  /** HTTP/1.1 to one port on loopback, as a client of nginx or of one instance. */
  private static final class Http {
    private final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    Http(int port) {
      this.base = URI.create("http://127.0.0.1:" + port);
    }

    record Answer(int status, Map<String, List<String>> headers, String body) {
      Optional<String> header(String name) {
        return headers.entrySet().stream()
            .filter(e -> e.getKey().equalsIgnoreCase(name))
            .flatMap(e -> e.getValue().stream())
            .findFirst();
      }

      String instance() {
        return header("X-Instance-Id").orElse("(none)");
      }

      JsonNode json() {
        try {
          return ApiClient.JSON.readTree(body);
        } catch (IOException e) {
          throw new AssertionError("not JSON: " + body, e);
        }
      }
    }

    Answer get(String path, String token) {
      return send(request(path, token).GET());
    }

    Answer post(String path, String token, String json) {
      return send(
          request(path, token)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String token, String json) {
      return send(
          request(path, token)
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String token) {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
      return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder request) {
      try {
        HttpResponse<String> response =
            client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().map(), response.body());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
