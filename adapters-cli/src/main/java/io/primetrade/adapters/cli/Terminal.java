package io.primetrade.adapters.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the admin tool reads and writes: standard input, output and error, and the console for
 * questions (passwords, confirmations) when there is one. Tests and pipes have none; commands then
 * need {@code --password-stdin} or {@code --yes}.
 */
public final class Terminal {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Console console;

  private Terminal(InputStream in, PrintStream out, PrintStream err, Console console) {
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.console = console;
  }

  /** Streams with no console: nothing can be asked interactively. */
  public static Terminal of(InputStream in, PrintStream out, PrintStream err) {
    return new Terminal(in, out, err, null);
  }

  /** Streams plus the console that questions are asked on. */
  public static Terminal interactive(
      InputStream in, PrintStream out, PrintStream err, Console console) {
    return new Terminal(in, out, err, Objects.requireNonNull(console, "console"));
  }

  public InputStream in() {
    return in;
  }

  public PrintStream out() {
    return out;
  }

  public PrintStream err() {
    return err;
  }

  /** Asks for a secret without echoing it; empty when there is no console or input ended. */
  public Optional<char[]> readPassword(String prompt) {
    return console == null
        ? Optional.empty()
        : Optional.ofNullable(console.readPassword("%s", prompt));
  }

  /** Asks a question; empty when there is no console or input ended. */
  public Optional<String> readLine(String prompt) {
    return console == null ? Optional.empty() : Optional.ofNullable(console.readLine("%s", prompt));
  }

  /** Whether questions can be asked at all. */
  public boolean hasConsole() {
    return console != null;
  }
}
