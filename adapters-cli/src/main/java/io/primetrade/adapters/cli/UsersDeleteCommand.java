package io.primetrade.adapters.cli;

import io.primetrade.application.port.in.DeleteUserUseCase;
import io.primetrade.application.port.in.GetUserUseCase;
import io.primetrade.domain.user.User;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code users delete USER}: for good, after a confirmation. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = {
      "Delete an account for good. Refused while tasks the user created remain: deactivate the"
          + " account instead.",
      "Asks for confirmation at the console unless --yes is given; exits with 1 when the answer"
          + " is not yes."
    })
final class UsersDeleteCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "USER", description = "The user's id or e-mail address.")
  String user;

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation (needed without a console).")
  boolean yes;

  UsersDeleteCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if (!yes && !confirmed()) {
      session.err().println("Not deleted.");
      return ExitCode.FAILED;
    }
    session.core().deleteUser().delete(new DeleteUserUseCase.Command(session.operator(), user));
    session.out().println("Deleted " + user + ".");
    return ExitCode.OK;
  }

  private boolean confirmed() {
    Terminal terminal = session.terminal();
    if (!terminal.hasConsole()) {
      throw Session.usage(spec, "no console to confirm on; add --yes to delete without asking");
    }
    // Shows whom the answer is about, and fails early for an unknown user.
    User found = session.core().getUser().get(new GetUserUseCase.Query(session.operator(), user));
    String answer =
        terminal
            .readLine("Delete " + found.username() + " <" + found.email() + "> for good? [y/N] ")
            .orElse("");
    String word = answer.strip().toLowerCase(Locale.ROOT);
    return word.equals("y") || word.equals("yes");
  }
}
