package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.UpdateUserUseCase;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code users set-role USER ROLE}. */
@Command(
    name = "set-role",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = "Give an account another role.")
final class UsersSetRoleCommand implements Callable<Integer> {
  private final Session session;

  @Parameters(index = "0", paramLabel = "USER", description = "The user's id or e-mail address.")
  String user;

  @Parameters(
      index = "1",
      paramLabel = "ROLE",
      converter = Converters.RoleConverter.class,
      completionCandidates = Converters.RoleCodes.class,
      description = "The new role: ${COMPLETION-CANDIDATES}.")
  Role role;

  @Option(names = "--json", description = "Print the account as JSON.")
  boolean json;

  UsersSetRoleCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    User updated =
        session
            .core()
            .updateUser()
            .update(new UpdateUserUseCase.Command(session.operator(), user, role, null));
    UserOutput.print(session, updated, json);
    return ExitCode.OK;
  }
}
