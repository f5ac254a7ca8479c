package io.primetrade.adapters.cli;

/** The exit codes scripts can rely on. */
public final class ExitCode {
  /** Done. */
  public static final int OK = 0;

  /**
   * A rule of the board said no (invalid input, not found, conflict...), or a check found problems.
   */
  public static final int FAILED = 1;

  /** The command line is wrong: unknown flags, bad values, a question but no console. */
  public static final int USAGE = 2;

  /** The database cannot be reached, or something unexpected happened: a bug. */
  public static final int UNAVAILABLE = 3;

  private ExitCode() {}
}
