package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {
  @Test
  void findsMetricNames_notFunctionsLabelsOrKeywords() {
    String expression =
        "histogram_quantile(0.99, sum by (le, route) (rate(http_server_requests_seconds_bucket"
            + "{job=\"primetrade\", status=~\"5..\"}[$__rate_interval]))) > 1"
            + " or sum(increase(hikaricp_connections_timeout_total[5m])) by (instance) > 0"
            + " and on(instance) up == 0 unless primetrade_redis_up offset 5m";

    assertThat(PromQl.metricNames(expression))
        .containsExactlyInAnyOrder(
            "http_server_requests_seconds_bucket",
            "hikaricp_connections_timeout_total",
            "up",
            "primetrade_redis_up");
  }

  @Test
  void readsTheSamplesOfAScrape() {
    PrometheusText text =
        PrometheusText.parse(
            "# TYPE primetrade_logins_total counter\n"
                + "primetrade_logins_total{result=\"success\"} 3.0\n"
                + "primetrade_logins_total{result=\"failure\"} 2.0\n"
                + "process_uptime_seconds 12.5\n");

    assertThat(text.names()).containsExactly("primetrade_logins_total", "process_uptime_seconds");
    assertThat(text.sum("primetrade_logins_total", java.util.Map.of())).isEqualTo(5.0);
    assertThat(text.sum("primetrade_logins_total", java.util.Map.of("result", "failure")))
        .isEqualTo(2.0);
  }
}
