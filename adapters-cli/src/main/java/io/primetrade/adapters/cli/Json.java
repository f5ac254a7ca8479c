package io.primetrade.adapters.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson mapper of the tool; thread-safe once built. */
final class Json {
  static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

  /** Indented, for {@code --json} output that people read too. */
  static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();

  private Json() {}
}
