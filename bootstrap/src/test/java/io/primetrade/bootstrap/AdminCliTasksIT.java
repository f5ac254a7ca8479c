package io.primetrade.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.primetrade.application.port.in.CreateTaskUseCase;
import io.primetrade.bootstrap.AdminCliRunner.Result;
import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tasks through the admin tool: listing, export and import, end to end on real SQLite files. */
class AdminCliTasksIT {
  /** The fields an import takes over; the store sets the others anew. */
  private static final List<String> CARRIED =
      List.of("title", "description", "status", "priority", "dueDate", "assignedTo");

  @TempDir Path directory;

  private AdminCliRunner source;
  private AdminCliRunner target;

  @BeforeEach
  void setUp() {
    source = AdminCliRunner.on(directory.resolve("source.db"));
    target = AdminCliRunner.on(directory.resolve("target.db"));
    source.createUser("owner", "owner-password", true);
    target.createUser("mover", "mover-password", true);
  }

  /** Five tasks with every kind of field value, created through the core by the source's admin. */
  private void seedSource() {
    Actor operator = source.login("owner@example.com", "owner-password").user().asActor();
    try (PrimeTrade app = source.app()) {
      List<CreateTaskUseCase.Command> commands =
          List.of(
              new CreateTaskUseCase.Command(operator, "Plain task", null, null, null, null, null),
              new CreateTaskUseCase.Command(
                  operator,
                  "Quotes \"and\", commas",
                  "Two lines,\nwith a comma and \"quotes\"",
                  TaskStatus.IN_PROGRESS,
                  Priority.HIGH,
                  DueDate.parse("2026-12-01"),
                  "owner"),
              new CreateTaskUseCase.Command(
                  operator,
                  "Ünïcödé — ✓",
                  "Ελληνικά",
                  TaskStatus.COMPLETED,
                  Priority.LOW,
                  DueDate.parse("2026-12-01T17:30:00+01:00"),
                  "owner@example.com"),
              new CreateTaskUseCase.Command(
                  operator, "Fourth", "  ", TaskStatus.PENDING, Priority.MEDIUM, null, null),
              new CreateTaskUseCase.Command(
                  operator, "Fifth", "d", null, Priority.HIGH, null, "someone-else"));
      for (CreateTaskUseCase.Command command : commands) {
        app.core().createTask().create(command);
      }
    }
  }

  private static List<JsonNode> exported(AdminCliRunner cli) {
    Result result = cli.run("tasks", "export", "--format", "jsonl");
    assertThat(result.code()).as("%s", result).isZero();
    return result.out().lines().map(AdminCliTasksIT::parse).toList();
  }

  private static JsonNode parse(String line) {
    try {
      return AdminCliRunner.JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }

  private static List<List<String>> carried(List<JsonNode> tasks) {
    return tasks.stream()
        .map(task -> CARRIED.stream().map(field -> task.get(field).asText(null)).toList())
        .toList();
  }

  private static JsonNode byTitle(List<JsonNode> tasks, String title) {
    return tasks.stream()
        .filter(task -> task.get("title").asText().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no task titled " + title));
  }

  private long taskCount(AdminCliRunner cli) {
    return cli.run("db", "status", "--json").json().get("rows").get("tasks").asLong();
  }

  @Test
  void listsAndShowsTasks_asTablesAndJson() {
    seedSource();

    Result table = source.run("tasks", "list", "--sort", "title");
    JsonNode high = source.run("tasks", "list", "--priority", "high", "--json").json();
    String id = high.get("items").get(0).get("id").asText();
    JsonNode shown = source.run("tasks", "show", id, "--json").json();
    Result shownTable = source.run("tasks", "show", id);

    assertThat(table.code()).isZero();
    List<String> lines = table.out().lines().toList();
    assertThat(lines.get(0)).matches("ID +STATUS +PRIORITY +DUE +ASSIGNED TO +TITLE");
    assertThat(lines.get(1)).endsWith("Fifth");
    assertThat(lines.get(6)).isEqualTo("Page 1 of 1, 5 tasks in all.");
    assertThat(high.get("total").asLong()).isEqualTo(2);
    assertThat(shown.get("id").asText()).isEqualTo(id);
    assertThat(shown.get("version").asLong()).isEqualTo(1);
    assertThat(shownTable.out()).containsPattern("(?m)^version +1$");
    assertThat(source.run("tasks", "list", "--status", "done").code()).isEqualTo(2);
    assertThat(source.run("tasks", "show", "00000000-0000-4000-8000-000000000000").errLines())
        .containsExactly("error: Task not found");
  }

  @Test
  void exportsEveryField_inTheApiFormats() {
    seedSource();

    List<JsonNode> tasks = exported(source);

    assertThat(tasks).hasSize(5);
    JsonNode second = byTitle(tasks, "Quotes \"and\", commas");
    assertThat(second.fieldNames())
        .toIterable()
        .containsExactly(
            "id",
            "title",
            "description",
            "status",
            "priority",
            "dueDate",
            "assignedTo",
            "createdBy",
            "createdAt",
            "updatedAt",
            "version");
    assertThat(second.get("status").asText()).isEqualTo("in-progress");
    assertThat(second.get("dueDate").asText()).isEqualTo("2026-12-01T00:00:00.000Z");
    assertThat(byTitle(tasks, "Ünïcödé — ✓").get("dueDate").asText())
        .isEqualTo("2026-12-01T16:30:00.000Z");
    assertThat(second.get("createdAt").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT[\\d:]{8}\\.\\d{3}Z");
    assertThat(byTitle(tasks, "Plain task").get("description").isNull()).isTrue();
  }

  @Test
  void exportThenImport_roundTripsInBothFormats_intoAnotherDatabase() throws IOException {
    seedSource();
    List<JsonNode> original = exported(source);

    for (String format : List.of("jsonl", "csv")) {
      Path file = directory.resolve("tasks." + format);
      Result export = source.run("tasks", "export", "--output", file.toString());
      AdminCliRunner fresh = AdminCliRunner.on(directory.resolve("fresh-" + format + ".db"));
      fresh.createUser("mover", "mover-password", true);

      Result imported =
          fresh.run("tasks", "import", file.toString(), "--created-by", "mover@example.com");

      assertThat(export.out()).isEqualTo("Exported 5 tasks to " + file + ".\n");
      assertThat(imported.code()).as("%s", imported).isZero();
      assertThat(imported.out()).isEqualTo("Imported 5 tasks in 1 batch.\n");
      List<JsonNode> copy = exported(fresh);
      // Tasks created in the same millisecond come out in id order, so the order may differ.
      assertThat(carried(copy)).as(format).containsExactlyInAnyOrderElementsOf(carried(original));
      String mover =
          fresh.run("users", "show", "mover@example.com", "--json").json().get("id").asText();
      assertThat(copy)
          .allSatisfy(task -> assertThat(task.get("createdBy").asText()).isEqualTo(mover));
      assertThat(copy).allSatisfy(task -> assertThat(task.get("version").asLong()).isEqualTo(1));
    }
    assertThat(Files.readString(directory.resolve("tasks.csv"), StandardCharsets.UTF_8))
        .startsWith(
            "id,title,description,status,priority,dueDate,assignedTo,createdBy,createdAt,"
                + "updatedAt,version\n");
  }

  @Test
  void importsFromStdin_withAFormat() {
    String csv = "title,status\nFrom stdin,completed\n";

    Result result =
        target.runWithStdin(
            csv, "tasks", "import", "-", "--format", "csv", "--created-by", "mover@example.com");
    Result withoutFormat =
        target.runWithStdin(csv, "tasks", "import", "-", "--created-by", "mover@example.com");

    assertThat(result.code()).as("%s", result).isZero();
    assertThat(carried(exported(target)))
        .containsExactly(Arrays.asList("From stdin", null, "completed", "medium", null, null));
    assertThat(withoutFormat.code()).isEqualTo(2);
  }

  @Test
  void malformedLineFive_stopsTheImport_namingIt_andWritesNothing() throws IOException {
    Path file = directory.resolve("bad.jsonl");
    List<String> lines = new ArrayList<>();
    IntStream.rangeClosed(1, 4).forEach(i -> lines.add("{\"title\":\"Task " + i + "\"}"));
    lines.add("{\"title\":\"Task 5\",\"status\":\"done\"}");
    lines.add("{\"title\":\"Task 6\"}");
    Files.write(file, lines);

    Result result =
        target.run("tasks", "import", file.toString(), "--created-by", "mover@example.com");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("error: Line 5: status must be one of");
    assertThat(taskCount(target)).isZero();
  }

  @Test
  void unreadableLineFive_inBatches_keepsTheEarlierBatchesOnly() throws IOException {
    Path file = directory.resolve("bad.csv");
    Files.writeString(
        file, "title,priority\nOne,low\nTwo,low\nThree,low\n\"Four\"oops,low\nFive,low\n");

    Result result =
        target.run(
            "tasks",
            "import",
            file.toString(),
            "--created-by",
            "mover@example.com",
            "--batch-size",
            "2");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("error: Line 5: not valid CSV");
    // Lines 2-3 are the first batch and stay; line 4 and the bad 5th were the second.
    assertThat(carried(exported(target)).stream().map(fields -> fields.get(0)))
        .containsExactlyInAnyOrder("One", "Two");
  }

  @Test
  void refusesUnknownFields() throws IOException {
    Path file = directory.resolve("unknown.jsonl");
    Files.writeString(file, "{\"title\":\"Fine\"}\n{\"title\":\"Odd\",\"owner\":\"x\"}\n");

    Result result =
        target.run("tasks", "import", file.toString(), "--created-by", "mover@example.com");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).startsWith("error: Line 2: unknown field 'owner'");
    assertThat(taskCount(target)).isZero();
  }

  @Test
  void importsInBatches() throws IOException {
    Path file = directory.resolve("ten.jsonl");
    Files.write(
        file,
        IntStream.rangeClosed(1, 10).mapToObj(i -> "{\"title\":\"Batched " + i + "\"}").toList());

    Result result =
        target.run(
            "tasks",
            "import",
            file.toString(),
            "--created-by",
            "mover@example.com",
            "--batch-size",
            "3");

    assertThat(result.code()).as("%s", result).isZero();
    assertThat(result.out()).isEqualTo("Imported 10 tasks in 4 batches.\n");
    assertThat(taskCount(target)).isEqualTo(10);
  }

  @Test
  void refusesFilesItCannotRead_asUsageErrors() {
    Result missing =
        target.run(
            "tasks",
            "import",
            directory.resolve("nope.jsonl").toString(),
            "--created-by",
            "mover@example.com");
    Result unknownFormat =
        target.run(
            "tasks",
            "import",
            directory.resolve("tasks.txt").toString(),
            "--created-by",
            "mover@example.com");

    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
    assertThat(unknownFormat.code()).isEqualTo(2);
    assertThat(unknownFormat.err()).contains("--format");
  }

  @Test
  void importsAHundredThousandRows() throws IOException {
    int count = 100_000;
    Path file = directory.resolve("large.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= count; i++) {
        out.write(
            "{\"title\":\"Generated task "
                + i
                + "\",\"description\":\"Row "
                + i
                + " of a large import\",\"status\":\"pending\",\"priority\":\""
                + (i % 3 == 0 ? "high" : "low")
                + "\",\"dueDate\":\"2027-01-01\",\"assignedTo\":\"mover\"}\n");
      }
    }
    Instant start = Instant.now();

    Result result =
        target.run(
            "tasks",
            "import",
            file.toString(),
            "--created-by",
            "mover@example.com",
            "--batch-size",
            "10000");

    assertThat(result.code()).as("%s", result).isZero();
    assertThat(result.out()).isEqualTo("Imported 100000 tasks in 10 batches.\n");
    assertThat(taskCount(target)).isEqualTo(count);
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMinutes(2));
  }
}
