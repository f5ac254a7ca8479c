package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.primetrade.adapters.http.javalin.HttpSettings;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment files: docker-compose.yml (validated by Debian's {@code docker-compose}, which
 * needs no Docker engine), the PostgreSQL override, {@code .env.example}, the Dockerfile and the
 * nginx configuration (checked by {@code nginx -t}). The programs are installed by {@code .ci/run};
 * where they are missing, the tests that need them are skipped, except on CI, where they fail.
 */
class DeploymentFilesTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final String SECRET = "compose-test-secret-0123456789abcdef0123";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path dir;

  @Test
  void compose_isValid_andWiresTheTopology() throws Exception {
    JsonNode config = compose(Map.of("JWT_SECRET", SECRET), "docker-compose.yml");
    JsonNode services = config.get("services");
    JsonNode api = services.get("api");
    JsonNode nginx = services.get("nginx");

    // Scalable: no host port, no container name; the SQLite file on a named volume.
    assertThat(api.has("ports")).isFalse();
    assertThat(api.has("container_name")).isFalse();
    assertThat(api.get("volumes").toString()).contains("sqlite-data:/data");
    assertThat(config.get("volumes").has("sqlite-data")).isTrue();
    assertThat(api.at("/environment/DATABASE_URL").asText())
        .isEqualTo("jdbc:sqlite:/data/primetrade.db");
    assertThat(api.at("/environment/REDIS_URL").asText()).isEqualTo("redis://redis:6379");
    assertThat(api.at("/environment/JWT_SECRET").asText()).isEqualTo(SECRET);
    assertThat(api.at("/environment/MANAGEMENT_PORT").asText()).isEqualTo("9464");
    assertThat(nginx.at("/ports/0/published").asText()).isEqualTo("8080");
    assertThat(nginx.at("/ports/0/target").asText()).isEqualTo("8080");

    // The API trusts nginx alone: its fixed address, outside the range replicas are given.
    String nginxAddress = nginx.at("/networks/backend/ipv4_address").asText();
    assertThat(api.at("/environment/TRUSTED_PROXIES").asText()).isEqualTo(nginxAddress);
    JsonNode ipam = config.at("/networks/backend/ipam/config/0");
    assertThat(inCidr(nginxAddress, ipam.get("subnet").asText())).isTrue();
    assertThat(inCidr(nginxAddress, ipam.get("ip_range").asText())).isFalse();

    // Healthchecks, and nothing starts before what it needs is healthy.
    for (String service : List.of("api", "redis", "nginx", "postgres")) {
      assertThat(services.at("/" + service + "/healthcheck/test").isMissingNode())
          .as("healthcheck of %s", service)
          .isFalse();
    }
    assertThat(api.at("/depends_on/redis/condition").asText()).isEqualTo("service_healthy");
    assertThat(nginx.at("/depends_on/api/condition").asText()).isEqualTo("service_healthy");
    assertThat(nginx.get("volumes").toString())
        .contains(REPO.resolve("nginx/nginx.conf") + ":/etc/nginx/nginx.conf:ro")
        .contains(REPO.resolve("nginx/primetrade") + ":/etc/nginx/primetrade:ro");

    // Profiles: monitoring (the files other work provides) and postgres.
    assertThat(services.at("/prometheus/profiles").toString()).contains("monitoring");
    assertThat(services.at("/grafana/profiles").toString()).contains("monitoring");
    assertThat(services.at("/prometheus/volumes").toString())
        .contains(
            REPO.resolve("deploy/monitoring/prometheus.yml") + ":/etc/prometheus/prometheus.yml")
        .contains(REPO.resolve("deploy/monitoring/alerts.yml") + ":/etc/prometheus/alerts.yml");
    assertThat(services.at("/grafana/volumes").toString())
        .contains(
            REPO.resolve("deploy/monitoring/grafana/provisioning") + ":/etc/grafana/provisioning")
        .contains(REPO.resolve("deploy/monitoring/grafana/dashboards") + ":");
    assertThat(services.at("/postgres/profiles").toString()).contains("postgres");
    assertThat(services.at("/postgres/volumes").toString()).contains("postgres-data:");
  }

  @Test
  void postgresOverride_pointsTheReplicasAtPostgres() throws Exception {
    JsonNode api =
        compose(
                Map.of("JWT_SECRET", SECRET, "POSTGRES_PASSWORD", "pg-secret"),
                "docker-compose.yml",
                "docker-compose.postgres.yml")
            .at("/services/api");

    assertThat(api.at("/environment/DATABASE_URL").asText())
        .isEqualTo("jdbc:postgresql://postgres:5432/primetrade");
    assertThat(api.at("/environment/DATABASE_PASSWORD").asText()).isEqualTo("pg-secret");
    assertThat(api.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
  }

  @Test
  void compose_withoutJwtSecret_refusesToStart() throws Exception {
    Run run = dockerCompose(Map.of(), "-f", "docker-compose.yml", "config", "-q");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.output()).contains("JWT_SECRET");
  }

  @Test
  void envExample_holdsNoSecret_andCoversWhatComposeAsksFor() throws IOException {
    Map<String, String> example = envFile(REPO.resolve(".env.example"));

    for (String secret :
        List.of("JWT_SECRET", "ADMIN_PASSWORD", "POSTGRES_PASSWORD", "GRAFANA_ADMIN_PASSWORD")) {
      assertThat(example).containsEntry(secret, "");
    }
    String compose =
        Files.readString(REPO.resolve("docker-compose.yml"))
            + Files.readString(REPO.resolve("docker-compose.postgres.yml"));
    Matcher variable = Pattern.compile("\\$\\{([A-Z_]+)[:}]").matcher(compose);
    while (variable.find()) {
      assertThat(example).as("documented in .env.example").containsKey(variable.group(1));
    }
    assertThat(Files.readString(REPO.resolve(".gitignore")).lines()).contains(".env");
    assertThat(Files.readString(REPO.resolve(".dockerignore")).lines())
        .contains(".env", ".git", "**/target/");
  }

  @Test
  void dockerfile_buildsThenRunsTheJarAsAnUnprivilegedUser() throws IOException {
    String dockerfile = Files.readString(REPO.resolve("Dockerfile"));

    assertThat(dockerfile)
        .containsPattern("(?m)^FROM eclipse-temurin:\\d+-jdk AS build$")
        .containsPattern("(?m)^FROM eclipse-temurin:\\d+-jre$")
        .containsPattern("(?m)^USER primetrade$")
        .containsPattern("(?m)^HEALTHCHECK ")
        .containsPattern("(?m)^VOLUME /data$")
        .contains("COPY --from=build /primetrade.jar /app/primetrade.jar")
        .contains("-XX:+ExitOnOutOfMemoryError");
  }

  /**
   * The JVM settings README recommends are those the image runs with and the benchmark measures.
   */
  @Test
  void recommendedJvmSettings_areTheSameInReadmeDockerfileAndBenchmark() throws IOException {
    String settings = "-XX:+UseSerialGC -Xmx128m -Xss512k";

    assertThat(Files.readString(REPO.resolve("README.md")))
        .contains("MALLOC_ARENA_MAX=2 java " + settings + " -jar bootstrap/target/primetrade.jar");
    assertThat(Files.readString(REPO.resolve("Dockerfile")))
        .contains("JAVA_TOOL_OPTIONS=\"" + settings + " ")
        .containsPattern("(?m)^\\s+MALLOC_ARENA_MAX=2 ");
    assertThat(Files.readString(REPO.resolve("bench/run.sh")))
        .contains("SERVER_JVM=${SERVER_JVM-" + settings + "}")
        .contains("MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}");
  }

  @Test
  void nginx_sharesItsSettingsBetweenDockerAndTheLocalCluster() throws IOException {
    String docker = Files.readString(REPO.resolve("nginx/nginx.conf"));
    String local = Files.readString(REPO.resolve("nginx/local-cluster.conf.template"));
    String http = Files.readString(REPO.resolve("nginx/primetrade/http.conf"));

    assertThat(docker).contains("include primetrade/http.conf;", "include primetrade/server.conf;");
    assertThat(local)
        .contains("include @CONF@/primetrade/http.conf;", "include @CONF@/primetrade/server.conf;");
    // Docker's DNS, re-read, so that scaling the replicas needs no nginx restart.
    assertThat(docker).contains("resolver 127.0.0.11").containsPattern("server api:3000 resolve ");
    for (String config : List.of(docker, local)) {
      assertThat(config)
          .contains("upstream primetrade_api {", "max_fails=3 fail_timeout=10s", "keepalive 32;");
    }
    // The same body limit as the API; a POST is never handed to a second replica.
    assertThat(http)
        .contains("client_max_body_size " + HttpSettings.DEFAULT_MAX_BODY_BYTES / 1024 + "k;");
    assertThat(http)
        .containsPattern("(?m)^proxy_next_upstream error timeout")
        .doesNotContain("non_idempotent;");
  }

  @Test
  void nginx_acceptsTheRenderedLocalConfiguration_andTheDockerOne() throws Exception {
    Path nginx = program("nginx");

    Run local =
        run(
            Map.of(
                "CLUSTER_DIR", dir.resolve("cluster").toString(),
                "NGINX_BIN", nginx.toString(),
                "PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")),
            List.of("bash", REPO.resolve("deploy/local-cluster.sh").toString(), "nginx-config"));
    assertThat(local.exitCode()).as(local.output()).isZero();
    assertThat(local.output()).contains("test is successful");
    assertThat(Files.readString(dir.resolve("cluster/nginx/nginx.conf")))
        .contains("server 127.0.0.1:3001 max_fails=3 fail_timeout=10s;")
        .doesNotContain("@");

    // The Docker file, with what only Docker provides swapped for loopback stand-ins: the name
    // "api" (and "resolve", which Debian's nginx 1.22 predates), the log and pid paths.
    Path conf = Files.createDirectories(dir.resolve("docker"));
    Files.createSymbolicLink(conf.resolve("primetrade"), REPO.resolve("nginx/primetrade"));
    Files.writeString(
        conf.resolve("nginx.conf"),
        Files.readString(REPO.resolve("nginx/nginx.conf"))
            .replace("server api:3000 resolve ", "server 127.0.0.1:3000 ")
            .replace("/var/run/nginx.pid", conf.resolve("nginx.pid").toString())
            .replace("/dev/stderr", conf.resolve("error.log").toString())
            .replace("/dev/stdout", conf.resolve("access.log").toString()));
    Run docker =
        run(
            Map.of(),
            List.of(
                nginx.toString(),
                "-t",
                "-p",
                conf + "/",
                "-e",
                conf.resolve("error.log").toString(),
                "-c",
                conf.resolve("nginx.conf").toString()));
    assertThat(docker.exitCode()).as(docker.output()).isZero();
  }

  private JsonNode compose(Map<String, String> env, String... files) throws Exception {
    List<String> args = new ArrayList<>();
    for (String file : files) {
      args.add("-f");
      args.add(file);
    }
    args.add("config");
    Run run = dockerCompose(env, args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.output()).isZero();
    return YAML.readTree(run.output());
  }

  /** docker-compose in the repository, reading .env.example as its .env file. */
  private Run dockerCompose(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(program("docker-compose").toString());
    command.addAll(List.of("--project-directory", REPO.toString()));
    command.addAll(List.of("--env-file", REPO.resolve(".env.example").toString()));
    command.addAll(List.of(args));
    Map<String, String> environment = new LinkedHashMap<>(env);
    environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    environment.put("HOME", dir.toString());
    return run(environment, command);
  }

  private record Run(int exitCode, String output) {}

  private Run run(Map<String, String> env, List<String> command) throws Exception {
    Path output = Files.createTempFile(dir, "run", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(REPO.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(command + " took over a minute");
    }
    return new Run(process.exitValue(), Files.readString(output));
  }

  /** A program on PATH or in an sbin directory; missing skips the test, or fails it on CI. */
  private static Path program(String name) {
    List<String> directories =
        new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
    directories.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/sbin"));
    Optional<Path> found =
        directories.stream()
            .filter(directory -> !directory.isEmpty())
            .map(directory -> Path.of(directory, name))
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isPresent()) {
      return found.get();
    }
    String message = name + " is not installed (Debian: see .ci/run)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message);
    throw new IllegalStateException(message);
  }

  private static Map<String, String> envFile(Path file) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      values.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
    }
    return values;
  }

  private static boolean inCidr(String address, String cidr) throws IOException {
    String[] parts = cidr.split("/");
    int bits = Integer.parseInt(parts[1]);
    BigInteger network = new BigInteger(1, InetAddress.getByName(parts[0]).getAddress());
    BigInteger host = new BigInteger(1, InetAddress.getByName(address).getAddress());
    return network.shiftRight(32 - bits).equals(host.shiftRight(32 - bits));
  }
}
