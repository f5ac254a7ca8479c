package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.UpdateUserUseCase;
import io.primetrade.domain.user.User;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code users deactivate USER}. */
@Command(
    name = "deactivate",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = "Deactivate an account: it can no longer log in, and its tokens stop working.")
final class UsersDeactivateCommand implements Callable<Integer> {
  private final Session session;

  @Parameters(paramLabel = "USER", description = "The user's id or e-mail address.")
  String user;

  @Option(names = "--json", description = "Print the account as JSON.")
  boolean json;

  UsersDeactivateCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    User updated =
        session
            .core()
            .updateUser()
            .update(new UpdateUserUseCase.Command(session.operator(), user, null, false));
    UserOutput.print(session, updated, json);
    return ExitCode.OK;
  }
}
