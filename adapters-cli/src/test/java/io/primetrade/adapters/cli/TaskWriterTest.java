package io.primetrade.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.primetrade.application.port.in.ImportTasksUseCase.Row;
import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskId;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.UserId;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an export writes, an import reads back. */
class TaskWriterTest {
  private static final Instant T0 = Instant.parse("2026-11-22T01:02:03.456Z");

  private static final Task TASK =
      new Task(
          new TaskId(UUID.fromString("0b0e7a4e-3c43-4a8f-9d4e-6f1b2a3c4d5e")),
          "Quote \"this\", please",
          "two\nlines, and a comma",
          TaskStatus.IN_PROGRESS,
          Priority.HIGH,
          new DueDate(Instant.parse("2026-12-01T00:00:00Z")),
          "ann@example.com",
          new UserId(UUID.fromString("1b0e7a4e-3c43-4a8f-9d4e-6f1b2a3c4d5e")),
          T0,
          T0.plusSeconds(60),
          3);

  private static final Task BARE =
      new Task(
          new TaskId(UUID.fromString("2b0e7a4e-3c43-4a8f-9d4e-6f1b2a3c4d5e")),
          "Bare",
          null,
          TaskStatus.PENDING,
          Priority.MEDIUM,
          null,
          null,
          new UserId(UUID.fromString("1b0e7a4e-3c43-4a8f-9d4e-6f1b2a3c4d5e")),
          T0,
          T0,
          1);

  private static String write(Format format) {
    StringWriter out = new StringWriter();
    try (TaskWriter writer = format.writer(out)) {
      writer.accept(TASK);
      writer.accept(BARE);
    }
    return out.toString();
  }

  private static List<Row> read(Format format, String text) {
    List<Row> rows = new ArrayList<>();
    try (TaskReader reader = format.reader(new StringReader(text))) {
      reader.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void jsonLines_oneObjectPerLine_withEveryFieldInOrder() {
    String text = write(Format.JSONL);

    assertThat(text).endsWith("\n");
    assertThat(text.lines()).hasSize(2);
    assertThat(text.split("\n")[0])
        .isEqualTo(
            "{\"id\":\"0b0e7a4e-3c43-4a8f-9d4e-6f1b2a3c4d5e\",\"title\":\"Quote \\\"this\\\","
                + " please\",\"description\":\"two\\nlines, and a comma\","
                + "\"status\":\"in-progress\",\"priority\":\"high\","
                + "\"dueDate\":\"2026-12-01T00:00:00.000Z\",\"assignedTo\":\"ann@example.com\","
                + "\"createdBy\":\"1b0e7a4e-3c43-4a8f-9d4e-6f1b2a3c4d5e\","
                + "\"createdAt\":\"2026-11-22T01:02:03.456Z\","
                + "\"updatedAt\":\"2026-11-22T01:03:03.456Z\",\"version\":3}");
  }

  @Test
  void csv_headerOfTheExportFields_thenOneRowPerTask() {
    String text = write(Format.CSV);

    assertThat(text.lines().findFirst()).contains(String.join(",", Views.TaskJson.FIELDS));
  }

  @Test
  void bothFormats_readBackAsTheSameRows() {
    for (Format format : Format.values()) {
      List<Row> rows = read(format, write(format));

      assertThat(rows)
          .as(format.code())
          .extracting(
              Row::title,
              Row::description,
              Row::status,
              Row::priority,
              Row::dueDate,
              Row::assignedTo)
          .containsExactly(
              tuple(
                  "Quote \"this\", please",
                  "two\nlines, and a comma",
                  "in-progress",
                  "high",
                  "2026-12-01T00:00:00.000Z",
                  "ann@example.com"),
              tuple("Bare", null, "pending", "medium", null, null));
    }
  }
}
