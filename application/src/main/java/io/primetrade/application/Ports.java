package io.primetrade.application;

import io.primetrade.application.port.out.HealthCheck;
import io.primetrade.application.port.out.IdGenerator;
import io.primetrade.application.port.out.PasswordHasher;
import io.primetrade.application.port.out.RateLimiter;
import io.primetrade.application.port.out.RefreshTokenRepository;
import io.primetrade.application.port.out.TaskCache;
import io.primetrade.application.port.out.TaskRepository;
import io.primetrade.application.port.out.TokenDenylist;
import io.primetrade.application.port.out.TokenService;
import io.primetrade.application.port.out.UserRepository;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Everything the use cases need from the outside world, each behind its port. */
public record Ports(
    UserRepository users,
    TaskRepository tasks,
    RefreshTokenRepository refreshTokens,
    PasswordHasher passwords,
    TokenService tokens,
    TaskCache taskCache,
    RateLimiter rateLimiter,
    TokenDenylist denylist,
    IdGenerator ids,
    Clock clock,
    List<HealthCheck> healthChecks) {

  public Ports {
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(refreshTokens, "refreshTokens");
    Objects.requireNonNull(taskCache, "taskCache");
    Objects.requireNonNull(rateLimiter, "rateLimiter");
    Objects.requireNonNull(denylist, "denylist");
    Objects.requireNonNull(passwords, "passwords");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(clock, "clock");
    healthChecks = List.copyOf(healthChecks);
  }
}
