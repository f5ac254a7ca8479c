package io.primetrade.bootstrap;

import io.primetrade.adapters.cache.redis.RedisSettings;
import io.primetrade.adapters.http.javalin.HttpApi;
import io.primetrade.adapters.http.javalin.HttpMetrics;
import io.primetrade.adapters.http.javalin.HttpSettings;
import io.primetrade.adapters.http.javalin.ManagementServer;
import io.primetrade.application.port.in.EnsureAdminUseCase;
import io.primetrade.bootstrap.AppConfig.AdminAccount;
import io.primetrade.bootstrap.AppConfig.MetricsConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: the embedded core plus the JSON API, configured from an {@link AppConfig}. */
public final class PrimeTradeServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PrimeTradeServer.class);

  /** How often expired refresh tokens are deleted (and once at start). */
  static final Duration SESSION_SWEEP_EVERY = Duration.ofHours(1);

  private final PrimeTrade app;
  private final HttpApi api;
  private final ScheduledExecutorService housekeeping;
  private final ManagementServer management;
  private final ServerMetrics metrics;
  private final AtomicBoolean closed = new AtomicBoolean();

  private PrimeTradeServer(
      PrimeTrade app, HttpApi api, ManagementServer management, ServerMetrics metrics) {
    this.app = app;
    this.api = api;
    this.management = management;
    this.metrics = metrics;
    this.housekeeping =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "primetrade-housekeeping");
              thread.setDaemon(true);
              return thread;
            });
    housekeeping.scheduleWithFixedDelay(
        this::deleteExpiredSessions, 0, SESSION_SWEEP_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Runs on the housekeeping thread; a failure waits for the next round instead of ending them. */
  private void deleteExpiredSessions() {
    try {
      int deleted = app.deleteExpiredSessions(Instant.now());
      if (deleted > 0) {
        LOG.info("Deleted {} expired refresh tokens", deleted);
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "Could not delete expired refresh tokens; trying again in {}", SESSION_SWEEP_EVERY, e);
    }
  }

  /** Opens the database, creates the configured first admin, and starts listening. */
  public static PrimeTradeServer start(AppConfig config) {
    ServerMetrics metrics = ServerMetrics.create();
    PrimeTrade.Builder builder =
        PrimeTrade.builder()
            .meterRegistry(metrics.registry())
            .databaseUrl(config.databaseUrl())
            .poolSize(config.databasePoolSize())
            .databaseCredentials(
                config.databaseUser().orElse(null), config.databasePassword().orElse(null))
            .tokenTtl(config.jwtTtl())
            .refreshTokenTtl(config.refreshTtl())
            .cacheTtl(config.cacheTtl())
            .rateLimits(config.rateLimits())
            .bcryptCost(config.bcryptCost())
            .adminSignupAllowed(config.adminSignupAllowed());
    config
        .redis()
        .ifPresentOrElse(
            redis -> builder.redis(RedisSettings.of(redis.uri()).withTimeout(redis.timeout())),
            () ->
                LOG.info(
                    "REDIS_URL is not set: cache, rate limits and logouts stay in this process"));
    config
        .jwtSecret()
        .ifPresentOrElse(
            secret -> builder.jwtSecret(secret.getBytes(StandardCharsets.UTF_8)),
            () ->
                LOG.warn(
                    "JWT_SECRET is not set: using a random key. Tokens will not survive a restart"
                        + " and will not be accepted by other instances."));
    PrimeTrade app;
    try {
      app = builder.build();
    } catch (RuntimeException e) {
      metrics.close();
      throw e;
    }
    HttpApi api = null;
    try {
      config.admin().ifPresent(admin -> ensureAdmin(app, admin));
      MetricsConfig metricsConfig = config.metrics();
      HttpMetrics httpMetrics = HttpMetrics.recordingTo(metrics.registry());
      if (metricsConfig.managementPort().isEmpty() && metricsConfig.token().isPresent()) {
        httpMetrics = httpMetrics.servedAt(metrics.endpoint(metricsConfig.token()));
      }
      api =
          HttpApi.create(
                  app.core(),
                  new HttpSettings(
                          config.corsOrigins(),
                          HttpSettings.DEFAULT_MAX_BODY_BYTES,
                          config.shutdownTimeout(),
                          config.trustedProxies())
                      .withInstanceId(config.instanceId()),
                  httpMetrics)
              .start(config.host(), config.port());
      ManagementServer management =
          metricsConfig.managementPort().isPresent()
              ? ManagementServer.start(
                  config.host(),
                  metricsConfig.managementPort().get(),
                  metrics.endpoint(metricsConfig.token()))
              : null;
      LOG.info(
          "PrimeTrade instance {} listening on {}:{} with {}; {}",
          config.instanceId(),
          config.host(),
          api.port(),
          config.redactedDatabaseUrl(),
          management != null
              ? "metrics on port " + management.port()
              : metricsConfig.token().isPresent()
                  ? "metrics at /metrics behind METRICS_TOKEN"
                  : "metrics not served (set MANAGEMENT_PORT or METRICS_TOKEN)");
      return new PrimeTradeServer(app, api, management, metrics);
    } catch (RuntimeException e) {
      try {
        if (api != null) {
          api.close();
        }
      } finally {
        app.close();
        metrics.close();
      }
      throw e;
    }
  }

  private static void ensureAdmin(PrimeTrade app, AdminAccount admin) {
    EnsureAdminUseCase.Outcome outcome =
        app.core()
            .ensureAdmin()
            .ensureAdmin(
                new EnsureAdminUseCase.Command(admin.username(), admin.email(), admin.password()));
    switch (outcome) {
      case CREATED -> LOG.info("Created the first admin, {}", admin.email());
      case ALREADY_ADMIN -> LOG.debug("The admin {} exists", admin.email());
      case EXISTS_WITHOUT_ADMIN_ROLE ->
          LOG.warn(
              "ADMIN_EMAIL {} belongs to a user who is not an admin; left as is", admin.email());
    }
  }

  /** The port the API listens on. */
  public int port() {
    return api.port();
  }

  /** The port {@code /metrics} is served on, when there is a management port. */
  public OptionalInt managementPort() {
    return management == null ? OptionalInt.empty() : OptionalInt.of(management.port());
  }

  /** The embedded core behind the API. */
  public PrimeTrade app() {
    return app;
  }

  /**
   * Stops accepting connections, lets requests in flight finish (up to the shutdown timeout), then
   * closes the database. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    housekeeping.shutdownNow();
    try {
      api.close();
      if (management != null) {
        management.close();
      }
    } finally {
      try {
        app.close();
      } finally {
        metrics.close();
      }
    }
  }
}
