package io.primetrade.application.testing;

import io.primetrade.application.Core;
import io.primetrade.application.Ports;
import io.primetrade.application.port.out.IdGenerator;
import io.primetrade.application.validation.CommandValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The core on in-memory fakes, with a clock that moves only when told, for use-case tests. */
public final class TestCore {
  /** The instant every test starts at. */
  public static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");

  private static final ValidatorFactory VALIDATION =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  public final MutableClock clock = new MutableClock(T0);
  public final InMemoryUserRepository users = new InMemoryUserRepository();
  public final InMemoryTaskRepository tasks = new InMemoryTaskRepository();
  public final InsecurePasswordHasher passwords = new InsecurePasswordHasher();
  public final InMemoryTokenService tokens = new InMemoryTokenService(clock, Duration.ofHours(1));
  public final InMemoryRefreshTokenRepository refreshTokens =
      new InMemoryRefreshTokenRepository(users);
  public final InMemoryTaskCache taskCache = new InMemoryTaskCache();
  public final InMemoryRateLimiter rateLimiter = new InMemoryRateLimiter(clock);
  public final InMemoryTokenDenylist denylist = new InMemoryTokenDenylist(clock);
  public final Core core;

  public TestCore(Core.Settings settings) {
    Ports ports =
        new Ports(
            users,
            tasks,
            refreshTokens,
            passwords,
            tokens,
            taskCache,
            rateLimiter,
            denylist,
            sequentialIds(),
            clock,
            List.of());
    core = Core.create(ports, validator(), settings);
  }

  public TestCore() {
    this(Core.Settings.DEFAULTS);
  }

  /** A validator configured as bootstrap configures it. */
  public static CommandValidator validator() {
    return new CommandValidator(VALIDATION.getValidator());
  }

  /** Ids 00000000-0000-0000-0000-000000000001, ...2, in order: readable in failures. */
  public static IdGenerator sequentialIds() {
    AtomicLong next = new AtomicLong();
    return () -> new UUID(0, next.incrementAndGet());
  }
}
