package io.primetrade.adapters.cli;

import io.primetrade.application.port.out.UnavailableException;
import io.primetrade.domain.DomainException;
import io.primetrade.domain.ErrorKind;
import io.primetrade.domain.FieldError;
import io.primetrade.domain.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place failures become exit codes and messages: one line on standard error, the stack
 * trace only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final Session session;

  Failures(Session session) {
    this.session = session;
  }

  /** Usage errors: picocli's own (unknown flags, bad values) and those commands throw. */
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    PrintWriter err = session.err();
    err.println("error: " + oneLine(e.getMessage()));
    if (isPasswordArgument(e)) {
      err.println(
          "Passwords are never taken as arguments, which other users can see: use the prompt or"
              + " --password-stdin.");
    } else {
      UnmatchedArgumentException.printSuggestions(e, err);
    }
    err.println(
        "Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
    trace(e);
    return ExitCode.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = session.err();
    int code;
    if (e instanceof DomainException failure) {
      err.println("error: " + describe(failure));
      code = exitCode(failure.kind());
    } else if (e instanceof BackendFactory.ConfigurationException) {
      err.println("error: " + oneLine(e.getMessage()));
      code = ExitCode.USAGE;
    } else if (e instanceof UnavailableException) {
      err.println("error: " + withCause(e) + hint());
      code = ExitCode.UNAVAILABLE;
    } else if (e instanceof UncheckedIOException || e instanceof IOException) {
      Throwable io = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
      err.println("error: input/output failed: " + withCause(io) + hint());
      code = ExitCode.UNAVAILABLE;
    } else {
      String what = e.getMessage() == null ? "" : ": " + withCause(e);
      err.println("error: unexpected " + e.getClass().getName() + what + hint());
      code = ExitCode.UNAVAILABLE;
    }
    trace(e);
    return code;
  }

  /** Every rule the core enforces is the caller's to fix: exit code 1. */
  static int exitCode(ErrorKind kind) {
    return switch (kind) {
      case INVALID_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, STALE_VERSION ->
          ExitCode.FAILED;
    };
  }

  /** The message, plus each field error it does not already say, on one line. */
  static String describe(DomainException e) {
    StringBuilder line = new StringBuilder(oneLine(e.getMessage()));
    if (e instanceof InvalidInputException invalid) {
      for (FieldError error : invalid.errors()) {
        String said = error.field() + " " + error.message();
        if (line.indexOf(said) < 0) {
          line.append("; ").append(said);
        }
      }
    }
    return line.toString();
  }

  private static boolean isPasswordArgument(ParameterException e) {
    return e instanceof UnmatchedArgumentException unmatched
        && unmatched.getUnmatched().stream()
            .anyMatch(arg -> arg.equals("--password") || arg.startsWith("--password="));
  }

  private String hint() {
    return session.verbose() ? "" : " (--verbose shows the stack trace)";
  }

  private void trace(Exception e) {
    if (session.verbose()) {
      e.printStackTrace(session.err());
    }
  }

  /** The message, followed by its root cause's when that says more. */
  private static String withCause(Throwable e) {
    String message = text(e);
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != e && !message.contains(text(root))) {
      message += ": " + text(root);
    }
    return oneLine(message);
  }

  private static String text(Throwable e) {
    return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
  }

  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
