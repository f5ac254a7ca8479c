package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.ListTasksUseCase;
import io.primetrade.domain.Page;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tasks list}: one page of the board. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = "List tasks, newest first unless --sort says otherwise.")
final class TasksListCommand implements Callable<Integer> {
  private final Session session;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      converter = Converters.StatusConverter.class,
      completionCandidates = Converters.StatusCodes.class,
      description = "Only tasks in this status: ${COMPLETION-CANDIDATES}.")
  TaskStatus status;

  @Option(
      names = "--priority",
      paramLabel = "PRIORITY",
      converter = Converters.PriorityConverter.class,
      completionCandidates = Converters.PriorityCodes.class,
      description = "Only tasks of this priority: ${COMPLETION-CANDIDATES}.")
  Priority priority;

  @Option(
      names = "--assigned-to",
      paramLabel = "WHO",
      description = "Only tasks assigned to this username or e-mail address.")
  String assignedTo;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      converter = Converters.SortConverter.class,
      completionCandidates = Converters.SortCodes.class,
      description = "createdAt, dueDate, priority or title; a leading - sorts descending.")
  TaskSort sort;

  @Option(names = "--page", paramLabel = "N", description = "The page, from 1 (default: 1).")
  Integer page;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Tasks per page, 1 to 100 (default: 20).")
  Integer limit;

  @Option(names = "--json", description = "Print JSON: items, page, limit and total.")
  boolean json;

  TasksListCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Page<Task> tasks =
        session
            .core()
            .listTasks()
            .list(
                new ListTasksUseCase.Query(
                    session.operator(), page, limit, status, priority, assignedTo, sort));
    if (json) {
      session.printJson(Views.PageJson.from(tasks, Views.TaskJson::from));
      return ExitCode.OK;
    }
    Table table = Table.of("ID", "STATUS", "PRIORITY", "DUE", "ASSIGNED TO", "TITLE");
    for (Task task : tasks.items()) {
      table.row(
          task.id(),
          task.status().code(),
          task.priority().code(),
          task.dueDate() == null ? null : Views.instant(task.dueDate().value()),
          task.assignedTo(),
          task.title());
    }
    table.print(session.out());
    session.out().println(Paging.footer(tasks, "task", "tasks"));
    return ExitCode.OK;
  }
}
