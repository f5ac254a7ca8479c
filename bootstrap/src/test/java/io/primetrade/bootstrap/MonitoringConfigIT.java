package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.primetrade.adapters.cache.redis.TestRedis;
import io.primetrade.bootstrap.ApiClient.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server as the {@code monitoring} compose profile runs it (metrics on a management port, with
 * Redis), against the files under {@code deploy/monitoring/}: the port and token are enforced, the
 * files parse, and every metric the alert rules and the dashboard read exists in a real scrape.
 */
class MonitoringConfigIT {
  private static final String TOKEN = "management-token-0123456789";
  private static final Path MONITORING =
      Path.of(System.getProperty("user.dir")).getParent().resolve("deploy/monitoring");

  /** Made by Prometheus for each target, not by the application. */
  private static final Set<String> PROMETHEUS_MADE = Set.of("up");

  private static final TestRedis REDIS = TestRedis.start();

  @RegisterExtension
  static final ServerExtension SERVER =
      ServerExtension.withEnv(
          Map.of(
              "REDIS_URL",
              REDIS.uri().toString(),
              "REDIS_TIMEOUT",
              "2s",
              "MANAGEMENT_PORT",
              "0",
              "METRICS_TOKEN",
              TOKEN));

  @AfterAll
  static void stopRedis() {
    REDIS.close();
  }

  private ApiClient management() {
    return new ApiClient(SERVER.server().managementPort().orElseThrow());
  }

  private String scrape() {
    // Some traffic first, so that request, cache and database series exist.
    String id = SERVER.createTask(Map.of("title", "Monitored task")).get("id").asText();
    SERVER.client().get("/api/v1/tasks/" + id, SERVER.adminToken());
    SERVER.client().get("/api/v1/tasks/" + id, SERVER.adminToken());
    Response response = management().get("/metrics", TOKEN);
    assertThat(response.status()).isEqualTo(200);
    return response.text();
  }

  @Test
  void metricsAreOnlyOnTheManagementPort_behindTheToken() {
    assertThat(SERVER.server().managementPort().orElseThrow()).isNotEqualTo(SERVER.server().port());
    Response publicPort = SERVER.client().get("/metrics", TOKEN);
    Response noToken = management().get("/metrics", null);

    assertThat(publicPort.status()).isEqualTo(404);
    assertThat(publicPort.text()).doesNotContain("jvm_");
    assertThat(noToken.status()).isEqualTo(401);
    assertThat(management().get("/metrics", TOKEN).text()).contains("primetrade_redis_up 1.0");
  }

  @Test
  void prometheusConfig_scrapesTheApiServiceOnTheManagementPort() throws IOException {
    JsonNode config = yaml("prometheus.yml");

    JsonNode job = config.get("scrape_configs").get(0);
    assertThat(job.get("metrics_path").asText()).isEqualTo("/metrics");
    JsonNode dns = job.get("dns_sd_configs").get(0);
    assertThat(dns.get("names")).containsExactly(new ObjectMapper().valueToTree("api"));
    assertThat(dns.get("type").asText()).isEqualTo("A");
    assertThat(dns.get("port").asInt()).isEqualTo(9464);
    assertThat(config.get("rule_files").get(0).asText()).endsWith("alerts.yml");
  }

  @Test
  void grafanaProvisioning_namesThePrometheusSourceAndTheDashboards() throws IOException {
    JsonNode source = yaml("grafana/provisioning/datasources/prometheus.yml");
    JsonNode dashboards = yaml("grafana/provisioning/dashboards/primetrade.yml");
    JsonNode dashboard = json("grafana/dashboards/primetrade.json");

    assertThat(source.at("/datasources/0/type").asText()).isEqualTo("prometheus");
    assertThat(source.at("/datasources/0/url").asText()).isEqualTo("http://prometheus:9090");
    assertThat(dashboards.at("/providers/0/type").asText()).isEqualTo("file");
    assertThat(dashboards.at("/providers/0/options/path").asText()).isNotBlank();
    // Every panel's data source is the provisioned one.
    String uid = source.at("/datasources/0/uid").asText();
    for (JsonNode panel : dashboard.get("panels")) {
      if (!panel.get("type").asText().equals("row")) {
        assertThat(panel.at("/datasource/uid").asText())
            .as(panel.get("title").asText())
            .isEqualTo(uid);
      }
    }
  }

  @Test
  void alertRules_coverErrorsLatencyRedisAndTheDatabase() throws IOException {
    List<String> alerts = new ArrayList<>();
    for (JsonNode rule : yaml("alerts.yml").at("/groups/0/rules")) {
      alerts.add(rule.get("alert").asText());
      assertThat(rule.get("expr").asText()).isNotBlank();
      assertThat(rule.at("/labels/severity").asText()).isIn("warning", "critical");
      assertThat(rule.at("/annotations/summary").asText()).isNotBlank();
    }
    assertThat(alerts)
        .contains(
            "PrimeTradeHigh5xxRate",
            "PrimeTradeHighP99Latency",
            "PrimeTradeRedisDown",
            "PrimeTradeDatabaseErrors");
  }

  @Test
  void everyMetricInTheAlertsAndTheDashboard_existsInARealScrape() throws IOException {
    Set<String> used = new TreeSet<>();
    for (JsonNode group : yaml("alerts.yml").get("groups")) {
      for (JsonNode rule : group.get("rules")) {
        used.addAll(PromQl.metricNames(rule.get("expr").asText()));
      }
    }
    JsonNode dashboard = json("grafana/dashboards/primetrade.json");
    int expressions = 0;
    for (JsonNode panel : dashboard.get("panels")) {
      for (JsonNode target : panel.path("targets")) {
        used.addAll(PromQl.metricNames(target.get("expr").asText()));
        expressions++;
      }
    }
    for (JsonNode variable : dashboard.at("/templating/list")) {
      // label_values(<selector>, <label>): the label is not a metric.
      String definition = variable.get("definition").asText().replaceAll(",\\s*\\w+\\)$", ")");
      used.addAll(PromQl.metricNames(definition));
    }
    used.removeAll(PROMETHEUS_MADE);
    assertThat(expressions).isGreaterThan(20);
    assertThat(used).hasSizeGreaterThan(20);

    Set<String> scraped = PrometheusText.parse(scrape()).names();

    assertThat(scraped).containsAll(used);
  }

  private static JsonNode yaml(String file) throws IOException {
    return new YAMLMapper().readTree(Files.readString(MONITORING.resolve(file)));
  }

  private static JsonNode json(String file) throws IOException {
    return new ObjectMapper().readTree(Files.readString(MONITORING.resolve(file)));
  }
}
