package io.primetrade.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.primetrade.application.port.in.ImportTasksUseCase.Row;
import io.primetrade.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTaskReaderTest {
  private static List<Row> readAll(String text) {
    List<Row> rows = new ArrayList<>();
    try (JsonLinesTaskReader reader = new JsonLinesTaskReader(new StringReader(text))) {
      reader.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void readsOneRecordPerLine_numberedByLine_skippingBlankLines() {
    List<Row> rows =
        readAll(
            "{\"title\":\"First\",\"status\":\"in-progress\"}\n"
                + "\n"
                + "   \n"
                + "{\"title\":\"Second\",\"priority\":\"high\",\"dueDate\":\"2026-12-01\","
                + "\"assignedTo\":\"ann\",\"description\":null}\n");

    assertThat(rows)
        .containsExactly(
            new Row(1, "First", null, "in-progress", null, null, null),
            new Row(4, "Second", null, null, "high", "2026-12-01", "ann"));
  }

  @Test
  void acceptsEveryExportField_ignoringThoseTheStoreSets() {
    List<Row> rows =
        readAll(
            "{\"id\":\"0b0e7a4e-3c43-4a8f-9d4e-6f1b2a3c4d5e\",\"title\":\"Exported\","
                + "\"description\":\"d\",\"status\":\"completed\",\"priority\":\"low\","
                + "\"dueDate\":null,\"assignedTo\":null,"
                + "\"createdBy\":\"1b0e7a4e-3c43-4a8f-9d4e-6f1b2a3c4d5e\","
                + "\"createdAt\":\"2026-01-01T00:00:00.000Z\","
                + "\"updatedAt\":\"2026-01-02T00:00:00.000Z\",\"version\":7}\n");

    assertThat(rows).containsExactly(new Row(1, "Exported", "d", "completed", "low", null, null));
  }

  @Test
  void refusesUnknownField_namingItsLine() {
    JsonLinesTaskReader reader =
        new JsonLinesTaskReader(
            new StringReader("{\"title\":\"Fine\"}\n\n{\"title\":\"x\",\"owner\":\"bob\"}\n"));

    assertThat(reader.next().title()).isEqualTo("Fine");
    assertThatThrownBy(reader::next)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Line 3: ")
        .hasMessageContaining("unknown field 'owner'");
  }

  @Test
  void refusesMalformedJson_namingItsLine() {
    JsonLinesTaskReader reader =
        new JsonLinesTaskReader(new StringReader("{\"title\":\"Fine\"}\n{\"title\": oops}\n"));
    reader.next();

    assertThatThrownBy(reader::next)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Line 2: not valid JSON");
  }

  @Test
  void refusesAnythingButOneObjectPerLine() {
    assertThatThrownBy(() -> readAll("[\"title\"]\n"))
        .hasMessageStartingWith("Line 1: must be one JSON object");
    assertThatThrownBy(() -> readAll("null\n"))
        .hasMessageStartingWith("Line 1: must be one JSON object");
    assertThatThrownBy(() -> readAll("{\"title\":\"One\"} {\"title\":\"Two\"}\n"))
        .hasMessageStartingWith("Line 1: ");
  }

  @Test
  void refusesNonTextValues_namingTheField() {
    assertThatThrownBy(() -> readAll("{\"title\":123}\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Line 1: title must be text");
    assertThatThrownBy(() -> readAll("{\"title\":\"ok\",\"assignedTo\":{\"name\":\"x\"}}\n"))
        .hasMessage("Line 1: assignedTo must be text");
  }

  @Test
  void refusesBytesThatAreNotUtf8_namingTheLine() {
    byte[] bytes =
        "{\"title\":\"ok\"}\n{\"title\":\"\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    JsonLinesTaskReader reader =
        new JsonLinesTaskReader(TextFiles.reader(new ByteArrayInputStream(bytes)));

    assertThatThrownBy(() -> reader.forEachRemaining(row -> {}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Line 2: not valid UTF-8");
  }

  @Test
  void skipsAByteOrderMark() {
    assertThat(readAll("\uFEFF{\"title\":\"Marked\"}\n"))
        .extracting(Row::title)
        .containsExactly("Marked");
  }
}
