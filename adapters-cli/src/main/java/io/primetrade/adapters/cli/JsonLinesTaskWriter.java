package io.primetrade.adapters.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.primetrade.domain.task.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes one JSON object per line, each line ended by a newline. */
final class JsonLinesTaskWriter implements TaskWriter {
  private static final ObjectWriter WRITER =
      Json.MAPPER
          .writerFor(Views.TaskJson.class)
          .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private final Writer out;

  JsonLinesTaskWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void accept(Task task) {
    try {
      WRITER.writeValue(out, Views.TaskJson.from(task));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the export failed", e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the export failed", e);
    }
  }
}
