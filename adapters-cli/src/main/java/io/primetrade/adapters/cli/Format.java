package io.primetrade.adapters.cli;

import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats of task exports and imports. */
enum Format {
  /** JSON Lines: one JSON object per line. */
  JSONL("jsonl", ".jsonl"),
  /** Comma-separated values with a header row, as RFC 4180 writes them. */
  CSV("csv", ".csv");

  private final String code;
  private final String extension;

  Format(String code, String extension) {
    this.code = code;
    this.extension = extension;
  }

  String code() {
    return code;
  }

  /** The format a file name's extension says, if it says one. */
  static Optional<Format> fromFileName(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    for (Format format : values()) {
      if (lower.endsWith(format.extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  static Optional<Format> fromCode(String code) {
    for (Format format : values()) {
      if (format.code.equals(code)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  TaskReader reader(Reader in) {
    return switch (this) {
      case JSONL -> new JsonLinesTaskReader(in);
      case CSV -> new CsvTaskReader(in);
    };
  }

  TaskWriter writer(Writer out) {
    return switch (this) {
      case JSONL -> new JsonLinesTaskWriter(out);
      case CSV -> new CsvTaskWriter(out);
    };
  }
}
