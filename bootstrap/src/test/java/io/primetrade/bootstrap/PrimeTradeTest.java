package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.CreateTaskUseCase;
import io.primetrade.application.port.in.GetTaskUseCase;
import io.primetrade.application.port.in.ListTasksUseCase;
import io.primetrade.application.port.in.LoginUseCase;
import io.primetrade.application.port.in.RegisterUserUseCase;
import io.primetrade.application.port.in.UpdateTaskUseCase;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import io.primetrade.domain.user.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding API: what a JVM app gets from one dependency, with no web server. */
class PrimeTradeTest {
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");

  @TempDir Path directory;

  @Test
  void embeddedCore_runsUseCasesOnSqlite_withTheGivenClock() {
    Path file = directory.resolve("embedded.db");
    try (PrimeTrade app =
        PrimeTrade.builder()
            .sqlite(file)
            .clock(Clock.fixed(T0, ZoneOffset.UTC))
            .adminSignupAllowed(true)
            .build()) {
      AuthResult admin =
          app.core()
              .registerUser()
              .register(
                  new RegisterUserUseCase.Command(
                      "embedder", "embedder@example.com", "password-1", Role.ADMIN, null));
      Actor actor = admin.user().asActor();
      Task task =
          app.core()
              .createTask()
              .create(
                  new CreateTaskUseCase.Command(
                      actor, "Embedded task", null, null, null, null, "embedder"));

      Task done =
          app.core()
              .updateTask()
              .update(UpdateTaskUseCase.Command.status(actor, task.id(), TaskStatus.COMPLETED));

      assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
      assertThat(done.createdAt()).isEqualTo(T0);
      assertThat(app.core().authenticate().authenticate(admin.token().token()).id())
          .isEqualTo(actor.id());
      assertThat(app.core().listTasks().list(ListTasksUseCase.Query.firstPage(actor)).total())
          .isEqualTo(1);
      assertThat(app.core().checkHealth().check().isUp()).isTrue();
    }
    try (PrimeTrade reopened = PrimeTrade.builder().sqlite(file).build()) {
      assertThat(reopened.core().checkHealth().check().components()).containsKey("database");
    }
  }

  @Test
  void meterRegistry_recordsBusinessDatabaseAndCacheMetrics() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (PrimeTrade app =
        PrimeTrade.builder()
            .sqlite(directory.resolve("measured.db"))
            .clock(Clock.fixed(T0, ZoneOffset.UTC))
            .adminSignupAllowed(true)
            .bcryptCost(4)
            .meterRegistry(registry)
            .build()) {
      AuthResult admin =
          app.core()
              .registerUser()
              .register(
                  new RegisterUserUseCase.Command(
                      "measured", "measured@example.com", "password-1", Role.ADMIN, null));
      Actor actor = admin.user().asActor();
      app.core().login().login(new LoginUseCase.Command("measured@example.com", "password-1"));
      assertThatThrownBy(
              () ->
                  app.core()
                      .login()
                      .login(new LoginUseCase.Command("measured@example.com", "wrong-password")))
          .isInstanceOf(UnauthenticatedException.class);
      Task task =
          app.core()
              .createTask()
              .create(
                  new CreateTaskUseCase.Command(
                      actor, "Measured task", null, null, null, null, "measured"));
      app.core()
          .updateTask()
          .update(UpdateTaskUseCase.Command.status(actor, task.id(), TaskStatus.IN_PROGRESS));
      app.core()
          .updateTask()
          .update(UpdateTaskUseCase.Command.status(actor, task.id(), TaskStatus.COMPLETED));
      app.core().getTask().get(new GetTaskUseCase.Query(actor, task.id()));

      assertThat(app.meterRegistry()).isSameAs(registry);
      assertThat(count(registry, CoreMetrics.LOGINS, "result", "success")).isEqualTo(1);
      assertThat(count(registry, CoreMetrics.LOGINS, "result", "failure")).isEqualTo(1);
      assertThat(count(registry, CoreMetrics.TASK_EVENTS, "event", "created")).isEqualTo(1);
      assertThat(count(registry, CoreMetrics.TASK_EVENTS, "event", "completed")).isEqualTo(1);
      assertThat(
              registry
                  .get(TimedRepositories.OPERATIONS)
                  .tag("repository", "TaskRepository")
                  .tag("operation", "add")
                  .tag("outcome", "ok")
                  .timer()
                  .count())
          .isEqualTo(1);
      assertThat(registry.get("hikaricp.connections.max").tag("pool", "primetrade-sqlite").gauge())
          .isNotNull();
      assertThat(registry.get("primetrade.cache.requests").tag("result", "miss").counter().count())
          .isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void repositoryTimings_tellRefusalsFromErrors() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (PrimeTrade app =
        PrimeTrade.builder()
            .sqlite(directory.resolve("refusals.db"))
            .bcryptCost(4)
            .meterRegistry(registry)
            .build()) {
      RegisterUserUseCase.Command ann =
          new RegisterUserUseCase.Command("ann", "ann@example.com", "password-1", null, null);
      app.core().registerUser().register(ann);
      assertThatThrownBy(() -> app.core().registerUser().register(ann))
          .isInstanceOf(ConflictException.class);

      assertThat(
              registry
                  .find(TimedRepositories.OPERATIONS)
                  .tag("repository", "UserRepository")
                  .tag("outcome", "rejected")
                  .timers())
          .isNotEmpty();
      assertThat(registry.find(TimedRepositories.OPERATIONS).tag("outcome", "error").timers())
          .isEmpty();
    }
  }

  @Test
  void withoutMeterRegistry_nothingIsRecorded() {
    try (PrimeTrade app =
        PrimeTrade.builder().sqlite(directory.resolve("unmeasured.db")).bcryptCost(4).build()) {
      app.core()
          .registerUser()
          .register(
              new RegisterUserUseCase.Command("bob", "bob@example.com", "password-1", null, null));

      // A composite with no registry behind it: meters exist for the adapters to call, and keep
      // nothing.
      assertThat(app.meterRegistry()).isInstanceOf(CompositeMeterRegistry.class);
      assertThat(((CompositeMeterRegistry) app.meterRegistry()).getRegistries()).isEmpty();
      assertThat(app.meterRegistry().getMeters())
          .allSatisfy(
              meter ->
                  assertThat(meter.measure())
                      .allSatisfy(sample -> assertThat(sample.getValue()).isZero()));
    }
  }

  private static double count(SimpleMeterRegistry registry, String name, String tag, String value) {
    return registry.get(name).tag(tag, value).counter().count();
  }
}
