package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.UpdateUserUseCase;
import io.primetrade.domain.user.User;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code users activate} and {@code users deactivate} share: only the new state differs. */
abstract class UsersActivationCommand implements Callable<Integer> {
  private final Session session;
  private final boolean active;

  @Parameters(paramLabel = "USER", description = "The user's id or e-mail address.")
  String user;

  @Option(names = "--json", description = "Print the account as JSON.")
  boolean json;

  UsersActivationCommand(Session session, boolean active) {
    this.session = session;
    this.active = active;
  }

  @Override
  public Integer call() {
    User updated =
        session
            .core()
            .updateUser()
            .update(new UpdateUserUseCase.Command(session.operator(), user, null, active));
    UserOutput.print(session, updated, json);
    return ExitCode.OK;
  }
}
