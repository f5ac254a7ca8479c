package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.application.port.in.CheckRateLimitUseCase.Policy;
import io.primetrade.application.port.in.RateLimits;
import io.primetrade.application.port.out.RateLimiter.Limit;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef";

  private static void assertRefused(Map<String, String> env, String variable) {
    assertThatThrownBy(() -> AppConfig.fromEnv(env))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(variable);
  }

  @Test
  void emptyEnvironment_isTheEmbeddedDefault() {
    AppConfig config = AppConfig.fromEnv(Map.of());

    assertThat(config.port()).isEqualTo(3000);
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.databaseUrl()).isEqualTo("jdbc:sqlite:./data/primetrade.db");
    assertThat(config.jwtSecret()).isEmpty();
    assertThat(config.jwtTtl()).isEqualTo(Duration.ofMinutes(15));
    assertThat(config.bcryptCost()).isEqualTo(10);
    assertThat(config.adminSignupAllowed()).isFalse();
    assertThat(config.admin()).isEmpty();
    assertThat(config.corsOrigins()).isEmpty();
    assertThat(config.logFormat()).isEqualTo(AppConfig.LogFormat.TEXT);
    assertThat(config.logDir()).isEmpty();
    assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.redis()).isEmpty();
    assertThat(config.cacheTtl()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.rateLimits()).isEqualTo(RateLimits.DEFAULTS);
    assertThat(config.trustedProxies()).isEmpty();
    assertThat(config.refreshTtl()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void readsTheRedisRateLimitAndSessionVariables() {
    AppConfig config =
        AppConfig.fromEnv(
            Map.of(
                "REDIS_URL", "redis://:s3cret@cache.internal:6380/2",
                "REDIS_TIMEOUT", "100ms",
                "CACHE_TTL_SECONDS", "30",
                "RATE_LIMIT_API", "1000/1m",
                "RATE_LIMIT_LOGIN_EMAIL", "5/30s",
                "RATE_LIMIT_TASK_CREATE", "10/1h",
                "TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1",
                "REFRESH_TOKEN_EXPIRES_IN", "1d"));

    assertThat(config.redis())
        .hasValueSatisfying(
            redis -> {
              assertThat(redis.uri())
                  .isEqualTo(URI.create("redis://:s3cret@cache.internal:6380/2"));
              assertThat(redis.timeout()).isEqualTo(Duration.ofMillis(100));
            });
    assertThat(config.toString()).doesNotContain("s3cret");
    assertThat(config.cacheTtl()).isEqualTo(Duration.ofSeconds(30));
    RateLimits limits = config.rateLimits();
    assertThat(limits.enabled()).isTrue();
    assertThat(limits.limit(Policy.API)).isEqualTo(new Limit(1000, Duration.ofMinutes(1)));
    assertThat(limits.limit(Policy.LOGIN_PER_EMAIL))
        .isEqualTo(new Limit(5, Duration.ofSeconds(30)));
    assertThat(limits.limit(Policy.TASK_CREATE)).isEqualTo(new Limit(10, Duration.ofHours(1)));
    assertThat(limits.limit(Policy.REGISTER)).isEqualTo(RateLimits.DEFAULTS.limit(Policy.REGISTER));
    assertThat(config.trustedProxies()).containsExactly("10.0.0.0/8", "127.0.0.1");
    assertThat(config.refreshTtl()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void rateLimitingCanBeTurnedOff_andTheCacheToo() {
    AppConfig config =
        AppConfig.fromEnv(Map.of("RATE_LIMIT_ENABLED", "false", "CACHE_TTL_SECONDS", "0"));

    assertThat(config.rateLimits().enabled()).isFalse();
    assertThat(config.cacheTtl()).isZero();
  }

  @Test
  void instanceId_fromInstanceIdThenHostnameThenRandom() {
    assertThat(AppConfig.fromEnv(Map.of("INSTANCE_ID", "api-1", "HOSTNAME", "c0ffee")).instanceId())
        .isEqualTo("api-1");
    assertThat(AppConfig.fromEnv(Map.of("HOSTNAME", "c0ffee")).instanceId()).isEqualTo("c0ffee");
    String first = AppConfig.fromEnv(Map.of()).instanceId();
    String second = AppConfig.fromEnv(Map.of()).instanceId();
    assertThat(first).matches("pt-[0-9a-f]{8}");
    assertThat(second).matches("pt-[0-9a-f]{8}").isNotEqualTo(first);
  }

  @Test
  void instanceId_thatCannotBeAHeaderValue_isRefused() {
    assertRefused(Map.of("INSTANCE_ID", "api 1"), "INSTANCE_ID");
    assertRefused(Map.of("INSTANCE_ID", "x".repeat(65)), "INSTANCE_ID");
  }

  @Test
  void readsEveryVariable() {
    AppConfig config =
        AppConfig.fromEnv(
            Map.of(
                "PORT", "8080",
                "DATABASE_URL", "jdbc:sqlite:/var/lib/primetrade/db.sqlite",
                "DATABASE_POOL_SIZE", "8",
                "JWT_SECRET", SECRET,
                "JWT_EXPIRES_IN", "15m",
                "BCRYPT_COST", "12",
                "ALLOW_ADMIN_SIGNUP", "TRUE",
                "ADMIN_EMAIL", "boss@example.com",
                "ADMIN_PASSWORD", "boss-password",
                "CORS_ORIGINS", "https://a.example.com, http://localhost:5173"));

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.databasePoolSize()).isEqualTo(8);
    assertThat(config.jwtSecret()).contains(SECRET);
    assertThat(config.jwtTtl()).isEqualTo(Duration.ofMinutes(15));
    assertThat(config.bcryptCost()).isEqualTo(12);
    assertThat(config.adminSignupAllowed()).isTrue();
    assertThat(config.admin())
        .hasValueSatisfying(
            admin -> {
              assertThat(admin.email()).isEqualTo("boss@example.com");
              assertThat(admin.username()).isEqualTo("admin");
            });
    assertThat(config.corsOrigins())
        .isEqualTo(List.of("https://a.example.com", "http://localhost:5173"));
  }

  @Test
  void refusesJwtSecretShorterThan32Bytes() {
    assertRefused(Map.of("JWT_SECRET", "too-short"), "JWT_SECRET");
  }

  @Test
  void refusesBcryptCostBelow10() {
    assertRefused(Map.of("BCRYPT_COST", "9"), "BCRYPT_COST");
  }

  @Test
  void refusesMalformedValues_namingTheVariable() {
    assertRefused(Map.of("PORT", "eighty"), "PORT");
    assertRefused(Map.of("PORT", "70000"), "PORT");
    assertRefused(Map.of("ALLOW_ADMIN_SIGNUP", "yes"), "ALLOW_ADMIN_SIGNUP");
    assertRefused(Map.of("LOG_FORMAT", "xml"), "LOG_FORMAT");
    assertRefused(Map.of("SHUTDOWN_TIMEOUT", "soon"), "SHUTDOWN_TIMEOUT");
    assertRefused(Map.of("JWT_EXPIRES_IN", "forever"), "JWT_EXPIRES_IN");
    assertRefused(Map.of("CORS_ORIGINS", "*"), "CORS_ORIGINS");
    assertRefused(Map.of("CORS_ORIGINS", "https://a.example.com/path"), "CORS_ORIGINS");
    assertRefused(Map.of("DATABASE_URL", "jdbc:mysql://db/tasks"), "DATABASE_URL");
    assertRefused(Map.of("DATABASE_URL", "jdbc:sqlite::memory:"), "DATABASE_URL");
    assertRefused(Map.of("REDIS_URL", "cache.internal:6379"), "REDIS_URL");
    assertRefused(Map.of("RATE_LIMIT_LOGIN_IP", "ten per minute"), "RATE_LIMIT_LOGIN_IP");
    assertRefused(Map.of("RATE_LIMIT_API", "0/1m"), "RATE_LIMIT_API");
    assertRefused(Map.of("TRUSTED_PROXIES", "nginx.internal"), "TRUSTED_PROXIES");
    assertRefused(Map.of("CACHE_TTL_SECONDS", "-5"), "CACHE_TTL_SECONDS");
  }

  @Test
  void refusesHalfAnAdmin() {
    assertRefused(Map.of("ADMIN_EMAIL", "boss@example.com"), "ADMIN_PASSWORD");
  }

  @Test
  void keepsSecretsOutOfToString() {
    AppConfig config =
        AppConfig.fromEnv(
            Map.of(
                "JWT_SECRET", SECRET,
                "ADMIN_EMAIL", "boss@example.com",
                "ADMIN_PASSWORD", "boss-password"));

    assertThat(config.toString()).doesNotContain(SECRET).doesNotContain("boss-password");
  }

  @Test
  void metrics_areNotServedByDefault() {
    AppConfig.MetricsConfig metrics = AppConfig.fromEnv(Map.of()).metrics();

    assertThat(metrics.enabled()).isFalse();
    assertThat(metrics.managementPort()).isEmpty();
    assertThat(metrics.token()).isEmpty();
  }

  @Test
  void readsTheManagementPortAndTheMetricsToken() {
    String token = "a-metrics-token-of-32-characters";
    AppConfig config = AppConfig.fromEnv(Map.of("MANAGEMENT_PORT", "9464", "METRICS_TOKEN", token));

    assertThat(config.metrics().managementPort()).contains(9464);
    assertThat(config.metrics().token()).contains(token);
    assertThat(config.metrics().enabled()).isTrue();
    assertThat(config.toString()).doesNotContain(token).contains("managementPort=9464");
  }

  @Test
  void refusesUnusableMetricsSettings_namingTheVariable() {
    assertRefused(Map.of("MANAGEMENT_PORT", "metrics"), "MANAGEMENT_PORT");
    assertRefused(Map.of("MANAGEMENT_PORT", "70000"), "MANAGEMENT_PORT");
    assertRefused(Map.of("MANAGEMENT_PORT", "3000"), "MANAGEMENT_PORT");
    assertRefused(Map.of("PORT", "8080", "MANAGEMENT_PORT", "8080"), "MANAGEMENT_PORT");
    assertRefused(Map.of("METRICS_TOKEN", "short"), "METRICS_TOKEN");
    assertRefused(Map.of("METRICS_TOKEN", "a token with spaces in it"), "METRICS_TOKEN");
  }
}
