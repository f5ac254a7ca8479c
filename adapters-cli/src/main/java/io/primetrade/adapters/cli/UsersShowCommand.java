package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.GetUserUseCase;
import io.primetrade.domain.user.User;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code users show USER}: one account. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = "Show one account.")
final class UsersShowCommand implements Callable<Integer> {
  private final Session session;

  @Parameters(paramLabel = "USER", description = "The user's id or e-mail address.")
  String user;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  UsersShowCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    User found = session.core().getUser().get(new GetUserUseCase.Query(session.operator(), user));
    UserOutput.print(session, found, json);
    return ExitCode.OK;
  }
}
