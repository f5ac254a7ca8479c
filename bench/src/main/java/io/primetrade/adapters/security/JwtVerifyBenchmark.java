package io.primetrade.adapters.security;

import com.auth0.jwt.algorithms.Algorithm;
import io.primetrade.application.port.out.TokenService;
import io.primetrade.bench.BenchData;
import io.primetrade.domain.user.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What every authenticated request pays first: verifying its HS256 bearer token, as a request
 * repeating a token it has sent before ({@link #verify}, answered by the cache) and as a token seen
 * for the first time ({@link #verifyInFull}, the cache turned off). In the security adapter's
 * package only to reach the constructor that turns the cache off; the bench module is never part of
 * the product.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JwtVerifyBenchmark {
  private JwtTokenService tokens;
  private JwtTokenService uncached;
  private String token;

  @Setup
  public void setUp() {
    byte[] secret =
        "benchmark-secret-that-is-long-enough-0123456789".getBytes(StandardCharsets.UTF_8);
    JwtSettings settings =
        new JwtSettings(secret, JwtSettings.DEFAULT_TTL, JwtSettings.DEFAULT_ISSUER);
    tokens = new JwtTokenService(settings, Clock.systemUTC());
    uncached = new JwtTokenService(settings, Clock.systemUTC(), Algorithm.HMAC256(secret), 0);
    token = tokens.issue(BenchData.user("jmh-user", Role.USER)).token();
  }

  /** The same token again: a cache hit plus the expiry check. */
  @Benchmark
  public TokenService.Claims verify() {
    return tokens.verify(token);
  }

  /** A token not yet seen: HMAC-SHA256, the JSON of header and payload, the claim checks. */
  @Benchmark
  public TokenService.Claims verifyInFull() {
    return uncached.verify(token);
  }
}
