package io.primetrade.adapters.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code db backup TARGET}: a consistent copy of the live database. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description =
        "Write a consistent, compacted copy of the database to TARGET, which must not exist (its"
            + " directory is created). Servers may keep reading and writing meanwhile.")
final class DbBackupCommand implements Callable<Integer> {
  private final Session session;

  @Parameters(paramLabel = "TARGET", description = "The new file to write.")
  Path target;

  DbBackupCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    session.maintenance(true).backup(target);
    session.out().println("Backed up to " + target + ".");
    return ExitCode.OK;
  }
}
