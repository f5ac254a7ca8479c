package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.UpdateUserUseCase;
import io.primetrade.domain.user.User;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code users activate USER}. */
@Command(
    name = "activate",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = "Activate a deactivated account again.")
final class UsersActivateCommand implements Callable<Integer> {
  private final Session session;

  @Parameters(paramLabel = "USER", description = "The user's id or e-mail address.")
  String user;

  @Option(names = "--json", description = "Print the account as JSON.")
  boolean json;

  UsersActivateCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    User updated =
        session
            .core()
            .updateUser()
            .update(new UpdateUserUseCase.Command(session.operator(), user, null, true));
    UserOutput.print(session, updated, json);
    return ExitCode.OK;
  }
}
