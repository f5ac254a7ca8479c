package io.primetrade.adapters.cli;

import io.primetrade.application.port.out.DatabaseMaintenance;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code db vacuum}: reclaim free space. */
@Command(
    name = "vacuum",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description =
        "Rebuild the database file to reclaim free space. Writers wait meanwhile: run it when the"
            + " board is quiet.")
final class DbVacuumCommand implements Callable<Integer> {
  private final Session session;

  DbVacuumCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    DatabaseMaintenance maintenance = session.maintenance(true);
    long before = bytes(maintenance.status());
    maintenance.vacuum();
    long after = bytes(maintenance.status());
    session.out().println("Vacuumed: " + before + " bytes before, " + after + " bytes after.");
    return ExitCode.OK;
  }

  private static long bytes(DatabaseMaintenance.Status status) {
    return status.bytes().values().stream().mapToLong(Long::longValue).sum();
  }
}
