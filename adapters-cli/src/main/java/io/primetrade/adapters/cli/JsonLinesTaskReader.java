package io.primetrade.adapters.cli;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.primetrade.application.port.in.ImportTasksUseCase.Row;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * Reads JSON Lines: one JSON object per line, blank lines skipped. Each line is parsed on its own,
 * so that a line number always names the line at fault and a record cannot spill over into the
 * next.
 */
final class JsonLinesTaskReader implements TaskReader {
  private static final ObjectReader READER = reader();

  private final BufferedReader in;
  private long lineNumber;
  private String pending;
  private boolean ended;

  JsonLinesTaskReader(Reader in) {
    this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
  }

  private static ObjectReader reader() {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    // A number where text belongs is a mistake in the file, not a title.
    for (CoercionInputShape shape :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    return mapper.readerFor(ImportedTask.class);
  }

  @Override
  public boolean hasNext() {
    while (pending == null && !ended) {
      String line = readLine();
      if (line == null) {
        ended = true;
      } else {
        lineNumber++;
        if (!line.isBlank()) {
          pending = lineNumber == 1 ? withoutByteOrderMark(line) : line;
        }
      }
    }
    return pending != null;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    String line = pending;
    pending = null;
    return parse(line, lineNumber);
  }

  private static Row parse(String line, long number) {
    ImportedTask task;
    try {
      task = READER.readValue(line);
    } catch (UnrecognizedPropertyException e) {
      throw TaskReader.lineError(
          number,
          "unknown field '" + e.getPropertyName() + "'; the fields are " + TaskReader.known());
    } catch (JsonParseException e) {
      throw TaskReader.lineError(number, "not valid JSON: " + e.getOriginalMessage());
    } catch (JsonMappingException e) {
      String field =
          e.getPath().stream()
              .map(JsonMappingException.Reference::getFieldName)
              .filter(name -> name != null)
              .collect(Collectors.joining("."));
      throw field.isEmpty()
          ? TaskReader.lineError(number, "must be one JSON object")
          : TaskReader.fieldError(number, field, "must be text");
    } catch (JsonProcessingException e) {
      throw TaskReader.lineError(number, "not valid JSON: " + e.getOriginalMessage());
    }
    if (task == null) {
      throw TaskReader.lineError(number, "must be one JSON object");
    }
    return task.toRow(number);
  }

  /** Some editors start UTF-8 files with a byte order mark, which JSON does not allow. */
  static String withoutByteOrderMark(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private String readLine() {
    try {
      return in.readLine();
    } catch (Utf8Lines.MalformedLine e) {
      throw TaskReader.lineError(e.line(), "not valid UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("Reading line " + (lineNumber + 1) + " failed", e);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // Nothing was lost: reading is over.
    }
  }
}
