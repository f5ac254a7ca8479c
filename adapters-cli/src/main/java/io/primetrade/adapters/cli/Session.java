package io.primetrade.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.primetrade.application.Core;
import io.primetrade.application.port.out.DatabaseMaintenance;
import io.primetrade.domain.user.Actor;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * One run of the tool: its streams, its options and the backend, opened on first use. Output is
 * UTF-8 whatever the platform's default, because files and pipes are read as UTF-8.
 */
final class Session implements AutoCloseable {
  private final BackendFactory backends;
  private final Terminal terminal;
  private final PrintWriter out;
  private final PrintWriter err;
  private boolean verbose;
  private Backend backend;

  Session(BackendFactory backends, Terminal terminal) {
    this.backends = backends;
    this.terminal = terminal;
    this.out =
        new PrintWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8), true);
    this.err =
        new PrintWriter(new OutputStreamWriter(terminal.err(), StandardCharsets.UTF_8), true);
  }

  /** Who the tool acts as: an admin with no account. */
  Actor operator() {
    return Actor.operator();
  }

  /** The use cases, on a database brought up to date. */
  Core core() {
    return backend(true).core();
  }

  /**
   * The database's maintenance.
   *
   * @param migrate false to look at the schema as it is ({@code db status}, {@code db migrate})
   */
  DatabaseMaintenance maintenance(boolean migrate) {
    return backend(migrate).maintenance();
  }

  /** The backend, opened once per run with the first command's choice of migrating. */
  Backend backend(boolean migrate) {
    if (backend == null) {
      backend = backends.open(migrate);
    }
    return backend;
  }

  Terminal terminal() {
    return terminal;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  /** Standard input; closing it leaves it open, as it belongs to the process. */
  InputStream in() {
    return new FilterInputStream(terminal.in()) {
      @Override
      public void close() {
        // Left open on purpose.
      }
    };
  }

  /**
   * Standard output as bytes, for data such as exports; closing it flushes but leaves standard
   * output open. Text printed through {@link #out()} before is flushed first, to keep the order.
   */
  OutputStream rawOut() {
    out.flush();
    return new KeepOpen(terminal.out());
  }

  /** Prints {@code value} as indented JSON on standard output. */
  void printJson(Object value) {
    try {
      out.println(Json.WRITER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean verbose() {
    return verbose;
  }

  void verbose(boolean verbose) {
    this.verbose = verbose;
  }

  /** A usage error of {@code spec}'s command: exit code 2, with a hint to its help. */
  static ParameterException usage(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  void flush() {
    out.flush();
    err.flush();
  }

  @Override
  public void close() {
    flush();
    if (backend != null) {
      backend.close();
    }
  }

  /** Passes bytes through; closing flushes and leaves the target open. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream target) {
      super(target);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
