package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.primetrade.bootstrap.ApiClient.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What the server logs: one access line per request with its request id, and never a secret. */
class LogsIT {
  private static final String USER_PASSWORD = "very-secret-pw-42";
  private static final String METRICS_TOKEN = "metrics-token-never-logged-1234";

  @TempDir Path directory;

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Logger root;

  @BeforeEach
  void capture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    captured.setContext(context);
    captured.start();
    root.addAppender(captured);
  }

  @AfterEach
  void release() {
    root.detachAppender(captured);
  }

  private static Map<String, String> environment(Path database) {
    Map<String, String> env = ServerExtension.baseEnvironment(database);
    env.put("METRICS_TOKEN", METRICS_TOKEN);
    return env;
  }

  private static String everything(ILoggingEvent event) {
    StringBuilder text = new StringBuilder(event.getFormattedMessage());
    text.append(' ').append(event.getMDCPropertyMap());
    if (event.getThrowableProxy() != null) {
      text.append(' ').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
    }
    return text.toString();
  }

  @Test
  void accessLinesCarryRouteStatusUserAndRequestId_andNoSecretIsEverLogged() {
    List<String> secrets;
    try (PrimeTradeServer server =
        PrimeTradeServer.start(AppConfig.fromEnv(environment(directory.resolve("logs.db"))))) {
      ApiClient api = new ApiClient(server.port());
      Response registered =
          api.post(
              "/api/v1/auth/register",
              null,
              ApiClient.json(
                  Map.of(
                      "username",
                      "logged",
                      "email",
                      "logged@example.com",
                      "password",
                      USER_PASSWORD)));
      String token = registered.data().get("token").asText();
      String adminToken = api.login(ServerExtension.ADMIN_EMAIL, ServerExtension.ADMIN_PASSWORD);
      api.post(
          "/api/v1/auth/login",
          null,
          ApiClient.json(
              Map.of("email", "logged@example.com", "password", "wrong-" + USER_PASSWORD)));
      api.send(
          ApiClient.authorized(
                  api.request("/api/v1/tasks/00000000-0000-4000-8000-000000000000"), token)
              .header("X-Request-ID", "trace-logs-1")
              .GET()
              .build());
      api.get("/api/v1/tasks", token + "tampered");
      api.post("/api/v1/tasks", adminToken, "{\"title\":\"Logged task\"}");
      assertThat(api.get("/metrics", METRICS_TOKEN).status()).isEqualTo(200);
      assertThat(api.get("/metrics", METRICS_TOKEN + "-wrong").status()).isEqualTo(401);
      secrets =
          List.of(
              USER_PASSWORD,
              ServerExtension.ADMIN_PASSWORD,
              ServerExtension.JWT_SECRET,
              token,
              adminToken,
              token.split("\\.")[2],
              METRICS_TOKEN,
              "$2a$");
    }

    List<ILoggingEvent> events = List.copyOf(captured.list);
    for (ILoggingEvent event : events) {
      String text = everything(event);
      for (String secret : secrets) {
        assertThat(text).as("a log line holds a secret").doesNotContain(secret);
      }
    }
    ILoggingEvent notFound =
        events.stream()
            .filter(e -> e.getLoggerName().equals("io.primetrade.access"))
            .filter(e -> "trace-logs-1".equals(e.getMDCPropertyMap().get("requestId")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no access line for trace-logs-1"));
    assertThat(notFound.getMDCPropertyMap())
        .containsEntry("method", "GET")
        .containsEntry("route", "/api/v1/tasks/{id}")
        .containsEntry("status", "404")
        .containsKeys("durationMs", "bytes", "clientIp", "userId");
    assertThat(notFound.getFormattedMessage()).contains("/api/v1/tasks/{id}").contains("404");
    long accessLines =
        events.stream().filter(e -> e.getLoggerName().equals("io.primetrade.access")).count();
    assertThat(accessLines).isGreaterThanOrEqualTo(6);
  }
}
