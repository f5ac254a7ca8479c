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

class CsvTaskReaderTest {
  private static List<Row> readAll(String text) {
    List<Row> rows = new ArrayList<>();
    try (CsvTaskReader reader = new CsvTaskReader(new StringReader(text))) {
      reader.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void readsColumnsInAnyOrder_numberingRowsByTheLineTheyStartOn() {
    List<Row> rows =
        readAll("priority,title,description\n" + "high,One,\"two\nlines\"\n" + "\n" + ",Two,\n");

    assertThat(rows)
        .containsExactly(
            new Row(2, "One", "two\nlines", null, "high", null, null),
            new Row(5, "Two", null, null, null, null, null));
  }

  @Test
  void acceptsTheExportHeader_ignoringTheColumnsTheStoreSets() {
    List<Row> rows =
        readAll(
            "id,title,description,status,priority,dueDate,assignedTo,createdBy,createdAt,"
                + "updatedAt,version\n"
                + "0b0e7a4e-3c43-4a8f-9d4e-6f1b2a3c4d5e,Exported,,pending,medium,"
                + "2026-12-01T00:00:00.000Z,ann,1b0e7a4e-3c43-4a8f-9d4e-6f1b2a3c4d5e,"
                + "2026-01-01T00:00:00.000Z,2026-01-01T00:00:00.000Z,3\n");

    assertThat(rows)
        .containsExactly(
            new Row(2, "Exported", null, "pending", "medium", "2026-12-01T00:00:00.000Z", "ann"));
  }

  @Test
  void refusesUnknownColumns_onLineOne() {
    assertThatThrownBy(() -> readAll("title,owner\nA task,bob\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Line 1: unknown column 'owner'");
    assertThatThrownBy(() -> readAll("title,title\nA,B\n"))
        .hasMessageStartingWith("Line 1: the column 'title' appears twice");
    assertThatThrownBy(() -> readAll("status\npending\n"))
        .hasMessageStartingWith("Line 1: the header has no 'title' column");
  }

  @Test
  void refusesRowsWithTheWrongNumberOfValues_namingTheirLine() {
    CsvTaskReader reader = new CsvTaskReader(new StringReader("title,status\nOne,pending\nTwo\n"));

    assertThat(reader.next().title()).isEqualTo("One");
    assertThatThrownBy(reader::next)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Line 3: has 1 values, but the header names 2 columns");
  }

  @Test
  void refusesMalformedQuoting_namingTheLine() {
    CsvTaskReader reader =
        new CsvTaskReader(new StringReader("title,status\nOne,pending\n\"Two\"x,pending\n"));
    reader.next();

    assertThatThrownBy(reader::next)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Line 3: not valid CSV");
  }

  @Test
  void refusesBytesThatAreNotUtf8_namingTheLine() {
    byte[] bytes =
        "title,status\nOne,pending\n\"Two\nand \u00e9\",pending\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    CsvTaskReader reader = new CsvTaskReader(TextFiles.reader(new ByteArrayInputStream(bytes)));
    reader.next();

    assertThatThrownBy(reader::next)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Line 4: not valid UTF-8");
  }

  @Test
  void readsNothingFromAnEmptyFile() {
    assertThat(readAll("")).isEmpty();
    assertThat(readAll("title,status\n")).isEmpty();
  }
}
