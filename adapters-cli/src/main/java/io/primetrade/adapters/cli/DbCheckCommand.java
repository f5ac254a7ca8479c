package io.primetrade.adapters.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code db check}: integrity and foreign keys. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description =
        "Check the database's integrity and foreign keys. Exits with 1 and lists the problems on"
            + " standard error when there are any.")
final class DbCheckCommand implements Callable<Integer> {
  private final Session session;

  DbCheckCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    List<String> problems = session.maintenance(true).check();
    if (problems.isEmpty()) {
      session.out().println("No problems found.");
      return ExitCode.OK;
    }
    for (String problem : problems) {
      session.err().println("problem: " + Failures.oneLine(problem));
    }
    session
        .err()
        .println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found.");
    return ExitCode.FAILED;
  }
}
