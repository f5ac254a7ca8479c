package io.primetrade.bootstrap;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import io.primetrade.bootstrap.AppConfig.LogFormat;
import java.nio.file.Path;
import net.logstash.logback.encoder.LogstashEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the server's logging settings to Logback: JSON lines instead of text ({@code
 * LOG_FORMAT=json}), and files with daily rotation ({@code LOG_DIR}): everything kept 14 days,
 * errors in their own file kept 30 days, rotated files gzipped; and stops Logback, so that the
 * lines still queued for the console's asynchronous writer (see logback.xml) are written before the
 * JVM halts.
 */
final class Logging {
  static final String PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} %X{requestId} - %msg%n";

  /** The appender of logback.xml that writes, on its own thread, what the root logger sends it. */
  static final String ASYNC = "ASYNC";

  /** The console appender of logback.xml, behind {@link #ASYNC}. */
  static final String CONSOLE = "CONSOLE";

  private Logging() {}

  static void configure(AppConfig config) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another SLF4J binding: its own configuration applies
    }
    configure(context, config);
  }

  static void configure(LoggerContext context, AppConfig config) {
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    if (config.logFormat() == LogFormat.JSON
        && root.getAppender(ASYNC) instanceof AsyncAppender text) {
      jsonConsole(context, root, text);
    }
    config
        .logDir()
        .ifPresent(
            directory -> {
              root.addAppender(
                  file(context, config.logFormat(), directory, "primetrade", 14, null));
              root.addAppender(
                  file(
                      context, config.logFormat(), directory, "primetrade-error", 30, Level.ERROR));
            });
  }

  /**
   * Puts a JSON console behind a new asynchronous appender with the settings of {@code text}, then
   * retires {@code text}, which writes out what it still holds. Swapping the encoder of the running
   * console instead would drop the lines its writer thread hands it while it is stopped. In the
   * moment both are attached a line would be written twice, never lost.
   */
  private static void jsonConsole(
      LoggerContext context, ch.qos.logback.classic.Logger root, AsyncAppender text) {
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName(CONSOLE);
    console.setEncoder(encoder(context, LogFormat.JSON));
    console.start();
    AsyncAppender json = new AsyncAppender();
    json.setContext(context);
    json.setName(ASYNC);
    json.setQueueSize(text.getQueueSize());
    json.setDiscardingThreshold(text.getDiscardingThreshold());
    json.setNeverBlock(text.isNeverBlock());
    json.setIncludeCallerData(text.isIncludeCallerData());
    json.setMaxFlushTime(text.getMaxFlushTime());
    json.addAppender(console);
    json.start();
    root.addAppender(json);
    root.detachAppender(text);
    text.stop();
  }

  /**
   * Makes the caller's own shutdown hook the one that stops Logback: removes the hook logback.xml
   * registers, which would run at the same time as the caller's and could stop logging before the
   * caller's last lines. The caller's hook must end with {@link #stop()}. Returns whether Logback's
   * hook is gone; it stays if the JVM is already shutting down, when hooks can no longer change.
   */
  static boolean stopOnlyOnRequest() {
    return !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)
        || stopOnlyOnRequest(context);
  }

  static boolean stopOnlyOnRequest(LoggerContext context) {
    if (context.getObject(CoreConstants.SHUTDOWN_HOOK_THREAD) instanceof Thread hook) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        return false;
      }
      context.removeObject(CoreConstants.SHUTDOWN_HOOK_THREAD);
    }
    return true;
  }

  /**
   * Writes out every queued line (waiting up to the async appender's maxFlushTime) and stops
   * Logback; nothing logged afterwards is written. For a JVM about to halt, which runs no other
   * shutdown hook.
   */
  static void stop() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      stop(context);
    }
  }

  static void stop(LoggerContext context) {
    context.stop();
  }

  private static Encoder<ILoggingEvent> encoder(LoggerContext context, LogFormat format) {
    if (format == LogFormat.JSON) {
      LogstashEncoder json = new LogstashEncoder();
      json.setContext(context);
      json.start();
      return json;
    }
    PatternLayoutEncoder text = new PatternLayoutEncoder();
    text.setContext(context);
    text.setPattern(PATTERN);
    text.start();
    return text;
  }

  private static Appender<ILoggingEvent> file(
      LoggerContext context,
      LogFormat format,
      Path directory,
      String name,
      int days,
      Level threshold) {
    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(context);
    appender.setName(name);
    appender.setFile(directory.resolve(name + ".log").toString());
    TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
    policy.setContext(context);
    policy.setParent(appender);
    policy.setFileNamePattern(directory.resolve(name + ".%d{yyyy-MM-dd}.log.gz").toString());
    policy.setMaxHistory(days);
    policy.start();
    appender.setRollingPolicy(policy);
    appender.setEncoder(encoder(context, format));
    if (threshold != null) {
      ThresholdFilter filter = new ThresholdFilter();
      filter.setLevel(threshold.levelStr);
      filter.start();
      appender.addFilter(filter);
    }
    appender.start();
    return appender;
  }
}
