package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.MDC;

/**
 * The console behind Logback's asynchronous appender, as logback.xml configures it: bounded, never
 * dropping a line, the request id kept, and everything queued written out when Logback stops. Each
 * test configures a context of its own from the real logback.xml and reads the console through a
 * replaced {@code System.out}.
 */
class LoggingTest {
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private PrintStream realOut;
  private LoggerContext context;

  @BeforeEach
  void configure() throws JoranException {
    realOut = System.out;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    context = new LoggerContext();
    // The server's MDC, as SLF4J's MDC writes it: a fresh context has no MDC of its own.
    context.setMDCAdapter(MDC.getMDCAdapter());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(LoggingTest.class.getResource("/logback.xml"));
  }

  @AfterEach
  void restore() {
    context.stop();
    System.setOut(realOut);
  }

  @Test
  void console_isBehindABoundedAsyncQueueThatNeverDiscards() {
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);

    assertThat(root.getAppender(Logging.CONSOLE)).isNull();
    assertThat(root.getAppender(Logging.ASYNC))
        .isInstanceOfSatisfying(
            AsyncAppender.class,
            async -> {
              assertThat(async.getQueueSize()).isEqualTo(8192);
              assertThat(async.getDiscardingThreshold()).isZero();
              assertThat(async.isNeverBlock()).isFalse();
              assertThat(async.isIncludeCallerData()).isFalse();
              assertThat(async.getAppender(Logging.CONSOLE)).isInstanceOf(ConsoleAppender.class);
            });
  }

  @Test
  void lineLoggedJustBeforeStop_isWritten_withTheRequestIdOfItsThread() throws Exception {
    Logger log = context.getLogger("io.primetrade.access");
    Thread request =
        new Thread(
            () -> {
              MDC.put("requestId", "req-async-1");
              try {
                log.info("GET /health 200");
              } finally {
                MDC.remove("requestId");
              }
            },
            "request-thread");
    request.start();
    request.join();
    for (int i = 0; i < 1000; i++) {
      log.info("line {}", i);
    }
    log.info("the last line");

    Logging.stop(context);

    String written = console.toString(StandardCharsets.UTF_8);
    assertThat(written)
        .containsPattern(
            "INFO  \\[request-thread\\] io.primetrade.access req-async-1 - GET /health")
        .contains("line 999")
        .endsWith("the last line" + System.lineSeparator());
    assertThat(written.lines().filter(line -> line.contains(" - line "))).hasSize(1000);
  }

  @Test
  void jsonFormat_replacesTheConsole_withoutLosingWhatWasQueuedBefore() {
    Logger log = context.getLogger("io.primetrade.test");
    for (int i = 0; i < 1000; i++) {
      log.info("text {}", i);
    }

    Logging.configure(context, AppConfig.fromEnv(Map.of("LOG_FORMAT", "json")));
    List<String> appenders = new ArrayList<>();
    context
        .getLogger(Logger.ROOT_LOGGER_NAME)
        .iteratorForAppenders()
        .forEachRemaining(appender -> appenders.add(appender.getName()));
    assertThat(appenders).containsExactly(Logging.ASYNC);
    MDC.put("requestId", "req-json-1");
    try {
      log.info("as json");
    } finally {
      MDC.remove("requestId");
    }
    Logging.stop(context);

    List<String> lines = console.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.stream().filter(line -> line.endsWith(" - text 999"))).hasSize(1);
    assertThat(lines.stream().filter(line -> line.contains(" - text "))).hasSize(1000);
    assertThat(lines)
        .filteredOn(line -> line.startsWith("{") && line.contains("\"message\":\"as json\""))
        .singleElement()
        .asString()
        .contains("\"requestId\":\"req-json-1\"");
  }

  @Test
  void stopOnlyOnRequest_removesLogbacksOwnShutdownHook() {
    Object hook = context.getObject(CoreConstants.SHUTDOWN_HOOK_THREAD);
    assertThat(hook).as("logback.xml registers a shutdown hook").isInstanceOf(Thread.class);

    assertThat(Logging.stopOnlyOnRequest(context)).isTrue();

    assertThat(context.getObject(CoreConstants.SHUTDOWN_HOOK_THREAD)).isNull();
    assertThat(Runtime.getRuntime().removeShutdownHook((Thread) hook))
        .as("still registered")
        .isFalse();
  }
}
