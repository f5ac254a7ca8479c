package io.primetrade.bench;

import io.primetrade.adapters.security.JwtSettings;
import io.primetrade.adapters.security.JwtTokenService;
import io.primetrade.application.port.out.TokenService;
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

/** What every authenticated request pays first: verifying its HS256 bearer token. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JwtVerifyBenchmark {
  private JwtTokenService tokens;
  private String token;

  @Setup
  public void setUp() {
    byte[] secret =
        "benchmark-secret-that-is-long-enough-0123456789".getBytes(StandardCharsets.UTF_8);
    tokens =
        new JwtTokenService(
            new JwtSettings(secret, JwtSettings.DEFAULT_TTL, JwtSettings.DEFAULT_ISSUER),
            Clock.systemUTC());
    token = tokens.issue(BenchData.user("jmh-user", Role.USER)).token();
  }

  @Benchmark
  public TokenService.Claims verify() {
    return tokens.verify(token);
  }
}
