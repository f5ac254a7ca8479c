package io.primetrade.adapters.http.javalin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.primetrade.adapters.http.javalin.Wire.MessageJson;
import io.primetrade.adapters.http.javalin.Wire.PageMeta;
import io.primetrade.adapters.http.javalin.Wire.TaskJson;
import io.primetrade.application.port.in.Cached;
import io.primetrade.application.port.in.CreateTaskUseCase;
import io.primetrade.application.port.in.DeleteTaskUseCase;
import io.primetrade.application.port.in.GetTaskUseCase;
import io.primetrade.application.port.in.ListTasksUseCase;
import io.primetrade.application.port.in.UpdateTaskUseCase;
import io.primetrade.domain.Page;
import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskField;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskSort;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import java.util.EnumSet;
import java.util.Set;

/** {@code /api/v1/tasks}: the board. Role decisions stay in the core. */
final class TaskRoutes {
  private static final Set<String> TASK_FIELDS =
      Set.of("title", "description", "status", "priority", "dueDate", "assignedTo");

  private final ListTasksUseCase listTasks;
  private final GetTaskUseCase getTask;
  private final CreateTaskUseCase createTask;
  private final UpdateTaskUseCase updateTask;
  private final DeleteTaskUseCase deleteTask;
  private final Authenticator authenticator;
  private final RateLimiting rateLimiting;
  private final ObjectMapper mapper;

  TaskRoutes(
      ListTasksUseCase listTasks,
      GetTaskUseCase getTask,
      CreateTaskUseCase createTask,
      UpdateTaskUseCase updateTask,
      DeleteTaskUseCase deleteTask,
      Authenticator authenticator,
      RateLimiting rateLimiting,
      ObjectMapper mapper) {
    this.listTasks = listTasks;
    this.getTask = getTask;
    this.createTask = createTask;
    this.updateTask = updateTask;
    this.deleteTask = deleteTask;
    this.authenticator = authenticator;
    this.rateLimiting = rateLimiting;
    this.mapper = mapper;
  }

  /** {@code GET /api/v1/tasks?page&limit&status&priority&assignedTo&sort}. */
  void list(Context ctx) {
    Actor actor = authenticator.actor(ctx);
    QueryParams query = new QueryParams(ctx.queryParamMap(), ListTasksQuery.PARAMETERS);
    ListTasksUseCase.Query listQuery = ListTasksQuery.from(actor, query);
    Cached<Page<Task>> read = listTasks.read(listQuery);
    Page<Task> page = read.value();
    cacheHeader(ctx, read);
    ctx.json(Envelope.ok(page.items().stream().map(TaskJson::from).toList(), PageMeta.of(page)));
  }

  /** {@code GET /api/v1/tasks/{id}}. */
  void get(Context ctx) {
    Actor actor = authenticator.actor(ctx);
    Cached<Task> read = getTask.read(new GetTaskUseCase.Query(actor, taskId(ctx)));
    cacheHeader(ctx, read);
    respond(ctx, 200, read.value());
  }

  /** {@code X-Cache: HIT} when the answer came from the task cache, else {@code MISS}. */
  private static void cacheHeader(Context ctx, Cached<?> read) {
    ctx.header("X-Cache", read.hit() ? "HIT" : "MISS");
  }

  /** {@code POST /api/v1/tasks}: admins only. */
  void create(Context ctx) {
    Actor actor = authenticator.actor(ctx);
    rateLimiting.taskCreate(ctx, actor);
    JsonBody body = JsonBody.read(ctx, mapper, TASK_FIELDS);
    CreateTaskUseCase.Command command =
        new CreateTaskUseCase.Command(
            actor,
            body.string("title"),
            body.string("description"),
            body.parsed("status", TaskStatus::fromCode),
            body.parsed("priority", Priority::fromCode),
            body.parsed("dueDate", DueDate::parse),
            body.string("assignedTo"));
    body.requireValid();
    Task task = createTask.create(command);
    ctx.header("Location", "/api/v1/tasks/" + task.id());
    respond(ctx, 201, task);
  }

  /**
   * {@code PUT /api/v1/tasks/{id}}: the fields given change; {@code null} clears description, due
   * date or assignee.
   */
  void update(Context ctx) {
    Actor actor = authenticator.actor(ctx);
    TaskId id = taskId(ctx);
    Long ifMatch = ETags.ifMatch(ctx);
    JsonBody body = JsonBody.read(ctx, mapper, TASK_FIELDS);
    EnumSet<TaskField> cleared = EnumSet.noneOf(TaskField.class);
    for (TaskField field : TaskField.values()) {
      if (body.isNull(field.fieldName())) {
        cleared.add(field);
      }
    }
    UpdateTaskUseCase.Command command =
        new UpdateTaskUseCase.Command(
            actor,
            id,
            ifMatch,
            body.string("title"),
            body.string("description"),
            body.parsed("status", TaskStatus::fromCode),
            body.parsed("priority", Priority::fromCode),
            body.parsed("dueDate", DueDate::parse),
            body.string("assignedTo"),
            cleared);
    body.requireValid();
    respond(ctx, 200, updateTask.update(command));
  }

  /** {@code DELETE /api/v1/tasks/{id}}: admins only. */
  void delete(Context ctx) {
    Actor actor = authenticator.actor(ctx);
    deleteTask.delete(new DeleteTaskUseCase.Command(actor, taskId(ctx), ETags.ifMatch(ctx)));
    ctx.json(Envelope.ok(new MessageJson("Task deleted")));
  }

  private static TaskId taskId(Context ctx) {
    return TaskId.parse(ctx.pathParam("id"), "id");
  }

  private static void respond(Context ctx, int status, Task task) {
    ctx.status(status).header("ETag", ETags.of(task)).json(Envelope.ok(TaskJson.from(task)));
  }

  /** The list endpoint's query string, read into the use case's query. */
  private static final class ListTasksQuery {
    static final Set<String> PARAMETERS =
        Set.of("page", "limit", "status", "priority", "assignedTo", "sort");

    static ListTasksUseCase.Query from(Actor actor, QueryParams query) {
      ListTasksUseCase.Query result =
          new ListTasksUseCase.Query(
              actor,
              query.integer("page"),
              query.integer("limit"),
              query.parsed("status", TaskStatus::fromCode),
              query.parsed("priority", Priority::fromCode),
              query.text("assignedTo"),
              query.parsed("sort", TaskSort::parse));
      query.requireValid();
      return result;
    }
  }
}
