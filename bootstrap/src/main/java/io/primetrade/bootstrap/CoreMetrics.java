package io.primetrade.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.primetrade.application.Core;
import io.primetrade.application.port.in.CreateTaskUseCase;
import io.primetrade.application.port.in.LoginUseCase;
import io.primetrade.application.port.in.UpdateTaskUseCase;
import io.primetrade.domain.UnauthenticatedException;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskStatus;

/**
 * The business counters, taken at the use cases so that HTTP, the admin tool and embedding apps
 * count alike: {@code primetrade_logins_total{result}} ({@code success}, or {@code failure} for
 * refused credentials) and {@code primetrade_task_events_total{event}} ({@code created}, or {@code
 * completed} for updates that set a task's status to completed). Only the three use cases counted
 * are wrapped; every other component of the core is passed through as it is.
 *
 * <p>Not {@code primetrade_tasks_created_total}: Prometheus' client reserves the {@code _created}
 * suffix (OpenMetrics' creation timestamps) and would drop it from the name.
 */
final class CoreMetrics {
  static final String LOGINS = "primetrade.logins";
  static final String TASK_EVENTS = "primetrade.task.events";

  private CoreMetrics() {}

  static Core instrument(Core core, MeterRegistry registry) {
    Counter loginSuccess = login(registry, "success");
    Counter loginFailure = login(registry, "failure");
    Counter created = taskEvent(registry, "created");
    Counter completed = taskEvent(registry, "completed");

    LoginUseCase login = core.login();
    LoginUseCase countedLogin =
        command -> {
          try {
            var result = login.login(command);
            loginSuccess.increment();
            return result;
          } catch (UnauthenticatedException e) {
            loginFailure.increment();
            throw e;
          }
        };
    CreateTaskUseCase create = core.createTask();
    CreateTaskUseCase countedCreate =
        command -> {
          Task task = create.create(command);
          created.increment();
          return task;
        };
    UpdateTaskUseCase update = core.updateTask();
    UpdateTaskUseCase countedUpdate =
        command -> {
          Task task = update.update(command);
          if (command.status() == TaskStatus.COMPLETED && task.status() == TaskStatus.COMPLETED) {
            completed.increment();
          }
          return task;
        };

    return new Core(
        core.registerUser(),
        countedLogin,
        core.refreshSession(),
        core.logout(),
        core.authenticate(),
        core.rateLimits(),
        core.listTasks(),
        core.getTask(),
        countedCreate,
        countedUpdate,
        core.deleteTask(),
        core.ensureAdmin(),
        core.checkHealth(),
        core.listUsers(),
        core.getUser(),
        core.updateUser(),
        core.resetPassword(),
        core.deleteUser(),
        core.issueToken(),
        core.exportTasks(),
        core.importTasks());
  }

  private static Counter taskEvent(MeterRegistry registry, String event) {
    return Counter.builder(TASK_EVENTS)
        .description("Tasks created, and updates that set a task's status to completed")
        .tag("event", event)
        .register(registry);
  }

  private static Counter login(MeterRegistry registry, String result) {
    return Counter.builder(LOGINS)
        .description("Login attempts by result")
        .tag("result", result)
        .register(registry);
  }
}
