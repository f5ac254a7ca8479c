package io.primetrade.adapters.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.primetrade.domain.task.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes a header row and one row per task; values are quoted where CSV needs it. */
final class CsvTaskWriter implements TaskWriter {
  private static final CsvMapper MAPPER =
      CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
  private static final CsvSchema SCHEMA = MAPPER.schemaFor(Views.TaskJson.class).withHeader();

  private final Writer out;
  private final SequenceWriter rows;

  CsvTaskWriter(Writer out) {
    this.out = out;
    try {
      this.rows = MAPPER.writerFor(Views.TaskJson.class).with(SCHEMA).writeValues(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the export failed", e);
    }
  }

  @Override
  public void accept(Task task) {
    try {
      rows.write(Views.TaskJson.from(task));
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the export failed", e);
    }
  }

  @Override
  public void close() {
    try {
      rows.close();
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the export failed", e);
    }
  }
}
