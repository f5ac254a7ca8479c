package io.primetrade.examples.embedding;

import io.primetrade.application.Core;
import io.primetrade.application.port.in.CreateTaskUseCase;
import io.primetrade.application.port.in.EnsureAdminUseCase;
import io.primetrade.application.port.in.ListTasksUseCase;
import io.primetrade.application.port.in.LoginUseCase;
import io.primetrade.application.port.in.RegisterUserUseCase;
import io.primetrade.application.port.in.UpdateTaskUseCase;
import io.primetrade.application.port.out.IdGenerator;
import io.primetrade.bootstrap.PrimeTrade;
import io.primetrade.domain.ConflictException;
import io.primetrade.domain.ForbiddenException;
import io.primetrade.domain.Page;
import io.primetrade.domain.task.DueDate;
import io.primetrade.domain.task.Priority;
import io.primetrade.domain.task.Task;
import io.primetrade.domain.task.TaskStatus;
import io.primetrade.domain.user.Actor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A JVM application that runs PrimeTrade in its own process: no web server, no Redis, no
 * environment variables, one dependency ({@code io.primetrade:primetrade-bootstrap}).
 *
 * <p>Run it with a database file to keep, or with no argument to use a temporary one that is
 * deleted at the end: {@code java io.primetrade.examples.embedding.Main [tasks.db]}. A JDBC URL
 * instead of the file is all it takes to run on PostgreSQL, credentials included: {@code Main
 * 'jdbc:postgresql://db:5432/primetrade?user=primetrade&password=...'}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    if (args.length > 1) {
      System.err.println("usage: Main [database-file | jdbc-url]");
      System.exit(2);
    }
    if (args.length == 1) {
      run(System.out, args[0].startsWith("jdbc:") ? args[0] : "jdbc:sqlite:" + args[0]);
      return;
    }
    // SQLite keeps -wal and -shm files beside the database: a directory of our own holds them all.
    Path directory = Files.createTempDirectory("primetrade-example-");
    try {
      run(System.out, directory.resolve("tasks.db"));
    } finally {
      deleteRecursively(directory);
    }
  }

  /** Runs the walk-through against the SQLite file {@code database}, printing each step. */
  public static void run(PrintStream out, Path database) {
    run(out, "jdbc:sqlite:" + database);
  }

  /**
   * Runs the walk-through against the database at {@code databaseUrl}: {@code jdbc:sqlite:<file>},
   * or {@code jdbc:postgresql://host:port/database?user=...&password=...}.
   */
  public static void run(PrintStream out, String databaseUrl) {
    // 1. Build the core. Every port has a default (SQLite, bcrypt, JWT, the system clock, random
    //    ids); here two are replaced: the clock, and the generator of ids for users and tasks.
    //    The URL alone chooses the database: nothing below changes for PostgreSQL.
    Instant start = Instant.parse("2026-03-02T09:00:00Z");
    Clock clock = new SteppingClock(start, Duration.ofMinutes(1));
    try (PrimeTrade app =
        PrimeTrade.builder()
            .databaseUrl(databaseUrl)
            .clock(clock)
            .ids(new TimeOrderedIds())
            .build()) {
      Core core = app.core();
      out.println("Opened " + withoutSecrets(databaseUrl) + " (clock starts at " + start + ")");

      // 2. A first admin, as a deployment would create it at start-up; a no-op when it exists.
      EnsureAdminUseCase.Outcome outcome =
          core.ensureAdmin()
              .ensureAdmin(
                  new EnsureAdminUseCase.Command("admin", "admin@example.com", "change-me-please"));
      out.println("Admin admin@example.com: " + outcome);
      Actor admin =
          core.login()
              .login(new LoginUseCase.Command("admin@example.com", "change-me-please"))
              .user()
              .asActor();

      // 3. A user signs up (or, when this database has seen an earlier run, logs in).
      Actor ann = signUpOrLogIn(core, "ann", "ann@example.com", "ann-secret-42");
      out.println("Signed in: " + ann.username() + " (" + ann.role().code() + ")");

      // 4. The admin puts three tasks on the board.
      Task report =
          core.createTask()
              .create(
                  new CreateTaskUseCase.Command(
                      admin,
                      "Write the quarterly report",
                      "Numbers from finance, summary for the board",
                      null,
                      Priority.HIGH,
                      DueDate.parse("2026-03-31"),
                      null));
      core.createTask()
          .create(
              new CreateTaskUseCase.Command(
                  admin, "Book the team offsite", null, null, Priority.MEDIUM, null, null));
      core.createTask()
          .create(
              new CreateTaskUseCase.Command(
                  admin, "Renew the TLS certificate", null, null, Priority.LOW, null, "admin"));
      out.println("Created 3 tasks; \"" + report.title() + "\" has id " + report.id());

      // 5. The admin assigns the report to ann: an update that sets only assignedTo.
      core.updateTask()
          .update(
              new UpdateTaskUseCase.Command(
                  admin, report.id(), null, null, null, null, null, null, "ann", Set.of()));
      out.println("Assigned \"" + report.title() + "\" to ann");

      // 6. Ann moves her task along. She may change its status, and nothing else.
      core.updateTask()
          .update(UpdateTaskUseCase.Command.status(ann, report.id(), TaskStatus.IN_PROGRESS));
      Task done =
          core.updateTask()
              .update(UpdateTaskUseCase.Command.status(ann, report.id(), TaskStatus.COMPLETED));
      out.println("ann moved it to " + done.status().code() + " (version " + done.version() + ")");
      try {
        core.updateTask()
            .update(
                new UpdateTaskUseCase.Command(
                    ann,
                    report.id(),
                    null,
                    "A better title",
                    null,
                    null,
                    null,
                    null,
                    null,
                    Set.of()));
      } catch (ForbiddenException e) {
        out.println("ann may not retitle it: " + e.getMessage() + " [" + e.code() + "]");
      }

      // 7. Anyone signed in may read the board: first page, newest first.
      Page<Task> board = core.listTasks().list(ListTasksUseCase.Query.firstPage(ann));
      out.println("Board (" + board.total() + " tasks, newest first):");
      for (Task task : board.items()) {
        String assignee = task.assignedTo() == null ? "" : "-> " + task.assignedTo();
        out.println(
            String.format(
                    "  %-11s  %-6s  %-26s  %s",
                    task.status().code(), task.priority().code(), task.title(), assignee)
                .stripTrailing());
      }
    }
  }

  /** The file of a SQLite URL; any other URL without its parameters, which may hold a password. */
  private static String withoutSecrets(String databaseUrl) {
    return databaseUrl.startsWith("jdbc:sqlite:")
        ? databaseUrl.substring("jdbc:sqlite:".length())
        : databaseUrl.replaceFirst("\\?.*$", "");
  }

  private static Actor signUpOrLogIn(Core core, String username, String email, String password) {
    try {
      return core.registerUser()
          .register(RegisterUserUseCase.Command.user(username, email, password))
          .user()
          .asActor();
    } catch (ConflictException taken) {
      return core.login().login(new LoginUseCase.Command(email, password)).user().asActor();
    }
  }

  /**
   * A clock port of our own: starts at a fixed instant and moves on by {@code step} at every
   * reading, so that stored timestamps, and the order of the board, are the same on every run, as a
   * test or a replay needs. Thread-safe.
   */
  static final class SteppingClock extends Clock {
    private final AtomicLong nextMillis;
    private final long stepMillis;

    SteppingClock(Instant start, Duration step) {
      this.nextMillis = new AtomicLong(start.toEpochMilli());
      this.stepMillis = step.toMillis();
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(nextMillis.getAndAdd(stepMillis));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the example's clock is UTC only");
    }
  }

  /**
   * An id port of our own: version 7 UUIDs, which begin with the time they were made in, so rows
   * made one after another sit together in the database's primary-key index. Thread-safe.
   */
  static final class TimeOrderedIds implements IdGenerator {
    private final SecureRandom random = new SecureRandom();

    @Override
    public UUID next() {
      long high = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
      long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
      return new UUID(high, low);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
