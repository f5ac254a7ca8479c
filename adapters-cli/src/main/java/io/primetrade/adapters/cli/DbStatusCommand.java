package io.primetrade.adapters.cli;

import io.primetrade.application.port.out.DatabaseMaintenance;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db status}: the schema and the sizes, changing nothing. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description =
        "Show the schema version, the pending migrations, row counts and file sizes, without"
            + " migrating.")
final class DbStatusCommand implements Callable<Integer> {
  private final Session session;

  @Option(
      names = "--json",
      description = "Print JSON: version (null before the first migration), pending, rows, bytes.")
  boolean json;

  DbStatusCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    DatabaseMaintenance.Status status = session.maintenance(false).status();
    if (json) {
      session.printJson(Views.StatusJson.from(status));
      return ExitCode.OK;
    }
    Table.fields()
        .row(
            "Schema version", status.version() == null ? "none (never migrated)" : status.version())
        .row("Pending migrations", status.pending())
        .print(session.out());
    print("TABLE", "ROWS", status.rows());
    print("FILE", "BYTES", status.bytes());
    return ExitCode.OK;
  }

  private void print(String what, String amount, Map<String, Long> values) {
    if (values.isEmpty()) {
      return;
    }
    session.out().println();
    Table table = Table.of(what, amount);
    values.forEach(table::row);
    table.print(session.out());
  }
}
