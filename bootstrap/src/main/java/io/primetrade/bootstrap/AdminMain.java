package io.primetrade.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.primetrade.adapters.cli.AdminCli;
import io.primetrade.adapters.cli.Backend;
import io.primetrade.adapters.cli.BackendFactory;
import io.primetrade.adapters.cli.Terminal;
import io.primetrade.application.Core;
import io.primetrade.application.port.out.DatabaseMaintenance;
import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * {@code primetrade-admin} ({@code java -jar primetrade.jar admin ...}): the admin tool on the
 * database the environment names, configured by the same variables as the server.
 */
public final class AdminMain {
  private AdminMain() {}

  public static void main(String[] args) {
    PrintStream stdout = System.out;
    // Standard output carries data (exports, JSON); library logging must not end up in it.
    System.setOut(System.err);
    if (!List.of(args).contains("--verbose")) {
      quietLogging();
    }
    Console console = System.console();
    Terminal terminal =
        console == null
            ? Terminal.of(System.in, stdout, System.err)
            : Terminal.interactive(System.in, stdout, System.err, console);
    int code = run(System.getenv(), terminal, args);
    stdout.flush();
    System.exit(code);
  }

  /**
   * Runs one command line with these streams and no console, and returns its exit code: for tests
   * and for programs that drive the tool in-process.
   */
  public static int run(
      Map<String, String> env, InputStream in, PrintStream out, PrintStream err, String... args) {
    return run(env, Terminal.of(in, out, err), args);
  }

  static int run(Map<String, String> env, Terminal terminal, String... args) {
    Map<String, String> environment = Map.copyOf(env);
    return AdminCli.run(migrate -> open(environment, migrate), terminal, args);
  }

  /** Opens the core and its database as the server would, migrating or not. */
  private static Backend open(Map<String, String> env, boolean migrate) {
    AppConfig config;
    try {
      config = AppConfig.fromEnv(env);
    } catch (ConfigException e) {
      throw new BackendFactory.ConfigurationException(e.getMessage(), e);
    }
    PrimeTrade.Builder builder =
        PrimeTrade.builder()
            .databaseUrl(config.databaseUrl())
            .poolSize(config.databasePoolSize())
            .databaseCredentials(
                config.databaseUser().orElse(null), config.databasePassword().orElse(null))
            .tokenTtl(config.jwtTtl())
            .bcryptCost(config.bcryptCost())
            .adminSignupAllowed(config.adminSignupAllowed())
            .migrate(migrate);
    config
        .jwtSecret()
        .ifPresent(secret -> builder.jwtSecret(secret.getBytes(StandardCharsets.UTF_8)));
    PrimeTrade app = builder.build();
    DatabaseMaintenance maintenance = app.maintenance().orElseThrow();
    boolean sharedKey = config.jwtSecret().isPresent();
    return new Backend() {
      @Override
      public Core core() {
        return app.core();
      }

      @Override
      public DatabaseMaintenance maintenance() {
        return maintenance;
      }

      @Override
      public boolean sharesTokenKey() {
        return sharedKey;
      }

      @Override
      public Copied copyFrom(String sourceUrl) {
        return DatabaseCopy.copy(sourceUrl, app.store().orElseThrow());
      }

      @Override
      public void close() {
        app.close();
      }
    };
  }

  /** Warnings and errors only: an admin command should print its result, not the pool's news. */
  private static void quietLogging() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
    }
  }
}
