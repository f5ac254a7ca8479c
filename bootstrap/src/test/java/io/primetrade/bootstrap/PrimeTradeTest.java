package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.primetrade.application.port.in.AuthResult;
import io.primetrade.application.port.in.CreateTaskUseCase;
import io.primetrade.application.port.in.ListTasksUseCase;
import io.primetrade.application.port.in.RegisterUserUseCase;
import io.primetrade.application.port.in.UpdateTaskUseCase;
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
}
