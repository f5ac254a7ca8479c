package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.GetTaskUseCase;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tasks show ID}: one task with every field. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = "Show one task.")
final class TasksShowCommand implements Callable<Integer> {
  private final Session session;

  @Parameters(paramLabel = "ID", description = "The task's id.")
  String id;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  TasksShowCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Task task =
        session
            .core()
            .getTask()
            .get(new GetTaskUseCase.Query(session.operator(), TaskId.parse(id, "id")));
    if (json) {
      session.printJson(Views.TaskJson.from(task));
      return ExitCode.OK;
    }
    Table.fields()
        .row("id", task.id())
        .row("title", task.title())
        .row("description", task.description())
        .row("status", task.status().code())
        .row("priority", task.priority().code())
        .row("dueDate", task.dueDate() == null ? null : Views.instant(task.dueDate().value()))
        .row("assignedTo", task.assignedTo())
        .row("createdBy", task.createdBy())
        .row("createdAt", Views.instant(task.createdAt()))
        .row("updatedAt", Views.instant(task.updatedAt()))
        .row("version", task.version())
        .print(session.out());
    return ExitCode.OK;
  }
}
