package io.primetrade.bootstrap;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar primetrade.jar}: the API server, configured by environment variables. */
public final class ApiMain {
  private static final Logger LOG = LoggerFactory.getLogger(ApiMain.class);

  private ApiMain() {}

  /**
   * Runs in the shutdown hook. A JVM ended by a signal exits with 128 + the signal's number (143
   * for SIGTERM) even after a clean stop; halting with 0 tells the orchestrator the stop was clean.
   * Halting skips the other hooks, so this one stops Logback itself, after its last line, which
   * writes out the lines still queued for the console.
   */
  private static void stop(PrimeTradeServer server) {
    LOG.info("Stopping: no new connections; letting the requests in flight finish");
    try {
      server.close();
    } catch (RuntimeException e) {
      LOG.error("PrimeTrade did not stop cleanly", e);
      Logging.stop();
      Runtime.getRuntime().halt(1);
    }
    LOG.info("PrimeTrade stopped");
    Logging.stop();
    Runtime.getRuntime().halt(0);
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("admin")) {
      AdminMain.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    AppConfig config;
    try {
      config = AppConfig.fromEnv(System.getenv());
    } catch (ConfigException e) {
      LOG.error("Configuration error: {}", e.getMessage());
      System.exit(2);
      return;
    }
    Logging.configure(config);
    PrimeTradeServer server;
    try {
      server = PrimeTradeServer.start(config);
    } catch (RuntimeException e) {
      LOG.error("PrimeTrade could not start: {}", e.getMessage(), e);
      System.exit(1);
      return;
    }
    // SIGTERM (an orchestrator rolling instances) or SIGINT (Ctrl-C): finish what is in flight,
    // close the pools, and exit 0. Until here a System.exit leaves flushing the log to Logback's
    // own hook; from here that hook would race this one, so this one flushes instead.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "primetrade-shutdown"));
    Logging.stopOnlyOnRequest();
  }
}
