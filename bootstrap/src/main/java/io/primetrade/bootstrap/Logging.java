package io.primetrade.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
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
 * errors in their own file kept 30 days, rotated files gzipped.
 */
final class Logging {
  static final String PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} %X{requestId} - %msg%n";

  private Logging() {}

  static void configure(AppConfig config) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another SLF4J binding: its own configuration applies
    }
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    if (config.logFormat() == LogFormat.JSON) {
      Appender<ILoggingEvent> console = root.getAppender("CONSOLE");
      if (console instanceof ConsoleAppender<ILoggingEvent> consoleAppender) {
        consoleAppender.stop();
        consoleAppender.setEncoder(encoder(context, config.logFormat()));
        consoleAppender.start();
      }
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
