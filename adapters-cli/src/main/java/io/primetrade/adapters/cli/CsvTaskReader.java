package io.primetrade.adapters.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.primetrade.application.port.in.ImportTasksUseCase.Row;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads CSV with a header row naming the columns, in any order, with Jackson's streaming parser:
 * quoted values may span lines, and each row is numbered by the line it starts on. An empty value
 * is an absent one.
 */
final class CsvTaskReader implements TaskReader {
  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .build();

  private final Reader source;
  private JsonParser parser;
  private Map<String, Integer> columns;
  private long rowLine;
  private boolean rowStarted;
  private boolean ended;

  CsvTaskReader(Reader source) {
    this.source = source;
  }

  @Override
  public boolean hasNext() {
    if (rowStarted) {
      return true;
    }
    if (ended) {
      return false;
    }
    if (columns == null) {
      open();
      if (ended) {
        return false;
      }
    }
    // 0: the row has no line yet, the parser's location names it.
    JsonToken token = nextToken(0);
    if (token == JsonToken.START_ARRAY) {
      rowStarted = true;
      rowLine = parser.currentLocation().getLineNr();
    } else {
      ended = true;
    }
    return rowStarted;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    rowStarted = false;
    List<String> values = values(rowLine);
    if (values.size() != columns.size()) {
      throw TaskReader.lineError(
          rowLine,
          "has " + values.size() + " values, but the header names " + columns.size() + " columns");
    }
    return new Row(
        rowLine,
        value(values, "title"),
        value(values, "description"),
        value(values, "status"),
        value(values, "priority"),
        value(values, "dueDate"),
        value(values, "assignedTo"));
  }

  /** Reads the header row; the file may end before it, having no rows at all. */
  private void open() {
    try {
      parser = MAPPER.createParser(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    columns = new HashMap<>();
    // The whole file is one array of rows.
    if (nextToken(1) != JsonToken.START_ARRAY || nextToken(1) != JsonToken.START_ARRAY) {
      ended = true;
      return;
    }
    List<String> header = values(1);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i) == null ? "" : header.get(i).strip();
      if (i == 0) {
        name = JsonLinesTaskReader.withoutByteOrderMark(name);
      }
      if (!Views.TaskJson.FIELDS.contains(name)) {
        throw TaskReader.lineError(
            1, "unknown column '" + name + "'; the columns are " + TaskReader.known());
      }
      if (columns.put(name, i) != null) {
        throw TaskReader.lineError(1, "the column '" + name + "' appears twice");
      }
    }
    if (!columns.containsKey("title")) {
      throw TaskReader.lineError(1, "the header has no 'title' column");
    }
  }

  /** The values of the row whose START_ARRAY was just read; empty ones as null. */
  private List<String> values(long line) {
    List<String> values = new ArrayList<>();
    for (JsonToken token = nextToken(line); token != JsonToken.END_ARRAY; token = nextToken(line)) {
      if (token == null) {
        throw TaskReader.lineError(line, "the row does not end");
      }
      String text = text();
      values.add(text == null || text.isEmpty() ? null : text);
    }
    return values;
  }

  private String value(List<String> values, String column) {
    Integer index = columns.get(column);
    return index == null ? null : values.get(index);
  }

  private JsonToken nextToken(long line) {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      long at = line > 0 ? line : e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw TaskReader.lineError(at, "not valid CSV: " + e.getOriginalMessage());
    } catch (Utf8Lines.MalformedLine e) {
      throw TaskReader.lineError(e.line(), "not valid UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the CSV input failed", e);
    }
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the CSV input failed", e);
    }
  }

  @Override
  public void close() {
    try {
      if (parser != null) {
        parser.close();
      }
      source.close();
    } catch (IOException e) {
      // Nothing was lost: reading is over.
    }
  }
}
