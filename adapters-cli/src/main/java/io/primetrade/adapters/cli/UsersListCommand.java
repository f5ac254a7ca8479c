package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.ListUsersUseCase;
import io.primetrade.domain.Page;
import io.primetrade.domain.user.Role;
import io.primetrade.domain.user.User;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code users list}: one page of accounts. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = "List accounts, oldest first.")
final class UsersListCommand implements Callable<Integer> {
  private final Session session;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      converter = Converters.RoleConverter.class,
      completionCandidates = Converters.RoleCodes.class,
      description = "Only users with this role: ${COMPLETION-CANDIDATES}.")
  Role role;

  @ArgGroup(exclusive = true)
  Activity activity;

  @Option(names = "--page", paramLabel = "N", description = "The page, from 1 (default: 1).")
  Integer page;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Users per page, 1 to 100 (default: 20).")
  Integer limit;

  @Option(names = "--json", description = "Print JSON: items, page, limit and total.")
  boolean json;

  /** Either filter, not both. */
  static final class Activity {
    @Option(names = "--active", required = true, description = "Only active accounts.")
    boolean active;

    @Option(names = "--inactive", required = true, description = "Only deactivated accounts.")
    boolean inactive;
  }

  UsersListCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Boolean active = activity == null ? null : activity.active;
    Page<User> users =
        session
            .core()
            .listUsers()
            .list(new ListUsersUseCase.Query(session.operator(), page, limit, role, active));
    if (json) {
      session.printJson(Views.PageJson.from(users, Views.UserJson::from));
      return ExitCode.OK;
    }
    Table table = Table.of("ID", "USERNAME", "EMAIL", "ROLE", "ACTIVE", "CREATED");
    for (User user : users.items()) {
      table.row(
          user.id(),
          user.username(),
          user.email(),
          user.role().code(),
          user.active() ? "yes" : "no",
          Views.instant(user.createdAt()));
    }
    table.print(session.out());
    session.out().println(Paging.footer(users, "user", "users"));
    return ExitCode.OK;
  }
}
