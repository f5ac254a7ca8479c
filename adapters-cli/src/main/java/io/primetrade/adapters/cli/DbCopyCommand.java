package io.primetrade.adapters.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db copy --from URL}: the one-shot move of users and tasks into a new database. */
@Command(
    name = "copy",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = {
      "Copy every user and task, as they are (ids, password hashes, roles, versions, timestamps),"
          + " from the database at --from into the one DATABASE_URL names, which must have no"
          + " users and no tasks yet: the move from a SQLite file to PostgreSQL.",
      "Stop the servers on the old database first; run it before the first server starts on the"
          + " new one. Sessions are not copied: users sign in again."
    })
final class DbCopyCommand implements Callable<Integer> {
  private final Session session;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "URL",
      description =
          "The database to copy from, such as jdbc:sqlite:./data/primetrade.db (a PostgreSQL URL"
              + " carries its credentials as ?user=...&password=...).")
  String sourceUrl;

  DbCopyCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Backend.Copied copied = session.backend(true).copyFrom(sourceUrl);
    session
        .out()
        .println(
            "Copied "
                + copied.users()
                + (copied.users() == 1 ? " user" : " users")
                + " and "
                + copied.tasks()
                + (copied.tasks() == 1 ? " task" : " tasks")
                + ".");
    return ExitCode.OK;
  }
}
