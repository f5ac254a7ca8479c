package io.primetrade.adapters.cli;

import io.primetrade.domain.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Gets a new password the only two ways the tool accepts one: typed twice at a prompt that does not
 * echo, or as the first line of standard input ({@code --password-stdin}). Never as an argument,
 * which other users of the machine can see.
 */
final class Passwords {
  private Passwords() {}

  static String read(Session session, CommandSpec spec, boolean fromStdin) {
    return fromStdin ? fromStdin(session, spec) : prompted(session, spec);
  }

  private static String fromStdin(Session session, CommandSpec spec) {
    String line;
    try {
      // Not closed: standard input belongs to the process.
      line =
          new BufferedReader(new InputStreamReader(session.in(), StandardCharsets.UTF_8))
              .readLine();
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the password from standard input failed", e);
    }
    if (line == null) {
      throw Session.usage(spec, "--password-stdin: standard input is empty");
    }
    return line;
  }

  private static String prompted(Session session, CommandSpec spec) {
    Terminal terminal = session.terminal();
    if (!terminal.hasConsole()) {
      throw Session.usage(
          spec, "no console to ask for the password on; pipe it in with --password-stdin");
    }
    char[] first = terminal.readPassword("New password: ").orElse(null);
    char[] second = first == null ? null : terminal.readPassword("Repeat it: ").orElse(null);
    try {
      if (first == null || second == null) {
        throw Session.usage(spec, "no password was entered");
      }
      if (!Arrays.equals(first, second)) {
        throw InvalidInputException.field("password", "entries do not match");
      }
      return new String(first);
    } finally {
      if (first != null) {
        Arrays.fill(first, '\0');
      }
      if (second != null) {
        Arrays.fill(second, '\0');
      }
    }
  }
}
