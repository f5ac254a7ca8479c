package io.primetrade.adapters.cli;

import io.primetrade.application.port.out.DatabaseMaintenance;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code db migrate}. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description =
        "Apply the schema migrations not applied yet. Safe while servers run; other commands"
            + " migrate on their own too.")
final class DbMigrateCommand implements Callable<Integer> {
  private final Session session;

  DbMigrateCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    DatabaseMaintenance.Migration migration = session.maintenance(false).migrate();
    session
        .out()
        .println(
            "Applied "
                + migration.applied()
                + (migration.applied() == 1 ? " migration" : " migrations")
                + "; the schema is at version "
                + migration.version()
                + ".");
    return ExitCode.OK;
  }
}
