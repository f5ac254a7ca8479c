package io.primetrade.adapters.http.javalin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.json.JavalinJackson;
import io.primetrade.application.Core;
import java.util.HashSet;
import java.util.List;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The JSON API over HTTP. Built from the core's use cases; holds no state of its own, so any number
 * of instances can serve one database.
 */
public final class HttpApi implements AutoCloseable {
  /** Names the instance that answered, when the settings give it an id. */
  public static final String INSTANCE_HEADER = "X-Instance-Id";

  private final Javalin app;

  private HttpApi(Javalin app) {
    this.app = app;
  }

  /** Builds the API, measuring nothing; nothing listens until {@link #start}. */
  public static HttpApi create(Core core, HttpSettings settings) {
    return create(core, settings, HttpMetrics.none());
  }

  /**
   * Builds the API, recording its requests into the metrics' registry (and serving {@code /metrics}
   * when the metrics say so); nothing listens until {@link #start}.
   */
  public static HttpApi create(Core core, HttpSettings settings, HttpMetrics metrics) {
    ObjectMapper mapper =
        JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    Authenticator authenticator = new Authenticator(core.authenticate());
    RateLimiting rateLimiting =
        new RateLimiting(
            core.rateLimits(), new ClientAddresses(settings.trustedProxies()), metrics.registry());
    AuthRoutes auth =
        new AuthRoutes(
            core.registerUser(),
            core.login(),
            core.refreshSession(),
            core.logout(),
            authenticator,
            rateLimiting,
            mapper);
    TaskRoutes tasks =
        new TaskRoutes(
            core.listTasks(),
            core.getTask(),
            core.createTask(),
            core.updateTask(),
            core.deleteTask(),
            authenticator,
            rateLimiting,
            mapper);
    UserRoutes users =
        new UserRoutes(
            core.listUsers(),
            core.getUser(),
            core.updateUser(),
            core.deleteUser(),
            authenticator,
            mapper);
    HealthRoutes health = new HealthRoutes(core.checkHealth());
    BrowserPolicy browsers = new BrowserPolicy(new HashSet<>(settings.corsOrigins()));
    ErrorResponses errors = new ErrorResponses(settings.maxBodyBytes());
    ApiDocs docs = ApiDocs.load(mapper);
    WebPage page = WebPage.load();
    long maxBody = settings.maxBodyBytes();

    Javalin app =
        Javalin.create(
            config -> {
              config.jsonMapper(new JavalinJackson(mapper, false));
              config.http.maxRequestSize = maxBody;
              config.http.prefer405over404 = true;
              config.http.defaultContentType = "application/json";
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jetty.modifyServer(
                  server -> {
                    server.setErrorHandler(new JsonErrorHandler());
                    // On stop: refuse new connections, let requests in flight finish, bounded.
                    server.insertHandler(new GracefulHandler());
                    server.setStopTimeout(settings.shutdownTimeout().toMillis());
                    metrics.bind(server);
                  });

              config.requestLogger.http(
                  (ctx, millis) -> {
                    metrics.record(ctx, millis);
                    AccessLog.log(ctx, millis);
                  });
              config.routes.before(HttpMetrics::start);
              config.routes.before(RequestIds::assign);
              settings
                  .instanceId()
                  .ifPresent(id -> config.routes.before(ctx -> ctx.header(INSTANCE_HEADER, id)));
              config.routes.before(browsers::apply);
              config.routes.before(
                  ctx -> {
                    // Refuse before reading: a client announcing a huge body gets 413 at once.
                    if (ctx.req().getContentLengthLong() > maxBody) {
                      throw new ContentTooLargeResponse();
                    }
                  });
              // Every API request counts against its client's limit, before anything else.
              config.routes.before("/api/*", rateLimiting::apiRequest);
              errors.register(config);

              config.routes.get("/health", health::health);
              config.routes.get("/health/live", health::live);
              config.routes.get("/health/ready", health::ready);
              config.routes.post("/api/v1/auth/register", auth::register);
              config.routes.post("/api/v1/auth/login", auth::login);
              config.routes.post("/api/v1/auth/refresh", auth::refresh);
              config.routes.post("/api/v1/auth/logout", auth::logout);
              config.routes.get("/api/v1/tasks", tasks::list);
              config.routes.post("/api/v1/tasks", tasks::create);
              config.routes.get("/api/v1/tasks/{id}", tasks::get);
              config.routes.put("/api/v1/tasks/{id}", tasks::update);
              config.routes.delete("/api/v1/tasks/{id}", tasks::delete);
              config.routes.get("/api/v1/users", users::list);
              // Before /{id}, so that "me" is not read as an id.
              config.routes.get("/api/v1/users/me", users::me);
              config.routes.get("/api/v1/users/{id}", users::get);
              config.routes.patch("/api/v1/users/{id}", users::update);
              config.routes.delete("/api/v1/users/{id}", users::delete);
              metrics
                  .endpoint()
                  .ifPresent(endpoint -> config.routes.get(MetricsEndpoint.PATH, endpoint::handle));
              // The OpenAPI document and Swagger UI, under /api-docs.
              docs.register(config);
              // The task board, a page over this API, at /.
              page.register(config);
            });
    return new HttpApi(app);
  }

  /** Starts listening; port 0 picks a free port (see {@link #port}). */
  public HttpApi start(String host, int port) {
    app.start(host, port);
    return this;
  }

  /** The port the API listens on. */
  public int port() {
    return app.port();
  }

  /** Every route, as {@code "GET /api/v1/tasks"}, sorted. */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(handler -> handler.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
        .sorted()
        .toList();
  }

  /**
   * Stops listening at once and lets requests in flight finish, for at most the settings' shutdown
   * timeout.
   */
  @Override
  public void close() {
    app.stop();
  }
}
