package io.primetrade.bootstrap;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar primetrade.jar}: the API server, configured by environment variables. */
public final class ApiMain {
  private static final Logger LOG = LoggerFactory.getLogger(ApiMain.class);

  private ApiMain() {}

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
    PrimeTradeServer server;
    try {
      server = PrimeTradeServer.start(config);
    } catch (RuntimeException e) {
      LOG.error("PrimeTrade could not start: {}", e.getMessage(), e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "primetrade-shutdown"));
  }
}
