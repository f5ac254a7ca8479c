package io.primetrade.adapters.http.javalin;

import io.javalin.Javalin;
import org.slf4j.MDC;

/**
 * A second, private port for operators: {@code GET /metrics} and nothing else, so that the API's
 * public port never shows them. Bind it where only the scraper reaches (a private network, or
 * loopback); a token on the endpoint adds a second lock.
 */
public final class ManagementServer implements AutoCloseable {
  private final Javalin app;

  private ManagementServer(Javalin app) {
    this.app = app;
  }

  /** Starts listening on {@code host:port}; port 0 picks a free port (see {@link #port}). */
  public static ManagementServer start(String host, int port, MetricsEndpoint endpoint) {
    ErrorResponses errors = new ErrorResponses(HttpSettings.DEFAULT_MAX_BODY_BYTES);
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.defaultContentType = "application/json";
              config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
              config.routes.before(RequestIds::assign);
              // No access log here; the request id must not stay on the thread.
              config.requestLogger.http((ctx, millis) -> MDC.clear());
              errors.register(config);
              config.routes.get(MetricsEndpoint.PATH, endpoint::handle);
            });
    app.start(host, port);
    return new ManagementServer(app);
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
